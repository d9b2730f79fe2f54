/**
 * The instant tier's index: what search knows of the site before Pagefind has loaded. Built once
 * per language at build time (`/search/{lang}.json`, src/pages/search/[lang].json.ts) and fetched
 * when search opens, so a code or a message answers from a few kilobytes while Pagefind's engine
 * (about 80 KB) loads for full text. Pure data: the browser reads it, `buildInstantIndex` writes it.
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

/**
 * One code page: `[provider index, code, status, url, summary, id₁, message₁, id₂, message₂ …]`,
 * arrays rather than objects because the names would be most of the bytes.
 */
export type InstantCode = [number, string, number, string, string, ...string[]];

export interface InstantIndex {
	providers: InstantProvider[];
	/** A word as readers type it → the words the pages use for it (from the glossary and content/search-synonyms.yaml). */
	synonyms: Record<string, string[]>;
	codes: InstantCode[];
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
	summary: string;
	messages: InstantMessage[];
}

export function readEntry(index: InstantIndex, row: InstantCode): InstantEntry {
	const [p, code, status, url, summary, ...rest] = row;
	const provider = index.providers[p];
	if (!provider)
		throw new Error(`instant index: row ${code} names provider #${p}, which is not listed`);
	const messages: InstantMessage[] = [];
	for (let i = 0; i + 1 < rest.length; i += 2)
		messages.push({ id: rest[i] ?? '', text: rest[i + 1] ?? '' });
	return { provider, code, status, url, summary, messages };
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

export function buildInstantIndex(
	providers: readonly InstantProvider[],
	synonyms: Record<string, string[]>,
	sources: readonly InstantSource[],
): InstantIndex {
	const position = new Map(providers.map((provider, index) => [provider.id, index]));
	const codes = sources.map((source): InstantCode => {
		const p = position.get(source.provider);
		if (p === undefined) {
			throw new Error(
				`buildInstantIndex: ${source.code} is of ${source.provider}, not a documented provider`,
			);
		}
		return [
			p,
			source.code,
			source.status,
			source.url,
			source.summary,
			...source.messages.flatMap(({ id, text }) => [id, text]),
		];
	});
	return { providers: [...providers], synonyms, codes };
}
