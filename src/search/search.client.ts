import { readScriptStrings } from '../strings/script-strings';
import type { UIKey } from '../strings/schema';
import { loadEngine, search, SearchUnavailable } from './engine.client';
import type { SearchHit, SearchQuery } from './results';

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
	/** How many hits to show (each costs a fragment download). */
	limit?: number;
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
	link.dataset['code'] = hit.code;
	const head = document.createElement('span');
	head.className = 'search-hit-head';
	const code = document.createElement('span');
	code.className = 'search-hit-code';
	code.lang = 'en';
	code.textContent = hit.code;
	head.append(code);
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
	const excerpt = document.createElement('span');
	excerpt.className = 'search-hit-excerpt';
	// Pagefind escapes the page text and adds only <mark> around matches.
	excerpt.innerHTML = hit.excerpt;
	link.append(excerpt);
	item.append(link);
	return item;
}

/**
 * Runs searches as the reader types, renders hits, announces counts, and lets the arrow keys
 * move through the hits and Enter open one. Returns `run`, to search now (e.g. on load).
 */
export function attachSearch(view: SearchView): { run: () => Promise<void> } {
	const { input, list, status, strings } = view;
	const idPrefix = `${list.id || 'search'}-hit`;
	let active = -1;
	let generation = 0;

	const hits = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
	const setActive = (index: number) => {
		const all = hits();
		if (all.length === 0) return;
		active = (index + all.length) % all.length;
		all.forEach((hit, i) => hit.setAttribute('aria-selected', String(i === active)));
		const current = all[active];
		if (!current) return;
		input.setAttribute('aria-activedescendant', current.id);
		current.scrollIntoView({ block: 'nearest' });
	};

	const run = async () => {
		const query = view.query();
		const mine = ++generation;
		if (!isWorthSearching(query.q)) {
			list.replaceChildren();
			status.textContent = '';
			input.removeAttribute('aria-activedescendant');
			view.onSearch?.(query);
			return;
		}
		status.textContent = strings.loading;
		try {
			const found = await search(query, view.limit, () => mine === generation);
			if (found === null || mine !== generation) return;
			list.replaceChildren(...found.map((hit, index) => renderHit(hit, index, idPrefix)));
			active = -1;
			input.removeAttribute('aria-activedescendant');
			status.textContent =
				found.length === 0
					? fill(strings.noResults, 'query', query.q.trim())
					: fill(
							found.length === 1 ? strings.resultsOne : strings.resultsOther,
							'count',
							found.length,
						);
			view.onSearch?.(query);
			// For tests and the benchmark: the results of `query` are on screen.
			list.dispatchEvent(new CustomEvent('search-rendered', { detail: query, bubbles: true }));
		} catch (error) {
			if (mine !== generation) return;
			list.replaceChildren();
			status.textContent = error instanceof SearchUnavailable ? strings.unavailable : strings.error;
		}
	};

	// Every keystroke searches: Pagefind answers in milliseconds, and an answer that a newer
	// search overtook is dropped (generation), so no debounce delays the results.
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
	// Start fetching the index while the reader types the first characters.
	void loadEngine().catch(() => undefined);
	return { run };
}

/**
 * Attaches search to a component rendered with the site's search markup: `root` carries the
 * strings (`data-strings`) and contains the results list (`[role="listbox"]`) and the live
 * status line (`[data-search-status]`).
 */
export function attachSearchIn(
	root: HTMLElement,
	options: Pick<SearchView, 'input' | 'query' | 'onSearch' | 'limit'>,
): { run: () => Promise<void> } {
	const list = root.querySelector<HTMLElement>('[role="listbox"]');
	const status = root.querySelector<HTMLElement>('[data-search-status]');
	if (!list || !status) throw new Error('search markup is missing its results list or status line');
	const text = readScriptStrings(root, searchStringKeys);
	const strings: SearchStrings = {
		loading: text['search.loading'],
		resultsOne: text['search.results_one'],
		resultsOther: text['search.results_other'],
		noResults: text['search.noResults'],
		unavailable: text['search.unavailable'],
		error: text['search.error'],
	};
	return attachSearch({ ...options, list, status, strings });
}
