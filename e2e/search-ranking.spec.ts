import type { Page } from '@playwright/test';
import { langs } from '../src/i18n/locales';
import { expect, test } from './fixtures';
import { readInventory } from './inventory';
import { pageOf } from './search-helpers';
import { rankingCases } from './search-queries';

/**
 * The ranking contract, swept through the search page of the built site: each query typed into
 * its field as a reader would, answered by everything search does (the instant tier, query
 * rewriting, provider words, partial matches, Pagefind with the UI's options), and the first hit
 * read off the list when the full results are on screen (`search-rendered`). One page for every
 * query: no navigation per query.
 */

test.describe.configure({ mode: 'parallel' });

/** The first hit's link for each query, in order; '' where nothing was found. */
async function firstHits(page: Page, queries: string[]): Promise<string[]> {
	return page.evaluate(async (all) => {
		const input = document.querySelector<HTMLInputElement>('search-page input[name="q"]');
		const list = document.getElementById('search-page-results');
		if (!input || !list) throw new Error('the search page has no search field or results list');
		const firsts: string[] = [];
		for (const query of all) {
			const rendered = new Promise<void>((resolve) => {
				const listener = (event: Event) => {
					if ((event as CustomEvent<{ q: string }>).detail.q !== query) return;
					list.removeEventListener('search-rendered', listener);
					resolve();
				};
				list.addEventListener('search-rendered', listener);
			});
			input.value = query;
			input.dispatchEvent(new Event('input', { bubbles: true }));
			await rendered;
			firsts.push(list.querySelector('a')?.getAttribute('href') ?? '');
		}
		return firsts;
	}, queries);
}

/** Whether a first hit is one the case accepts: `provider/Code`, or `provider/*` for any of that provider's pages. */
const accepts = (top: string[], first: string) =>
	top.some((want) =>
		want.endsWith('/*') ? pageOf(first).startsWith(want.slice(0, -1)) : pageOf(first) === want,
	);

for (const lang of langs) {
	test(`ranking on the ${lang} site: each query of the suite finds what a user expects first`, async ({
		page,
	}) => {
		const cases = rankingCases.filter((item) => item.lang === lang);
		test.setTimeout(30_000 + cases.length * 1_000);
		await page.goto(`/${lang}/search/`);
		const firsts = await firstHits(
			page,
			cases.map((c) => c.query),
		);
		const failures = cases.flatMap((c, index) => {
			const first = firsts[index] ?? '';
			const pass =
				first.startsWith(`/${lang}/`) &&
				accepts(c.top, first) &&
				(!c.anchor || first.endsWith(`#${c.anchor}`));
			return pass ? [] : [`${c.kind} "${c.query}" → ${first || 'nothing'}`];
		});
		expect(failures, failures.join('\n')).toEqual([]);
	});

	test(`every code name finds its own page first on the ${lang} site, in any case`, async ({
		page,
	}) => {
		// Both providers have some codes: each name once, as written and in lower case.
		const codes = [...new Set(readInventory().map(({ code }) => code))];
		const queries = codes.flatMap((code) => [code, code.toLowerCase()]);
		// One search per query, in the page: a fixed allowance per query, far
		// above what a loaded 2-core machine needs, so the limit grows with the content, not the clock.
		test.setTimeout(30_000 + queries.length * 1_000);
		await page.goto(`/${lang}/search/`);
		const firsts = await firstHits(page, queries);
		const misses = queries.flatMap((query, index) => {
			const first = firsts[index] ?? '';
			const found = first.startsWith(`/${lang}/`) && pageOf(first).split('/')[1]?.toLowerCase();
			return found === query.toLowerCase() ? [] : [`${query} → ${first || 'nothing'}`];
		});
		expect(misses, misses.join('\n')).toEqual([]);
	});
}

test('the suite covers at least 40 queries in both languages', () => {
	expect(rankingCases.length).toBeGreaterThanOrEqual(40);
	for (const lang of langs)
		expect(rankingCases.filter((c) => c.lang === lang).length).toBeGreaterThanOrEqual(15);
	expect(new Set(rankingCases.map((c) => c.kind)).size).toBeGreaterThanOrEqual(6);
});
