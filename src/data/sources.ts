import { ContentError } from '../content-io/content-error';
import type { SourceRecord } from './provider-schema';
import { comparedIds, getProvider, type ComparedId } from './providers';

export interface Source extends SourceRecord {
	/** Whose document it is. */
	provider: ComparedId;
}

/**
 * Provider documents the site's facts come from, from each provider's registry record
 * (`sources:` in `content/providers/{id}.yaml`). Content files cite them by key; an unknown key
 * fails the content schema. Newer editions win where editions disagree.
 */
export const sources: Readonly<Record<string, Source>> = (() => {
	const all: Record<string, Source> = {};
	for (const provider of comparedIds) {
		for (const [id, source] of Object.entries(getProvider(provider).sources)) {
			if (all[id]) {
				throw new ContentError(
					`content/providers/${provider}.yaml › sources.${id}: the key is already used by ${all[id].provider}`,
				);
			}
			all[id] = { ...source, provider };
		}
	}
	return all;
})();

export type SourceId = string;

export const sourceIds = Object.keys(sources) as [SourceId, ...SourceId[]];

/** A source's record; a key that is not in the registry is a bug in the caller (the schema checked it). */
export function getSource(id: SourceId): Source {
	const source = sources[id];
	if (!source) throw new Error(`no source "${id}" in content/providers/`);
	return source;
}
