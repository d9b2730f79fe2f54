import { contentDir } from '../content-io/content-dir';
import { ContentError } from '../content-io/content-error';
import { readYamlFolder } from '../content-io/yaml-file';
import { providerSchema, type ProviderRecord } from './provider-schema';

/**
 * The provider registry: one record per provider in `content/providers/{id}.yaml` (schema in
 * `provider-schema.ts`). Everything that lists providers reads it: the content schema, the
 * comparison's columns, status pages, search filters, the decoder's fingerprints, test loops.
 * Adding a provider is a record plus its content folder (or, for a reference column, its table).
 *
 * Read at build time in Node. Browser code never imports this module's values: pages hand the
 * browser what it needs (`/codes.json`, data attributes).
 */

/** A provider's id: its file name and URL segment (`oss`). */
export type ProviderId = string;
/** Any provider of the comparison: documented or reference. */
export type ComparedId = string;

export interface Provider extends ProviderRecord {
	id: ProviderId;
}

const folder = `${contentDir}/providers`;

function load(): Provider[] {
	const records = readYamlFolder(folder, providerSchema, 'a provider record', {
		idPattern: /^[a-z][a-z0-9]*$/,
		idRule: "a provider's file name is its id and URL segment: lower-case letters and digits",
	});
	if (!records.some((record) => record.role === 'documented')) {
		throw new ContentError(`${folder}: no provider has role "documented"`);
	}
	return records.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
}

const registry = load();

/** Every provider by id, documented and reference. */
export const providers: Readonly<Record<ComparedId, Provider>> = Object.fromEntries(
	registry.map((provider) => [provider.id, provider]),
);

/** The providers we write pages for, in order. */
export const providerIds = registry
	.filter((provider) => provider.role === 'documented')
	.map((provider) => provider.id) as [ProviderId, ...ProviderId[]];

/** Reference columns of the comparison (no pages of ours), in order. */
export const referenceIds: readonly ComparedId[] = registry
	.filter((provider) => provider.role === 'reference')
	.map((provider) => provider.id);

/** The columns of the comparison: documented providers first, then the references. */
export const comparedIds: readonly ComparedId[] = [...providerIds, ...referenceIds];

export function isProviderId(value: string): value is ProviderId {
	return providerIds.includes(value);
}

export function shortName(id: ComparedId): string {
	return providers[id]?.short ?? id;
}

export type DocumentedProvider = Provider & {
	tagline: NonNullable<Provider['tagline']>;
	intro: NonNullable<Provider['intro']>;
};

/** A documented provider's record: its tagline and intro are there (the schema requires them). */
export function documented(id: ProviderId): DocumentedProvider {
	const provider = providers[id];
	if (!provider?.tagline || !provider.intro) throw new Error(`${id} is not a documented provider`);
	return provider as DocumentedProvider;
}

/** A provider's record; an id that is not in the registry is a bug in the caller. */
export function getProvider(id: ComparedId): Provider {
	const provider = providers[id];
	if (!provider) throw new Error(`no provider "${id}" in content/providers/`);
	return provider;
}
