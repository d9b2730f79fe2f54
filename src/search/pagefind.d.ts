/** The part of Pagefind's browser API (`/pagefind/pagefind.js`, written by the build) that we use. */
export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	locations: number[];
	weighted_locations: { weight: number; balanced_score: number; location: number }[];
	anchor?: { element: string; id: string };
}

export interface PagefindFragment {
	url: string;
	/** The page's indexed text; result `locations` index its whitespace-separated words. */
	content: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	sub_results: PagefindSubResult[];
}

export interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindFragment>;
}

export interface PagefindApi {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (
		query: string | null,
		options?: { filters?: Record<string, string | string[]> },
	) => Promise<{ results: PagefindResult[] } | null>;
	debouncedSearch?: unknown;
}
