import { readFileSync } from 'node:fs';
import { providerIds } from '../src/data/providers';
import { langs, locales, type Lang } from '../src/i18n/locales';
import { href } from '../src/routing/urls';
import { expect, test } from './fixtures';
import { readInventory } from './inventory';
import { expectRendered, pageOf, rendered, searchFor } from './search-helpers';

/**
 * What search adds to Pagefind, as a reader meets it, in every language: the instant tier,
 * partial matches said as such, the true count with "show more", excerpts of content (not the
 * page's chrome), and Esc closing the dialog at once. Strings come from the dictionaries.
 */

const dictionary = (lang: Lang) =>
	JSON.parse(
		readFileSync(
			new URL(`../src/strings/dictionaries/${locales[lang].htmlLang}.json`, import.meta.url),
			'utf8',
		),
	) as Record<string, Record<string, string>>;
const ui = (lang: Lang, group: string, key: string) => dictionary(lang)[group]?.[key] ?? '';

/** A number in a status line ("41 results", "41 条结果"). */
const countIn = (text: string) => Number(/(\d+)/.exec(text)?.[1] ?? Number.NaN);

for (const lang of langs) {
	test.describe(`on the ${lang} site`, () => {
		test('a code answers from the instant tier while Pagefind has not loaded', async ({ page }) => {
			// Pagefind never answers: whatever shows comes from the instant tier.
			await page.route('**/pagefind/**', () => undefined);
			await page.goto(`/${lang}/oss/NoSuchKey/`);
			await page.keyboard.press('/');
			const dialog = page.getByRole('dialog');
			await dialog.getByRole('combobox').fill('InvalidAccesKeyId');
			const first = dialog.getByRole('option').first();
			await expect(first).toHaveAttribute('href', `/${lang}/oss/InvalidAccessKeyId/`);
			await expect(first.locator('.search-hit-code')).toHaveText('InvalidAccessKeyId');
		});

		test('without Pagefind, the instant answers stay and search says full text is missing', async ({
			page,
		}) => {
			await page.route('**/pagefind/**', (route) =>
				route.fulfill({ status: 404, body: 'not found' }),
			);
			await page.goto(`/${lang}/search/?q=NoSuchKey`);
			const form = page.locator('search-page');
			await expect(form.getByRole('status')).toHaveText(ui(lang, 'search', 'unavailable'));
			await expect(form.getByRole('listbox').getByRole('option').first()).toHaveAttribute(
				'href',
				`/${lang}/oss/NoSuchKey/`,
			);
		});

		test('Esc closes the dialog at once, even with a query typed', async ({ page }) => {
			await page.goto(`/${lang}/`);
			await page.keyboard.press('/');
			const dialog = page.getByRole('dialog');
			const input = dialog.getByRole('combobox');
			await input.fill('NoSuchKey');
			await expect(dialog.getByRole('option').first()).toBeVisible();
			await input.press('Escape');
			await expect(dialog).toBeHidden();
		});

		test('a pasted message with a word no page has finds the closest matches, said as partial', async ({
			page,
		}) => {
			await page.goto(`/${lang}/search/`);
			const form = page.locator('search-page');
			const hits = await searchFor(
				form.locator('input[name="q"]'),
				form.getByRole('listbox'),
				'The AWS Access Key Id you provided does not exist in our records.',
			);
			expect(hits[0]).toBe(`/${lang}/oss/InvalidAccessKeyId/#key-not-found`);
			await expect(form.getByRole('status')).toContainText(ui(lang, 'search', 'partial'));
			// A query every word of which a page has is not called partial.
			await searchFor(form.locator('input[name="q"]'), form.getByRole('listbox'), 'NoSuchKey');
			await expect(form.getByRole('status')).not.toContainText(ui(lang, 'search', 'partial'));
		});

		test('excerpts begin with what the page says, not its provider and status labels', async ({
			page,
		}) => {
			await page.goto(`/${lang}/search/`);
			const form = page.locator('search-page');
			await searchFor(form.locator('input[name="q"]'), form.getByRole('listbox'), 'NoSuchKey');
			const excerpts = await form.locator('.search-hit-excerpt').allTextContents();
			expect(excerpts.length).toBeGreaterThan(0);
			for (const excerpt of excerpts) {
				expect(excerpt).not.toContain(ui(lang, 'code', 'provider'));
				expect(excerpt).not.toContain(ui(lang, 'code', 'status'));
			}
		});

		test('a bare status offers its quick references and the page across providers, then its codes', async ({
			page,
		}) => {
			const status = 403;
			const inventory = readInventory();
			const statusOf = new Map(inventory.map((c) => [`${c.provider}/${c.code}`, c.status]));
			// A provider has a quick reference for each status it has codes at.
			const withStatus = providerIds.filter((id) =>
				inventory.some((c) => c.provider === id && c.status === status),
			);
			expect(withStatus.length).toBeGreaterThan(1);
			const quick = (id: string) => href(lang, { kind: 'providerStatus', provider: id, status });
			const across = href(lang, { kind: 'status', status });
			await page.goto(`/${lang}/search/`);
			const form = page.locator('search-page');
			const input = form.locator('input[name="q"]');
			const list = form.getByRole('listbox');

			const hits = await searchFor(input, list, String(status));
			expect(hits.slice(0, withStatus.length + 1)).toEqual([...withStatus.map(quick), across]);
			const codes = hits.slice(withStatus.length + 1);
			expect(codes.length).toBeGreaterThan(0);
			expect(codes.filter((hit) => statusOf.get(pageOf(hit)) !== status)).toEqual([]);
			// A status page's title is prose, not a code.
			const first = list.getByRole('option').first();
			await expect(first.locator('.search-hit-title')).toBeVisible();
			await expect(first.locator('.search-hit-code')).toHaveCount(0);

			// With a provider named, that provider's quick reference only, then its codes.
			const named = withStatus.at(-1) ?? '';
			const only = await searchFor(input, list, `${named} ${status}`);
			expect(only.slice(0, 2)).toEqual([quick(named), across]);
			expect(only.slice(2).filter((hit) => !pageOf(hit).startsWith(`${named}/`))).toEqual([]);
		});

		test('a pasted message is not repeated nor its every word highlighted in the excerpt', async ({
			page,
		}) => {
			const message = 'The specified bucket does not exist.';
			await page.goto(`/${lang}/search/`);
			const form = page.locator('search-page');
			const list = form.getByRole('listbox');
			const hits = await searchFor(form.locator('input[name="q"]'), list, message);
			expect(pageOf(hits[0] ?? '')).toMatch(/\/NoSuchBucket$/);
			const first = list.getByRole('option').first();
			await expect(first.locator('.search-hit-message')).toHaveText(message);
			const excerpt = first.locator('.search-hit-excerpt');
			await expect(excerpt).not.toHaveText(/^\s*The specified bucket does not exist/);
			await expect(list.locator('mark')).toHaveCount(0);
		});

		test('a guide’s title in the results is set as prose, a code as code', async ({ page }) => {
			await page.goto(`/${lang}/search/`);
			const form = page.locator('search-page');
			const list = form.getByRole('listbox');
			// The code's pages, and the retry guide, which says which SDKs retry it.
			await searchFor(form.locator('input[name="q"]'), list, 'RequestTimeout');
			const guide = list.locator(`a[href^="${href(lang, { kind: 'guide', slug: 'retries' })}"]`);
			await expect(guide.locator('.search-hit-title')).toBeVisible();
			await expect(guide.locator('.search-hit-code')).toHaveCount(0);
			const font = (element: Element) => getComputedStyle(element).fontFamily;
			const body = await page.locator('body').evaluate(font);
			expect(await guide.locator('.search-hit-title').evaluate(font)).toBe(body);
			const code = list.locator('.search-hit-code').first();
			expect(await code.evaluate(font)).not.toBe(body);
		});

		test('the search page says the true count and shows every result, a page at a time', async ({
			page,
		}) => {
			await page.goto(`/${lang}/search/`);
			const form = page.locator('search-page');
			const list = form.getByRole('listbox');
			// Found on many pages of both sites: more than one page of results.
			await searchFor(form.locator('input[name="q"]'), list, 'Bucket');
			const total = countIn((await form.getByRole('status').textContent()) ?? '');
			expect(total).toBeGreaterThan(20);
			await expect(list.getByRole('option')).toHaveCount(20);
			const more = form.getByRole('button', { name: ui(lang, 'search', 'showMore') });
			for (let shown = 20; shown < total; shown += 20) {
				await expectRendered(list);
				await more.click();
				await rendered(list);
				await expect(list.getByRole('option')).toHaveCount(Math.min(shown + 20, total));
			}
			await expect(more).toBeHidden();
			// Each result once.
			const hrefs = await list
				.locator('a')
				.evaluateAll((links) => links.map((a) => a.getAttribute('href')?.replace(/#.*/, '')));
			expect(new Set(hrefs).size).toBe(total);
		});
	});
}

test('the everyday ways of saying too many requests find both providers’ throttling codes', async ({
	page,
}) => {
	// Each provider words throttling its own way; content/search-synonyms.yaml joins them.
	const throttling = ['obs/SlowDown', 'oss/QpsLimitExceeded', 'oss/TotalQpsLimitExceeded'];
	const queries: Record<Lang, string[]> = {
		zh: ['请求过于频繁', '请求太频繁', '请求过多', '限流'],
		en: ['too many requests', 'throttling'],
	};
	for (const lang of langs) {
		await page.goto(`/${lang}/search/`);
		const form = page.locator('search-page');
		for (const query of queries[lang]) {
			const hits = await searchFor(
				form.locator('input[name="q"]'),
				form.getByRole('listbox'),
				query,
			);
			expect(hits.map(pageOf), `${lang}: ${query}`).toEqual(expect.arrayContaining(throttling));
		}
	}
});

test('a word as typed answers from the summaries while Pagefind has not loaded', async ({
	page,
}) => {
	// Pagefind never answers: whatever shows comes from the instant tier.
	await page.route('**/pagefind/**', () => undefined);
	await page.goto('/en/search/');
	const form = page.locator('search-page');
	await form.locator('input[name="q"]').fill('lifecycle');
	const hits = form.getByRole('listbox').getByRole('option');
	await expect(hits).toHaveCount(2);
	expect(await hits.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
		'/en/oss/NoSuchLifecycle/',
		'/en/obs/NoSuchLifecycleConfiguration/',
	]);
});
