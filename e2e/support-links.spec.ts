import { expect, test } from './fixtures';

/** Journeys of support engineers: short links, forgiving URLs, copy for the ticket. */

test.describe('language-neutral short links', () => {
	test.describe('a Chinese browser', () => {
		test.use({ locale: 'zh-CN' });
		test('lands on the Chinese page, at the anchor', async ({ page }) => {
			await page.goto('/oss/NoSuchKey/#key-not-exist');
			await expect(page).toHaveURL('/zh/oss/NoSuchKey/#key-not-exist');
			await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		});
	});

	test.describe('any other browser', () => {
		test.use({ locale: 'de-DE' });
		test('lands on the English page', async ({ page }) => {
			await page.goto('/obs/KMS.DisabledException/');
			await expect(page).toHaveURL('/en/obs/KMS.DisabledException/');
		});
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('offers both languages', async ({ page }) => {
			await page.goto('/oss/NoSuchKey/');
			await expect(page.locator('a[data-language-choice]')).toHaveCount(2);
			await expect(
				page.getByRole('link', { name: 'Read NoSuchKey (OSS) in English' }),
			).toHaveAttribute('href', '/en/oss/NoSuchKey/');
			await expect(
				page.getByRole('link', { name: '阅读 NoSuchKey（OSS）的中文说明' }),
			).toHaveAttribute('href', '/zh/oss/NoSuchKey/');
		});
	});
});

test.describe('forgiving 404', () => {
	test('a code in the wrong case goes to its page, anchor kept', async ({ page }) => {
		await page.goto('/en/oss/nosuchkey/#key-not-exist');
		await expect(page).toHaveURL('/en/oss/NoSuchKey/#key-not-exist');
	});

	test('a small typo goes to the code (zh)', async ({ page }) => {
		await page.goto('/zh/oss/NoSuchKy/');
		await expect(page).toHaveURL('/zh/oss/NoSuchKey/');
	});
	// The 404 page's own journeys (language, suggestions, search): not-found.spec.ts.
});

test.describe('copy for the ticket', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('copy link gives the canonical URL with the anchor, confirmed (keyboard)', async ({
		page,
	}) => {
		await page.goto('/en/oss/AccessDenied/');
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		const section = page.locator('section[data-message="query-string-auth-incomplete"]');
		const button = section.getByRole('button', { name: 'Copy link' });
		await button.focus();
		await expect(button).toBeFocused();
		await page.keyboard.press('Enter');
		// The message's own copy bar (its code samples have their own copy buttons and status).
		await expect(section.locator(':scope > [data-copy-bar]').getByRole('status')).toHaveText(
			'Link copied',
		);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${canonical}#query-string-auth-incomplete`,
		);
	});

	test('copy for ticket gives a Markdown block in the page language (zh)', async ({ page }) => {
		await page.goto('/zh/oss/NoSuchKey/');
		const section = page.locator('section[data-message="key-not-exist"]');
		await section.getByRole('button', { name: '复制到工单' }).click();
		await expect(section.getByRole('status')).toHaveText('已复制，可粘贴到工单');
		const text = await page.evaluate(() => navigator.clipboard.readText());
		const message = await section.locator('h2 span[lang="en"]').textContent();
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(text).toContain('**NoSuchKey**（OSS 错误码，HTTP 404 Not Found）');
		expect(text).toContain(`> ${message?.trim()}`);
		expect(text).toMatch(/\n原因：\S/);
		expect(text).toContain(`详情：${canonical}#key-not-exist`);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('the buttons, which need script, are not shown', async ({ page }) => {
			await page.goto('/en/oss/NoSuchKey/');
			await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
		});
	});
});
