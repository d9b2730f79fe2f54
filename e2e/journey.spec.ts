import { expect, test } from './fixtures';

test('home → OSS → 409 table → a code page → the Chinese twin at the same message', async ({
	page,
}) => {
	await page.goto('/en/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'OSS', exact: true })
		.click();
	await expect(page).toHaveURL('/en/oss/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('OSS error codes');

	await page
		.getByRole('link', { name: /409 Conflict/ })
		.first()
		.click();
	await expect(page).toHaveURL('/en/oss/409/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('409 Conflict');

	await page.getByRole('link', { name: "Bucket already exists can't modify location" }).click();
	await expect(page).toHaveURL('/en/oss/BucketAlreadyExists/#cannot-modify-location');
	const message = page.locator('#cannot-modify-location');
	await expect(message).toHaveText(/Bucket already exists can't modify location/);
	await expect(message).toBeInViewport();

	await page.getByRole('link', { name: '阅读中文版' }).click();
	await expect(page).toHaveURL('/zh/oss/BucketAlreadyExists/#cannot-modify-location');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.locator('#cannot-modify-location')).toBeInViewport();
	// The message stays verbatim English; the explanation around it is Chinese.
	await expect(page.locator('#cannot-modify-location')).toHaveText(
		/Bucket already exists can't modify location/,
	);
	await expect(page.locator('section[data-message="cannot-modify-location"]')).toContainText(
		'问题原因',
	);

	await page.getByRole('link', { name: 'Read in English' }).click();
	await expect(page).toHaveURL('/en/oss/BucketAlreadyExists/#cannot-modify-location');
});

test.describe('the language chooser at /', () => {
	test.describe('a Chinese browser', () => {
		test.use({ locale: 'zh-CN' });
		test('lands on the Chinese home', async ({ page }) => {
			await page.goto('/');
			await expect(page).toHaveURL('/zh/');
			await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		});
	});

	test.describe('a Taiwanese browser', () => {
		test.use({ locale: 'zh-TW' });
		test('also reads Chinese', async ({ page }) => {
			await page.goto('/');
			await expect(page).toHaveURL('/zh/');
		});
	});

	test.describe('any other browser', () => {
		test.use({ locale: 'de-DE' });
		test('lands on the English home', async ({ page }) => {
			await page.goto('/');
			await expect(page).toHaveURL('/en/');
		});
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('offers both languages', async ({ page }) => {
			await page.goto('/');
			await expect(page).toHaveURL('/');
			await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
			await expect(page.getByRole('link', { name: '简体中文' })).toHaveAttribute('href', '/zh/');
		});
	});
});
