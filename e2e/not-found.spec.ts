import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { langs, locales } from '../src/i18n/locales';

/**
 * The 404 page speaks the language of the missing path, with the site's header and footer; its
 * suggestions are in that language and link that language. `astro preview` serves the root
 * `404.html` for every missing path (as hosts without per-folder 404 pages do), so these tests
 * see it become the path's language; the per-language files are checked as files too.
 */
const said = {
	en: { title: 'Page not found', didYouMean: 'Did you mean:', nav: 'Main', search: 'Search' },
	zh: { title: '页面不存在', didYouMean: '您要找的是不是：', nav: '主导航', search: '搜索' },
} as const;
type Said = keyof typeof said;

function other(lang: Said): Said {
	const found = langs.find((l) => l !== lang);
	if (found !== 'en' && found !== 'zh') throw new Error('this test knows en and zh');
	return found;
}

async function expectPageIn(page: Page, lang: Said) {
	await expect(page.locator('html')).toHaveAttribute('lang', locales[lang].htmlLang);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(said[lang].title);
	// The site's header (navigation, search, language switch) and footer.
	await expect(page.getByRole('navigation', { name: said[lang].nav })).toBeVisible();
	await expect(page.locator('header language-switch a')).toHaveCount(1);
	await expect(page.locator('footer')).toBeVisible();
	await expect(page.getByText(said[other(lang)].title)).toHaveCount(0);
}

for (const lang of langs) {
	if (lang !== 'en' && lang !== 'zh') throw new Error(`no strings for ${lang} in this test`);
	test.describe(`a missing page under /${lang}/`, () => {
		test('speaks its language, and offers the likely codes in it', async ({ page }) => {
			const response = await page.goto(`/${lang}/oss/NoSchKy/`);
			expect(response?.status()).toBe(404);
			await expectPageIn(page, lang);
			await expect(page.getByText(said[lang].didYouMean)).toBeVisible();
			await expect(page.getByRole('link', { name: 'NoSuchKey', exact: true })).toHaveAttribute(
				'href',
				`/${lang}/oss/NoSuchKey/`,
			);
			await expect(page.getByText(said[other(lang)].didYouMean)).toHaveCount(0);
			// The language switch keeps the path: the other language forgives the same typo.
			await expect(page.locator('header language-switch a')).toHaveAttribute(
				'href',
				new URL(`/${other(lang)}/oss/NoSchKy/`, page.url()).href,
			);
		});

		test('otherwise offers search, the missing word filled in', async ({ page }) => {
			await page.goto(`/${lang}/oss/TotallyUnrelatedThing/`);
			const box = page.locator('main input[name="q"]');
			await expect(box).toHaveValue('TotallyUnrelatedThing');
			await page.locator('main').getByRole('button', { name: said[lang].search }).click();
			await expect(page).toHaveURL(`/${lang}/search/?q=TotallyUnrelatedThing`);
		});

		test("the header's search works on it", async ({ page }) => {
			await page.goto(`/${lang}/nothing-here/`);
			await expectPageIn(page, lang);
			await page.keyboard.press('/');
			await expect(page.getByRole('dialog')).toBeVisible();
			await expect(page.getByRole('combobox')).toBeFocused();
		});
	});
}

test.describe('a missing path without a language', () => {
	test.describe('in a Chinese browser', () => {
		test.use({ locale: 'zh-CN' });
		test('is Chinese', async ({ page }) => {
			const response = await page.goto('/nothing-here/');
			expect(response?.status()).toBe(404);
			await expectPageIn(page, 'zh');
		});
	});
	test.describe('in another browser', () => {
		test.use({ locale: 'de-DE' });
		test('is English', async ({ page }) => {
			await page.goto('/nothing-here/');
			await expectPageIn(page, 'en');
		});
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the root 404 page reads in the default language, with the header', async ({ page }) => {
		const response = await page.goto('/zh/oss/NoSchKy/');
		expect(response?.status()).toBe(404);
		await expectPageIn(page, 'en');
	});
	for (const lang of langs) {
		if (lang !== 'en' && lang !== 'zh') continue;
		test(`/${lang}/404.html, for hosts that serve it under /${lang}/, is in that language`, async ({
			page,
		}) => {
			await page.goto(`/${lang}/404.html`);
			await expectPageIn(page, lang);
			await expect(page.locator('main form')).toHaveAttribute('action', `/${lang}/search/`);
		});
	}
});
