import { partsFor, type InstantIndex, type InstantStatusPage } from './instant-index';
import type { PagefindApi, PagefindResult } from './pagefind';
import { partialQueries, queryTerms, vocabulary, type QueryPlan } from './query';
import { searchOptions } from './results';

/** Thrown when the index is missing: `astro dev` serves no search index. */
export class SearchUnavailable extends Error {}

let loading: Promise<PagefindApi> | undefined;

/** Loads Pagefind the first time full text is needed, never on a page view. */
export function loadEngine(): Promise<PagefindApi> {
	loading ??= (async () => {
		const url = '/pagefind/pagefind.js';
		try {
			const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
			await pagefind.options(searchOptions);
			await pagefind.init();
			return pagefind;
		} catch {
			loading = undefined;
			throw new SearchUnavailable();
		}
	})();
	return loading;
}

const fetched = new Map<string, Promise<unknown>>();

/** A JSON file, once per page; undefined if it cannot load (search goes on without it). */
function loadJson<T>(url: string): Promise<T | undefined> {
	let file = fetched.get(url);
	if (!file) {
		file = fetch(url)
			.then((response) => (response.ok ? (response.json() as Promise<T>) : undefined))
			.catch(() => undefined);
		fetched.set(url, file);
	}
	return file as Promise<T | undefined>;
}

/**
 * The instant tier's index (`{base}.json`, e.g. /en/search.json) with the parts `query` can use
 * (`{base}-summaries.json`, `{base}-messages.json`, `{base}-statuses.json`): a code costs the
 * codes alone.
 */
export async function loadInstant(base: string, query = ''): Promise<InstantIndex | undefined> {
	const wants = partsFor(query);
	const [core, summaries, messages, statusPages] = await Promise.all([
		loadJson<InstantIndex>(`${base}.json`),
		wants.summaries ? loadJson<string[]>(`${base}-summaries.json`) : undefined,
		wants.messages ? loadJson<string[][]>(`${base}-messages.json`) : undefined,
		wants.statuses ? loadJson<InstantStatusPage[]>(`${base}-statuses.json`) : undefined,
	]);
	return core && { ...core, summaries, messages, statusPages };
}

/** Pagefind's results for a query, best first, and whether they match only part of it. */
export interface Ranked {
	results: PagefindResult[];
	partial: boolean;
}

type Filters = Record<string, string>;

/** Several queries as one: each page once, at its best score. */
async function searchAll(pagefind: PagefindApi, queries: (string | null)[], filters: Filters) {
	const responses = await Promise.all(queries.map((q) => pagefind.search(q, { filters })));
	const best = new Map<string, PagefindResult>();
	for (const response of responses) {
		for (const result of response?.results ?? []) {
			const before = best.get(result.id);
			if (!before || result.score > before.score) best.set(result.id, result);
		}
	}
	return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * Pagefind's results for the query as typed alone (no rewrites, no fallback): what can show
 * while the rewrites, which may need more of the index, are searched.
 */
export async function firstLook(
	plan: QueryPlan,
	filters: Filters,
	isCurrent: () => boolean,
): Promise<PagefindResult[] | null> {
	const pagefind = await loadEngine();
	if (!isCurrent()) return null;
	return searchAll(pagefind, [plan.text || null], filters);
}

/**
 * Full-text results for a plan: its variants (the query and its rewrites) under its filters; if
 * none is found, the query without the filters its words set; if still none, the best partial
 * matches — the words that match nothing dropped, and if the rest still match no page together,
 * the pages that have the most of them. `null` when a newer search made this one moot.
 */
export async function fullSearch(
	plan: QueryPlan,
	filters: Filters,
	chosen: Filters,
	locale: string,
	synonyms: Record<string, string[]>,
	isCurrent: () => boolean,
): Promise<Ranked | null> {
	const pagefind = await loadEngine();
	if (!isCurrent()) return null;
	const variants = plan.text ? plan.variants : [null];
	let results = await searchAll(pagefind, variants, filters);
	if (results.length === 0 && Object.keys(filters).length > Object.keys(chosen).length) {
		results = await searchAll(pagefind, [plan.raw], chosen);
	}
	if (results.length > 0 || !plan.text || !isCurrent()) return { results, partial: false };

	const known = vocabulary(synonyms);
	const terms = queryTerms(plan.text, locale, known);
	// Chinese cut at the glossary's words may match where Pagefind's own cut did not.
	if (terms.length > 1 && terms.join(' ') !== plan.text) {
		results = await searchAll(pagefind, [terms.join(' ')], filters);
		if (results.length > 0) return { results, partial: false };
	}
	const single = await Promise.all(terms.map((term) => searchAll(pagefind, [term], filters)));
	if (!isCurrent()) return null;
	const alive = terms.filter((_, i) => (single[i]?.length ?? 0) > 0);
	if (alive.length === 0) return { results: [], partial: false };
	// Most words kept first, then the best first result.
	const candidates = partialQueries(alive, known, synonyms);
	if (alive.length < terms.length && alive.length > 1)
		candidates.push({ q: alive.join(' '), kept: alive.length });
	const tried = await Promise.all(
		candidates.map(async ({ q, kept }) => ({
			kept,
			found: await searchAll(pagefind, [q], filters),
		})),
	);
	if (!isCurrent()) return null;
	const best = tried
		.filter(({ found }) => found.length > 0)
		.sort((a, b) => b.kept - a.kept || (b.found[0]?.score ?? 0) - (a.found[0]?.score ?? 0))[0];
	if (best && best.kept > 1) return { results: best.found, partial: true };
	// The pages with the most of the words, then the highest score.
	const tally = new Map<string, { result: PagefindResult; words: number; score: number }>();
	for (const found of single) {
		for (const result of found) {
			const seen = tally.get(result.id) ?? { result, words: 0, score: 0 };
			seen.words += 1;
			seen.score += result.score;
			tally.set(result.id, seen);
		}
	}
	results = [...tally.values()]
		.sort((a, b) => b.words - a.words || b.score - a.score)
		.map(({ result }) => result);
	return { results, partial: true };
}
