import type { PagefindApi } from './pagefind';
import { searchOptions, toFilters, toHit, type SearchHit, type SearchQuery } from './results';

/** Thrown when the index is missing: `astro dev` serves no search index. */
export class SearchUnavailable extends Error {}

let loading: Promise<PagefindApi> | undefined;

/** Loads Pagefind the first time search is used, never on a page view. */
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

/**
 * The hits for a query, best first; `null` when a newer search superseded this one (`isCurrent`
 * turned false), in which case no result data is downloaded for it.
 */
export async function search(
	query: SearchQuery,
	limit = 20,
	isCurrent: () => boolean = () => true,
): Promise<SearchHit[] | null> {
	const pagefind = await loadEngine();
	const response = await pagefind.search(query.q.trim(), { filters: toFilters(query) });
	if (response === null || !isCurrent()) return null;
	const fragments = await Promise.all(
		response.results.slice(0, limit).map((result) => result.data()),
	);
	return fragments.map(toHit);
}
