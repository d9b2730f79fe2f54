import { langs } from '../src/i18n/locales';
import type { Locator } from '@playwright/test';

declare global {
	interface Window {
		/** Resolves when the search UI has rendered the results of the awaited query. */
		searchRendered?: Promise<void>;
	}
}

/**
 * Arms a wait for the search UI's `search-rendered` event (fired with the query it ran), for
 * `query` or, without one, for the next search. Install it before the action that searches.
 */
export async function expectRendered(list: Locator, query?: string): Promise<void> {
	await list.evaluate((element, expected) => {
		window.searchRendered = new Promise<void>((resolve) => {
			const listener = (event: Event) => {
				if (expected !== undefined && (event as CustomEvent<{ q: string }>).detail.q !== expected)
					return;
				element.removeEventListener('search-rendered', listener);
				resolve();
			};
			element.addEventListener('search-rendered', listener);
		});
	}, query);
}

export async function rendered(list: Locator): Promise<void> {
	await list.evaluate(() => window.searchRendered);
}

/** Types `query` into a search input and returns the hrefs of its hits, best first. */
export async function searchFor(input: Locator, list: Locator, query: string): Promise<string[]> {
	// The same text again fires no input event: clear first so every query runs.
	await input.fill('');
	await expectRendered(list, query);
	await input.fill(query);
	await rendered(list);
	return list.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

const langPrefix = new RegExp(`^/(${langs.join('|')})/`);

/** `/en/oss/NoSuchKey/#key-not-exist` → `oss/NoSuchKey` */
export const pageOf = (href: string) => href.replace(langPrefix, '').replace(/\/(#.*)?$/, '');
