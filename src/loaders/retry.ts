import { contentDir } from '../content-io/content-dir';
import { ContentError } from '../content-io/content-error';
import { oncePerBuild } from '../content-io/once-per-build';
import { readYamlFolder } from '../content-io/yaml-file';
import { retryRulesSchema, type RetryRules } from '../schemas/retry';

export interface Sdk extends RetryRules {
	/** The file name: `botocore-legacy`. */
	id: string;
}

const folder = `${contentDir}/sdk-retry`;

/**
 * Every SDK's retry rules (`content/sdk-retry/*.yaml`), in order: read once per build (every code
 * page and message shows them). A site without the folder has no SDKs to show.
 */
export const loadSdks = oncePerBuild((): Sdk[] => {
	const sdks = readYamlFolder(folder, retryRulesSchema, 'the retry rules of an SDK', {
		idPattern: /^[a-z0-9]+(-[a-z0-9]+)*$/,
		idRule: "an SDK's file name is its id: lower-case words joined by hyphens",
		optional: true,
	});
	const orders = new Set<number>();
	for (const sdk of sdks) {
		if (orders.has(sdk.order))
			throw new ContentError(`${folder}/${sdk.id}.yaml › order: ${sdk.order} is used twice`);
		orders.add(sdk.order);
	}
	return sdks.sort((a, b) => a.order - b.order);
});
