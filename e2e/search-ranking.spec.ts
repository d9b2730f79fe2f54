import { expect, test } from './fixtures';
import { readInventory } from './inventory';
import { searchFor, pageOf } from './search-helpers';
import { rankingCases } from './search-queries';

test.describe.configure({ mode: 'parallel' });

for (const lang of ['en', 'zh'] as const) {
	test(`ranking on the ${lang} site: each query of the suite finds what a user expects first`, async ({
		page,
	}) => {
		await page.goto(`/${lang}/search/`);
		const input = page.locator('search-page input[name="q"]');
		const list = page.locator('#search-page-results');
		const failures: string[] = [];
		for (const c of rankingCases.filter((item) => item.lang === lang)) {
			const hits = await searchFor(input, list, c.query);
			const first = hits[0] ?? '';
			const pass = c.top.includes(pageOf(first)) && (!c.anchor || first.endsWith(`#${c.anchor}`));
			// Chinese pages only on the Chinese site, English only on the English one.
			const wrongLanguage = hits.filter((href) => !href.startsWith(`/${lang}/`));
			if (!pass || wrongLanguage.length > 0)
				failures.push(`${c.kind} "${c.query}" → ${hits.slice(0, 3).join(' ')}`);
		}
		expect(failures, failures.join('\n')).toEqual([]);
	});

	test(`every code name finds its own page first on the ${lang} site, in any case`, async ({
		page,
	}) => {
		await page.goto(`/${lang}/search/`);
		const input = page.locator('search-page input[name="q"]');
		const list = page.locator('#search-page-results');
		const misses: string[] = [];
		// Both providers have some codes: each name once, as written and in lower case.
		const codes = [...new Set(readInventory().map(({ code }) => code))];
		for (const code of codes) {
			for (const query of [code, code.toLowerCase()]) {
				const [first = ''] = await searchFor(input, list, query);
				if (pageOf(first).split('/')[1]?.toLowerCase() !== code.toLowerCase())
					misses.push(`${query} → ${first}`);
			}
		}
		expect(misses, misses.join('\n')).toEqual([]);
	});
}

test('the suite covers at least 40 queries in both languages', () => {
	expect(rankingCases.length).toBeGreaterThanOrEqual(40);
	expect(rankingCases.filter((c) => c.lang === 'zh').length).toBeGreaterThanOrEqual(15);
	expect(new Set(rankingCases.map((c) => c.kind)).size).toBeGreaterThanOrEqual(6);
});
