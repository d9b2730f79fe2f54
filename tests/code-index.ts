import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
	buildCodeIndex,
	indexedProvider,
	type CodeIndex,
	type CodeIndexEntry,
} from '../src/decoder/code-index';
import { getProvider, providerIds } from '../src/data/providers';

/**
 * The code index as `/codes.json` serves it, built from the English content files read directly
 * (not through Astro), so the decoder's tests run on the real codes and messages.
 */
export function codeIndexEntries(): CodeIndexEntry[] {
	const entries: CodeIndexEntry[] = [];
	for (const provider of providerIds) {
		const dir = new URL(`../content/errors/en/${provider}/`, import.meta.url);
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
			const data = parse(readFileSync(new URL(file, dir), 'utf8').split(/^---$/m)[1] ?? '');
			entries.push({
				provider,
				code: data.code,
				status: data.status,
				messages: (data.messages as { id: string; text: string; variants?: string[] }[]).map(
					({ id, text, variants }) => ({ id, text, variants: variants ?? [] }),
				),
			});
		}
	}
	return entries;
}

/** The documented providers as `/codes.json` gives them to the browser (names, fingerprints). */
export function indexedProviders() {
	return Object.fromEntries(providerIds.map((id) => [id, indexedProvider(getProvider(id))]));
}

export function realCodeIndex(): CodeIndex {
	return buildCodeIndex(indexedProviders(), codeIndexEntries());
}
