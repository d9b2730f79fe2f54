import { readScriptStrings } from '../strings/script-strings';
import type { UIKey } from '../strings/schema';
import { firstLook, fullSearch, loadInstant, SearchUnavailable } from './engine.client';
import type { InstantIndex } from './instant-index';
import type { PagefindResult } from './pagefind';
import {
	allowedBy,
	instantSearch,
	isCertain,
	mergeHits,
	pageAllowedBy,
	pageUrl,
	planFilters,
	planQuery,
	statusPageHits,
	type InstantHit,
	type StatusPageHit,
} from './query';
import { escapeHtml, tidyExcerpt, toHit, type SearchHit, type SearchQuery } from './results';

/** The UI strings the search script reads from its component's `data-strings`. */
export const searchStringKeys = [
	'search.loading',
	'search.results_one',
	'search.results_other',
	'search.noResults',
	'search.unavailable',
	'search.error',
] as const satisfies readonly UIKey[];

/** UI strings, rendered into the page from the dictionaries (no English fallback here). */
export interface SearchStrings {
	loading: string;
	/** `{count}` is filled in. */
	resultsOne: string;
	resultsOther: string;
	/** `{query}` is filled in. */
	noResults: string;
	unavailable: string;
	error: string;
}

export interface SearchView {
	input: HTMLInputElement;
	list: HTMLElement;
	/** A polite live region: result counts are announced to screen readers. */
	status: HTMLElement;
	strings: SearchStrings;
	/** The query to run: the input's text plus any filters. */
	query: () => SearchQuery;
	/** Called after each search with the query it ran (the search page keeps the URL in step). */
	onSearch?: (query: SearchQuery) => void;
	/** How many hits to show at once (each costs a fragment download). */
	limit?: number;
	/** The instant tier's index of this language, without `.json` (`/en/search`). */
	instantBase: string;
	/** The page's language tag, for cutting Chinese queries into words. */
	locale: string;
	/** A "show more" button (the search page): shows the next `limit` results. */
	more?: HTMLButtonElement | undefined;
}

/**
 * A single Latin letter or digit matches half the site and costs a download per hit: wait for a
 * second character. One Chinese character (桶, 段) is already a word, so it searches.
 */
export function isWorthSearching(text: string): boolean {
	const q = text.trim();
	return q.length >= 2 || /[^\p{ASCII}]/u.test(q);
}

const fill = (template: string, name: string, value: string | number) =>
	template.replace(`{${name}}`, String(value));

function renderHit(hit: SearchHit, index: number, idPrefix: string): HTMLLIElement {
	// The link itself is the option: an option may not contain a control (it would be announced
	// as one thing and act as another), and a real link keeps open-in-new-tab working.
	const item = document.createElement('li');
	item.setAttribute('role', 'none');
	item.className = 'search-hit';
	const link = document.createElement('a');
	link.setAttribute('role', 'option');
	link.setAttribute('aria-selected', 'false');
	link.id = `${idPrefix}-${index}`;
	link.href = hit.url;
	link.tabIndex = -1;
	const head = document.createElement('span');
	head.className = 'search-hit-head';
	const name = document.createElement('span');
	// A code is English and set as code; a guide's or status page's title is prose.
	if (hit.isCode) {
		link.dataset['code'] = hit.code;
		name.className = 'search-hit-code';
		name.lang = 'en';
	} else {
		name.className = 'search-hit-title';
	}
	name.textContent = hit.code;
	head.append(name);
	for (const [text, className] of [
		[hit.provider, 'search-hit-provider'],
		[hit.status, 'search-hit-status'],
	] as const) {
		if (!text) continue;
		const badge = document.createElement('span');
		badge.className = className;
		badge.textContent = text;
		head.append(' ', badge);
	}
	link.append(head);
	if (hit.isMessage) {
		const message = document.createElement('span');
		message.className = 'search-hit-message';
		message.lang = 'en';
		message.textContent = hit.title;
		link.append(message);
	}
	if (hit.excerpt) {
		const excerpt = document.createElement('span');
		excerpt.className = 'search-hit-excerpt';
		// Pagefind escapes the page text and adds only <mark> around matches.
		excerpt.innerHTML = hit.excerpt;
		link.append(excerpt);
	}
	item.append(link);
	return item;
}

/** An instant hit as a search hit: its summary stands in for an excerpt until Pagefind's arrives. */
function fromInstant(hit: InstantHit): SearchHit {
	return {
		url: hit.url,
		code: hit.entry.code,
		isCode: true,
		provider: hit.entry.provider.short,
		status: String(hit.entry.status),
		title: hit.message ?? hit.entry.code,
		excerpt: escapeHtml(hit.entry.summary),
		isMessage: hit.message !== undefined,
	};
}

/** A page about a status as a search hit: its title, and its description for an excerpt. */
function fromStatusPage(hit: StatusPageHit): SearchHit {
	return {
		url: hit.url,
		code: hit.title,
		isCode: false,
		provider: hit.provider?.short ?? '',
		status: String(hit.status),
		title: hit.title,
		excerpt: escapeHtml(hit.description),
		isMessage: false,
	};
}

/** What the reader sees for a query: the hits so far, how many there are, whether they are partial. */
interface Shown {
	hits: SearchHit[];
	total: number;
	partial: boolean;
}

/**
 * Runs searches as the reader types, renders hits, announces counts, and lets the arrow keys
 * move through the hits and Enter open one. Returns `run`, to search now (e.g. on load).
 *
 * Each query is answered twice: at once by the instant tier (codes, typos, messages, summaries
 * from `/{lang}/search*.json`, a few KB, the parts the query can use), then by Pagefind's full text, shown as soon as the first
 * excerpt arrives and completed as the others do; the instant tier's certain answers stay first.
 * Pagefind (about 80 KB) starts loading only once the instant tier has answered, so the first
 * answer costs the instant index alone.
 */
export function attachSearch(view: SearchView): { run: () => Promise<void> } {
	const { input, list, status, strings, more } = view;
	const limit = view.limit ?? 20;
	const idPrefix = `${list.id || 'search'}-hit`;
	let active = -1;
	let generation = 0;
	/**
	 * Said before the count when no page has every word of the query: it comes with the instant
	 * index (`strings`), not on every page, which is held to a byte budget.
	 */
	let partialNotice = '';
	/** The current query's full-text results, and how many of them are shown. */
	let current:
		| {
				ranked: PagefindResult[];
				pinned: SearchHit[];
				certain: InstantHit[];
				shown: number;
				partial: boolean;
				mine: number;
		  }
		| undefined;

	const hits = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
	const setActive = (index: number) => {
		const all = hits();
		if (all.length === 0) return;
		active = (index + all.length) % all.length;
		all.forEach((hit, i) => hit.setAttribute('aria-selected', String(i === active)));
		const now = all[active];
		if (!now) return;
		input.setAttribute('aria-activedescendant', now.id);
		now.scrollIntoView({ block: 'nearest' });
	};

	const show = ({ hits: found, total, partial }: Shown, query: SearchQuery) => {
		const selected = active;
		list.replaceChildren(
			...found.map((hit, index) =>
				renderHit({ ...hit, excerpt: tidyExcerpt(hit, query.q) }, index, idPrefix),
			),
		);
		active = -1;
		input.removeAttribute('aria-activedescendant');
		if (selected >= 0 && selected < found.length) setActive(selected);
		const count =
			total === 0
				? fill(strings.noResults, 'query', query.q.trim())
				: fill(total === 1 ? strings.resultsOne : strings.resultsOther, 'count', total);
		status.textContent = partial && total > 0 ? `${partialNotice} ${count}` : count;
		if (more) more.hidden = found.length >= total;
	};

	/**
	 * The hits of `ranked[0…upTo]`, fetched in parallel, shown in order as soon as the first
	 * arrives, after the `pinned` pages (about a status, which Pagefind does not index).
	 */
	const showFull = async (
		ranked: PagefindResult[],
		pinned: SearchHit[],
		certain: InstantHit[],
		upTo: number,
		partial: boolean,
		query: SearchQuery,
		isCurrent: () => boolean,
	) => {
		const fragments: (SearchHit | undefined)[] = [];
		let announced = false;
		const render = () => {
			const ready: SearchHit[] = [];
			for (let i = 0; i < upTo && i < ranked.length; i++) {
				const hit = fragments[i];
				if (!hit) break;
				ready.push(hit);
			}
			// A certain instant hit takes Pagefind's excerpt once it has one for that page.
			const byPage = new Map(ready.map((hit) => [pageUrl(hit.url), hit]));
			const merged = mergeHits(certain, ready).map((hit) => {
				if (!('kind' in hit)) return hit;
				const own = fromInstant(hit);
				const full = byPage.get(pageUrl(hit.url));
				return full ? { ...full, url: own.url, title: own.title, isMessage: own.isMessage } : own;
			});
			// Pagefind's pages are known by URL only once fetched: a certain hit on a page not fetched
			// yet counts apart only if it is a typo's (the full text of a code, message or summary
			// always finds its own page).
			const everyPage = ready.length === ranked.length;
			const apart = certain.filter(
				(hit) => !byPage.has(pageUrl(hit.url)) && (everyPage || hit.kind === 'typo'),
			).length;
			const total = pinned.length + ranked.length + apart;
			const all = [...pinned, ...merged].slice(0, Math.max(upTo, pinned.length + certain.length));
			show({ hits: all, total, partial }, query);
			// For the benchmark: the first full-text hit of `query` is on screen.
			if (ready.length > 0 && !announced) {
				announced = true;
				list.dispatchEvent(new CustomEvent('search-excerpts', { detail: query, bubbles: true }));
			}
		};
		await Promise.all(
			ranked.slice(0, upTo).map(async (result, i) => {
				const fragment = await result.data();
				if (!isCurrent()) return;
				fragments[i] = toHit(fragment);
				render();
			}),
		);
		if (ranked.length === 0) render();
	};

	const run = async () => {
		const query = view.query();
		const mine = ++generation;
		const isCurrent = () => mine === generation;
		current = undefined;
		if (!isWorthSearching(query.q)) {
			list.replaceChildren();
			status.textContent = '';
			if (more) more.hidden = true;
			input.removeAttribute('aria-activedescendant');
			view.onSearch?.(query);
			return;
		}
		status.textContent = strings.loading;
		let instantShown = false;
		try {
			const index: InstantIndex = (await loadInstant(view.instantBase, query.q)) ?? {
				providers: [],
				synonyms: {},
				codes: [],
			};
			if (!isCurrent()) return;
			partialNotice = index.strings?.partial ?? '';
			const plan = planQuery(query.q, index);
			const instant = instantSearch(plan, index).filter((hit) => allowedBy(hit, query));
			const pinned = statusPageHits(plan, index)
				.filter((hit) => pageAllowedBy(hit, query))
				.map(fromStatusPage);
			if (instant.length > 0 || pinned.length > 0) {
				const hits = [...pinned, ...instant.map(fromInstant)];
				show({ hits: hits.slice(0, limit), total: hits.length, partial: false }, query);
				status.textContent = strings.loading;
				instantShown = true;
			}
			const filters = planFilters(plan, query, index.providers);
			const chosen = planFilters(
				{ ...plan, provider: undefined, status: undefined },
				query,
				index.providers,
			);
			const certain = instant.filter(isCertain);
			// Rewrites may need index chunks of their own: show what the query as typed finds first.
			if (plan.variants.length > 1) {
				const first = await firstLook(plan, filters, isCurrent);
				if (first === null || !isCurrent()) return;
				if (first.length > 0)
					await showFull(first, pinned, certain, limit, false, query, isCurrent);
			}
			const ranked = await fullSearch(
				plan,
				filters,
				chosen,
				view.locale,
				index.synonyms,
				isCurrent,
			);
			if (ranked === null || !isCurrent()) return;
			current = {
				ranked: ranked.results,
				pinned,
				certain,
				shown: limit,
				partial: ranked.partial,
				mine,
			};
			await showFull(ranked.results, pinned, certain, limit, ranked.partial, query, isCurrent);
			if (!isCurrent()) return;
			view.onSearch?.(query);
			// For tests and the benchmark: the full results of `query` are on screen.
			list.dispatchEvent(new CustomEvent('search-rendered', { detail: query, bubbles: true }));
		} catch (error) {
			if (!isCurrent()) return;
			// The instant tier's answers stay: they are right, only full text is missing.
			if (!instantShown) list.replaceChildren();
			if (more) more.hidden = true;
			status.textContent = error instanceof SearchUnavailable ? strings.unavailable : strings.error;
		}
	};

	more?.addEventListener('click', () => {
		if (!current) return;
		const { ranked, pinned, certain, partial, mine } = current;
		current.shown += limit;
		const query = view.query();
		const isCurrent = () => mine === generation;
		void showFull(ranked, pinned, certain, current.shown, partial, query, isCurrent).then(() =>
			list.dispatchEvent(new CustomEvent('search-rendered', { detail: query, bubbles: true })),
		);
	});

	// Every keystroke searches: the instant tier answers in a millisecond, Pagefind in a few, and
	// an answer that a newer search overtook is dropped (generation), so no debounce delays them.
	input.addEventListener('input', () => void run());
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
		} else if (event.key === 'Enter') {
			const target = hits()[active >= 0 ? active : 0];
			if (target) {
				event.preventDefault();
				target.click();
			}
		}
	});
	// Fetch the instant index while the reader types the first characters. Pagefind loads with
	// the first full-text search, after the instant tier has answered it.
	void loadInstant(view.instantBase);
	return { run };
}

/**
 * Attaches search to a component rendered with the site's search markup: `root` carries the
 * strings (`data-strings`) and contains the results list (`[role="listbox"]`), the live status
 * line (`[data-search-status]`) and, on the search page, a "show more" button (`[data-search-more]`).
 */
export function attachSearchIn(
	root: HTMLElement,
	options: Pick<SearchView, 'input' | 'query' | 'onSearch' | 'limit' | 'instantBase'>,
): { run: () => Promise<void> } {
	const list = root.querySelector<HTMLElement>('[role="listbox"]');
	const status = root.querySelector<HTMLElement>('[data-search-status]');
	if (!list || !status) throw new Error('search markup is missing its results list or status line');
	const more = root.querySelector<HTMLButtonElement>('[data-search-more]') ?? undefined;
	const text = readScriptStrings(root, searchStringKeys);
	const strings: SearchStrings = {
		loading: text['search.loading'],
		resultsOne: text['search.results_one'],
		resultsOther: text['search.results_other'],
		noResults: text['search.noResults'],
		unavailable: text['search.unavailable'],
		error: text['search.error'],
	};
	return attachSearch({
		...options,
		list,
		status,
		strings,
		more,
		locale: document.documentElement.lang,
	});
}
