import { readdirSync } from 'node:fs';
import { contentDir } from '../content-io/content-dir';
import { ContentError } from '../content-io/content-error';
import { readYamlFile } from '../content-io/yaml-file';
import { retryRulesSchema, type RetryRules } from '../schemas/retry';

export interface Sdk extends RetryRules {
	/** The file name: `botocore-legacy`. */
	id: string;
}

const folder = `${contentDir}/sdk-retry`;

let cache: Sdk[] | undefined;

/**
 * Every SDK's retry rules (`content/sdk-retry/*.yaml`), in order: read once per build (every code
 * page and message shows them), afresh on each call under `astro dev` so edits show. A site
 * without the folder has no SDKs to show.
 */
export function loadSdks(): Sdk[] {
	if (import.meta.env?.DEV) return read();
	cache ??= read();
	return cache;
}

function read(): Sdk[] {
	let files: string[];
	try {
		files = readdirSync(folder).filter((file) => file.endsWith('.yaml'));
	} catch {
		return [];
	}
	const sdks = files.map((file) => ({
		id: file.slice(0, -'.yaml'.length),
		...readYamlFile(`${folder}/${file}`, retryRulesSchema, 'the retry rules of an SDK'),
	}));
	const orders = new Set<number>();
	for (const sdk of sdks) {
		if (orders.has(sdk.order))
			throw new ContentError(`${folder}/${sdk.id}.yaml › order: ${sdk.order} is used twice`);
		orders.add(sdk.order);
	}
	return sdks.sort((a, b) => a.order - b.order);
}
