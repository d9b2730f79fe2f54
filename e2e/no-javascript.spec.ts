import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('a code page reads fully without JavaScript', async ({ page }) => {
	await page.goto('/en/oss/CnameAlreadyExists/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('CnameAlreadyExists');
	const section = page.locator('section[data-message]');
	await expect(section).toHaveCount(1);
	await expect(section.getByRole('heading', { level: 3, name: 'Cause' })).toBeVisible();
	await expect(section.getByRole('heading', { level: 3, name: 'Solution' })).toBeVisible();
	// The console steps of the solution are all there, as an ordered list.
	await expect(section.locator('ol li').first()).toBeVisible();
	await expect(page.getByRole('link', { name: '409 Conflict' })).toHaveAttribute(
		'href',
		'/en/oss/409/',
	);
});

test('a Chinese code page reads fully without JavaScript', async ({ page }) => {
	await page.goto('/zh/obs/KMS.DisabledException/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('KMS.DisabledException');
	await expect(page.getByRole('heading', { level: 3, name: '问题原因' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: '解决方案' })).toBeVisible();
	// Without script the language switch is a plain link to the twin.
	await expect(page.getByRole('link', { name: 'Read in English' })).toHaveAttribute(
		'href',
		'/en/obs/KMS.DisabledException/',
	);
});

test('a quick reference reads without JavaScript', async ({ page }) => {
	await page.goto('/zh/oss/409/');
	await expect(page.getByRole('table')).toBeVisible();
	await expect(page.getByRole('columnheader')).toHaveText(['错误码', '错误消息', '原因']);
});
