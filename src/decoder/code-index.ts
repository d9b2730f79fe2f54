import { providerIds, type ProviderId } from '../data/providers';

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

/** provider → code → facts. Serialized as JSON for the decoder page and the 404 page. */
export type CodeIndex = Record<ProviderId, Record<string, IndexedCode>>;

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
export function buildCodeIndex(entries: readonly CodeIndexEntry[]): CodeIndex {
	const index = Object.fromEntries(providerIds.map((p) => [p, {}])) as CodeIndex;
	const sorted = [...entries].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
	for (const { provider, code, status, messages } of sorted) {
		const codes = index[provider];
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
