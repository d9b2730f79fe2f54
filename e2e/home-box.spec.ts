import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { langs } from '../src/i18n/locales';

/**
 * The home page's one box: a code goes to its page (or a choice of providers), pasted tool output
 * to the decoder with the text decoded, anything else to search; by keyboard alone; without
 * JavaScript, a search form.
 */
const labels = { en: 'Look up an error', zh: '查询错误' } as const;
const box = (page: Page, lang: keyof typeof labels) =>
	page.getByRole('textbox', { name: labels[lang] });

const xmlWithHost = `<?xml version="1.0" encoding="UTF-8"?>
<Error>
  <Code>NoSuchKey</Code>
  <Message>The specified key does not exist.</Message>
  <RequestId>5C3D9175B6FC201293AD4890</RequestId>
  <HostId>examplebucket.oss-cn-hangzhou.aliyuncs.com</HostId>
</Error>`;

test('the code list is not loaded before the box is used', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	await page.goto('/en/');
	await page.waitForLoadState('networkidle');
	expect(fetched).not.toContain('/codes.json');
	const loaded = page.waitForRequest((request) => request.url().endsWith('/codes.json'));
	await box(page, 'en').focus();
	await loaded;
});

for (const lang of langs) {
	if (lang !== 'en' && lang !== 'zh') throw new Error(`no box label for ${lang} in this test`);
	test.describe(`home box (${lang})`, () => {
		test('an exact code, in any case, opens its page', async ({ page }) => {
			await page.goto(`/${lang}/`);
			await box(page, lang).fill('cnamealreadyexists');
			await box(page, lang).press('Enter');
			await expect(page).toHaveURL(`/${lang}/oss/CnameAlreadyExists/`);
		});

		test('a code at two providers offers the choice', async ({ page }) => {
			await page.goto(`/${lang}/`);
			await box(page, lang).fill('NOSUCHKEY');
			await box(page, lang).press('Enter');
			const choice = page.locator('[data-choice] a');
			await expect(choice).toHaveCount(2);
			await expect(choice.nth(0)).toHaveAttribute('href', `/${lang}/oss/NoSuchKey/`);
			await expect(choice.nth(1)).toHaveAttribute('href', `/${lang}/obs/NoSuchKey/`);
			// The choice takes the focus: Enter follows the first.
			await expect(choice.nth(0)).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(`/${lang}/oss/NoSuchKey/`);
		});

		test('pasted tool output opens the decoder, decoded, the text in the fragment only', async ({
			page,
		}) => {
			const sent: string[] = [];
			page.on('request', (request) => sent.push(request.url()));
			await page.goto(`/${lang}/`);
			await box(page, lang).fill(xmlWithHost);
			await page.getByRole('button', { name: lang === 'en' ? 'Look up' : '查询' }).click();
			await expect(page).toHaveURL(new RegExp(`^[^?]*/${lang}/decode/#paste=`));
			await expect(page.locator('#decoder-input')).toHaveValue(xmlWithHost);
			const result = page.locator('#decoder-result article');
			await expect(result).toHaveCount(1);
			await expect(result).toHaveAttribute('data-candidate', 'oss/NoSuchKey');
			// No request carried the pasted text (the request id is the telltale).
			expect(sent.filter((url) => url.includes('5C3D9175B6FC201293AD4890'))).toEqual([]);
		});

		test('a phrase goes to search, with results', async ({ page }) => {
			await page.goto(`/${lang}/`);
			await box(page, lang).fill('bucket already exists');
			await box(page, lang).press('Enter');
			await expect(page).toHaveURL(`/${lang}/search/?q=bucket+already+exists`);
			await expect(page.locator('search-page .search-hit-code').first()).toBeVisible();
		});

		test('works by keyboard alone, Shift+Enter keeping lines', async ({ page }) => {
			await page.goto(`/${lang}/`);
			const target = box(page, lang);
			for (
				let i = 0;
				i < 40 && !(await target.evaluate((el) => el === document.activeElement));
				i++
			) {
				await page.keyboard.press('Tab');
			}
			await expect(target).toBeFocused();
			await page.keyboard.type('<Error><Code>NoSuchKey</Code>');
			await page.keyboard.press('Shift+Enter');
			await page.keyboard.type(
				'<HostId>examplebucket.oss-cn-hangzhou.aliyuncs.com</HostId></Error>',
			);
			await expect(target).toHaveValue(/<\/Code>\n<HostId>/);
			await page.keyboard.press('Enter');
			await expect(page.locator('#decoder-result article')).toHaveAttribute(
				'data-candidate',
				'oss/NoSuchKey',
			);
		});
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const lang of langs) {
		if (lang !== 'en' && lang !== 'zh') continue;
		test(`the box is a search form (${lang})`, async ({ page }) => {
			await page.goto(`/${lang}/`);
			await box(page, lang).fill('NoSuchKey');
			await page.getByRole('button', { name: lang === 'en' ? 'Look up' : '查询' }).click();
			await expect(page).toHaveURL(`/${lang}/search/?q=NoSuchKey`);
		});
	}
});
