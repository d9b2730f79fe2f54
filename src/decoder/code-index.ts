import type { Fingerprints } from '../data/provider-schema';
import type { ProviderId } from '../data/providers';
import type { Localized } from '../i18n/locales';

/**
 * What the decoder and the 404 page know of the site: every code of every provider, its status
 * and its messages. Built once at build time from the content and served as `/codes.json`, so the
 * pages in the browser match pasted errors without loading the code pages themselves.
 */

/** One documented message of a code: its anchor on the code page and the wordings the service sends. */
export interface IndexedMessage {
	id: string;
	/** The message verbatim, as the page quotes it. */
	text: string;
	/** Other documented wordings of the same message. */
	variants: string[];
}

/** One code of one provider: its HTTP status and its documented messages. */
export interface IndexedCode {
	status: number;
	messages: IndexedMessage[];
}

/** What the browser needs of a documented provider: its names and what identifies it in a paste. */
export interface IndexedProvider {
	short: string;
	name: Localized;
	fingerprints: Fingerprints;
}

/** The browser's part of a registry record. */
export function indexedProvider({ short, name, fingerprints }: IndexedProvider): IndexedProvider {
	return { short, name, fingerprints };
}

/**
 * `/codes.json`: the documented providers (from the registry) and, per provider, code → facts.
 * Serialized for the decoder page and the 404 page: the browser's only copy of the registry.
 */
export interface CodeIndex {
	providers: Record<ProviderId, IndexedProvider>;
	codes: Record<ProviderId, Record<string, IndexedCode>>;
}

/** One code as the content states it: the input of `buildCodeIndex`. */
export interface CodeIndexEntry {
	provider: ProviderId;
	code: string;
	status: number;
	messages: IndexedMessage[];
}

/**
 * The index of the given codes. Codes are sorted within each provider so the JSON is the same
 * from build to build whatever order the content arrives in; a code listed twice for one provider
 * is a content error and throws (the decoder could only pick one of the two at random).
 */
export function buildCodeIndex(
	providers: Readonly<Record<ProviderId, IndexedProvider>>,
	entries: readonly CodeIndexEntry[],
): CodeIndex {
	const index: CodeIndex = {
		providers: { ...providers },
		codes: Object.fromEntries(Object.keys(providers).map((p) => [p, {}])),
	};
	const sorted = [...entries].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
	for (const { provider, code, status, messages } of sorted) {
		const codes = index.codes[provider];
		if (!codes) throw new Error(`buildCodeIndex: ${provider} is not a documented provider`);
		if (Object.hasOwn(codes, code)) {
			throw new Error(`buildCodeIndex: ${provider} ${code} is listed twice`);
		}
		codes[code] = {
			status,
			// Copies: the index is serialized, and must not share arrays with the content entries.
			messages: messages.map(({ id, text, variants }) => ({ id, text, variants: [...variants] })),
		};
	}
	return index;
}
