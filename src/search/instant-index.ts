/**
 * The instant tier's index: what search knows of the site before Pagefind has loaded. Built once
 * per language at build time (src/pages/[lang]/search*.json.ts) and fetched when search opens, so
 * a code or a message answers from a few kilobytes while Pagefind's engine (about 80 KB) loads for
 * full text. Pure data: the browser reads it, `buildInstantIndex` writes it.
 */

/** A documented provider as a query may name it. */
export interface InstantProvider {
	/** Its id: the value of the search page's provider filter. */
	id: string;
	/** Its short name: the value of Pagefind's provider filter and of the hit's badge. */
	short: string;
	/** Lower-case words or phrases that name it in a query (id, short name, vendor in every language). */
	words: string[];
}

/** One code page: `[provider index, code, status, url]`, an array because names would be most of the bytes. */
export type InstantCode = [number, string, number, string];

/**
 * A page about one HTTP status: `[status, provider index, url, title, description]`, the
 * provider's quick reference, or with provider index -1 the page across providers. Only pages
 * the route table builds are listed: the script cannot tell which provider has a quick
 * reference for which status.
 */
export type InstantStatusPage = [number, number, string, string, string];

/**
 * The index in four files, so a query loads only what can answer it: the codes (with the
 * providers and synonyms: `/{lang}/search.json`, about 4 KB gzip) always; the summaries in the
 * page's language (`search-summaries.json`) for Chinese and for phrases; the messages, each
 * code's `[id₁, text₁, id₂, text₂ …]` (`search-messages.json`), for pasted messages; the pages
 * about each status (`search-statuses.json`) for a query with a status in it. The summaries and
 * messages follow `codes`' order; a part not loaded is undefined.
 */
export interface InstantIndex {
	providers: InstantProvider[];
	/** A word as readers type it → the words the pages use for it (from the glossary and content/search-synonyms.yaml). */
	synonyms: Record<string, string[]>;
	codes: InstantCode[];
	/** The pages about one status, each provider's quick references before the pages across providers. */
	statusPages?: InstantStatusPage[] | undefined;
	summaries?: string[] | undefined;
	messages?: string[][] | undefined;
	/** UI strings needed only once results arrive, in the page's language (the dictionaries' `search.partial`). */
	strings?: { partial: string } | undefined;
}

/**
 * A word as a reader types it ("lifecycle", "Policy"), not a code name (NoSuchKey, KMS.Disabled…,
 * whose capitals or dots inside give it away): such words are looked up in the summaries.
 */
export const isPlainWord = (word: string) => /^\p{L}\p{Ll}{2,}$/u.test(word);

/** A number that may be an HTTP status, alone among the query's words ("403", "oss 403"). */
export const statusWord = /(^|\s)([1-5]\d\d)(?=\s|$)/;

/**
 * The parts of the index a query can use: the summaries for Chinese, a phrase, or a word or two
 * as typed; the messages for a phrase; the status pages for a status.
 */
export function partsFor(query: string): {
	summaries: boolean;
	messages: boolean;
	statuses: boolean;
} {
	const chinese = /[\p{Script=Han}]/u.test(query);
	const words = query.match(/\S+/g) ?? [];
	const phrase = words.length >= 3;
	const plain = words.length > 0 && words.every(isPlainWord);
	return {
		summaries: chinese || phrase || plain,
		messages: phrase,
		statuses: statusWord.test(query.trim()),
	};
}

/** One message of a code, as the instant tier reads it. */
export interface InstantMessage {
	id: string;
	text: string;
}

/** A row of the index, read. */
export interface InstantEntry {
	provider: InstantProvider;
	code: string;
	status: number;
	url: string;
	/** '' while the summaries are not loaded. */
	summary: string;
	/** Empty while the messages are not loaded. */
	messages: InstantMessage[];
}

export function readEntry(index: InstantIndex, row: InstantCode, at: number): InstantEntry {
	const [p, code, status, url] = row;
	const provider = index.providers[p];
	if (!provider)
		throw new Error(`instant index: row ${code} names provider #${p}, which is not listed`);
	const flat = index.messages?.[at] ?? [];
	const messages: InstantMessage[] = [];
	for (let i = 0; i + 1 < flat.length; i += 2)
		messages.push({ id: flat[i] ?? '', text: flat[i + 1] ?? '' });
	return { provider, code, status, url, summary: index.summaries?.[at] ?? '', messages };
}

/** What the build knows of a code for the index. */
export interface InstantSource {
	provider: string;
	code: string;
	status: number;
	url: string;
	summary: string;
	messages: readonly InstantMessage[];
}

/** What the build knows of a page about one status: a provider's quick reference, or the page across providers. */
export interface InstantStatusSource {
	status: number;
	/** The provider of a quick reference; none for the page across providers. */
	provider?: string | undefined;
	url: string;
	title: string;
	description: string;
}

/** The whole index, every part loaded: the build serializes it in its three files. */
export function buildInstantIndex(
	providers: readonly InstantProvider[],
	synonyms: Record<string, string[]>,
	sources: readonly InstantSource[],
	statusSources: readonly InstantStatusSource[] = [],
): InstantIndex & { summaries: string[]; messages: string[][]; statusPages: InstantStatusPage[] } {
	const position = new Map(providers.map((provider, index) => [provider.id, index]));
	const statusPages = statusSources.map((page): InstantStatusPage => {
		const p = page.provider === undefined ? -1 : position.get(page.provider);
		if (p === undefined) {
			throw new Error(
				`buildInstantIndex: the quick reference ${page.url} is of ${page.provider}, not a documented provider`,
			);
		}
		return [page.status, p, page.url, page.title, page.description];
	});
	// Quick references first, in the registry's order, then the pages across providers.
	const rank = (page: InstantStatusPage) => (page[1] < 0 ? providers.length : page[1]);
	statusPages.sort((a, b) => rank(a) - rank(b) || a[0] - b[0]);
	const codes = sources.map((source): InstantCode => {
		const p = position.get(source.provider);
		if (p === undefined) {
			throw new Error(
				`buildInstantIndex: ${source.code} is of ${source.provider}, not a documented provider`,
			);
		}
		return [p, source.code, source.status, source.url];
	});
	return {
		providers: [...providers],
		synonyms,
		codes,
		statusPages,
		summaries: sources.map((source) => source.summary),
		messages: sources.map((source) => source.messages.flatMap(({ id, text }) => [id, text])),
	};
}
