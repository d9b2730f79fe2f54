import type { Page } from '@playwright/test';
import { langs } from '../src/i18n/locales';
import { searchOptions, toHit } from '../src/search/results';
import type { PagefindApi, PagefindFragment } from '../src/search/pagefind';
import { expect, test } from './fixtures';
import { readInventory } from './inventory';
import { pageOf } from './search-helpers';
import { rankingCases } from './search-queries';

/**
 * The ranking contract, swept against Pagefind's own API in one page of the built site: the
 * index, weights and filters the search UI uses, without a browser round trip per query (the
 * UI itself is tested on a few queries in search-ui.spec.ts). Results are turned into hits by
 * the UI's own `toHit`, so a message anchor is checked as the UI would link it.
 */

test.describe.configure({ mode: 'parallel' });

/** The first result's fragment for each query, in order; `null` where nothing was found. */
async function firstFragments(page: Page, queries: string[]): Promise<(PagefindFragment | null)[]> {
	return page.evaluate(
		async ({ all, options }) => {
			// A URL of the built site, not a module of this project: load it by a variable.
			const url = '/pagefind/pagefind.js';
			const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
			await pagefind.options(options);
			await pagefind.init();
			const fragments: (PagefindFragment | null)[] = [];
			for (const query of all) {
				const response = await pagefind.search(query);
				const first = response?.results[0];
				fragments.push(first ? await first.data() : null);
			}
			return fragments;
		},
		{ all: queries, options: searchOptions },
	);
}

/** The path of a fragment's hit as the UI links it: `/en/oss/NoSuchKey/#key-not-exist`. */
const hitUrl = (fragment: PagefindFragment | null) => (fragment ? toHit(fragment).url : '');

for (const lang of langs) {
	test(`ranking on the ${lang} site: each query of the suite finds what a user expects first`, async ({
		page,
	}) => {
		const cases = rankingCases.filter((item) => item.lang === lang);
		await page.goto(`/${lang}/search/`);
		const fragments = await firstFragments(
			page,
			cases.map((c) => c.query),
		);
		const failures = cases.flatMap((c, index) => {
			const first = hitUrl(fragments[index] ?? null);
			const pass =
				first.startsWith(`/${lang}/`) &&
				c.top.includes(pageOf(first)) &&
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
		// One search and one fragment per query, in the page: a fixed allowance per query, far
		// above what a loaded 2-core machine needs, so the limit grows with the content, not the clock.
		test.setTimeout(30_000 + queries.length * 500);
		await page.goto(`/${lang}/search/`);
		const fragments = await firstFragments(page, queries);
		const misses = queries.flatMap((query, index) => {
			const first = hitUrl(fragments[index] ?? null);
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
