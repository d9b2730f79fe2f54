import { expect, test } from './fixtures';
import { expectRendered, rendered, searchFor } from './search-helpers';

test('the header search opens with / and Ctrl+K, moves with the arrows, and Enter opens the message', async ({
	page,
}) => {
	const pagefind: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/pagefind/')) pagefind.push(request.url());
	});
	await page.goto('/en/oss/NoSuchKey/');
	// Nothing of the search is loaded on a page view.
	expect(pagefind).toEqual([]);

	const dialog = page.getByRole('dialog', { name: 'Search error codes and messages' });
	await page.keyboard.press('/');
	await expect(dialog).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await page.keyboard.press('Control+k');
	await expect(dialog).toBeVisible();

	const input = dialog.getByRole('combobox');
	await expect(input).toBeFocused();
	const hits = await searchFor(input, dialog.getByRole('listbox'), "can't modify location");
	expect(hits[0]).toBe('/en/oss/BucketAlreadyExists/#cannot-modify-location');
	expect(pagefind.length).toBeGreaterThan(0);

	// The result shows the code, the provider, the status, the message and the matching words.
	const first = dialog.getByRole('option').first();
	await expect(first.locator('.search-hit-code')).toHaveText('BucketAlreadyExists');
	await expect(first.locator('.search-hit-provider')).toHaveText('OSS');
	await expect(first.locator('.search-hit-status')).toHaveText('409');
	await expect(first.locator('.search-hit-message')).toHaveText(
		"Bucket already exists can't modify location",
	);
	await expect(first.locator('mark').first()).toBeVisible();
	// The count is announced.
	await expect(dialog.getByRole('status')).toHaveText(/^\d+ results?$/);

	await input.press('ArrowDown');
	await expect(first).toHaveAttribute('aria-selected', 'true');
	await expect(input).toHaveAttribute(
		'aria-activedescendant',
		(await first.getAttribute('id')) ?? '',
	);
	await input.press('Enter');
	await expect(page).toHaveURL('/en/oss/BucketAlreadyExists/#cannot-modify-location');
	await expect(page.locator('#cannot-modify-location')).toBeInViewport();
});

test('on the Chinese site, a Chinese query returns Chinese pages only, in Chinese UI', async ({
	page,
}) => {
	await page.goto('/zh/');
	await page.getByRole('link', { name: '搜索' }).first().click();
	const dialog = page.getByRole('dialog', { name: '搜索错误码和错误消息' });
	const hits = await searchFor(
		dialog.getByRole('combobox'),
		dialog.getByRole('listbox'),
		'合规保留策略',
	);
	expect(hits.length).toBeGreaterThan(0);
	expect(hits.every((href) => href.startsWith('/zh/'))).toBe(true);
	await expect(dialog.getByRole('status')).toHaveText(/^\d+ 条结果$/);
	// Words no page has (the Chinese index matches stray Latin letters inside long samples).
	await searchFor(dialog.getByRole('combobox'), dialog.getByRole('listbox'), '鼹鼬');
	await expect(dialog.getByRole('status')).toContainText('没有找到');
});

test('the search page keeps its query and filters in the URL, and a shared link restores them', async ({
	page,
}) => {
	await page.goto('/en/search/');
	const form = page.locator('search-page');
	await searchFor(form.locator('input[name="q"]'), form.getByRole('listbox'), 'NoSuchKey');
	await expect(page).toHaveURL('/en/search/?q=NoSuchKey');
	const both = await form.getByRole('listbox').getByRole('option').count();
	expect(both).toBeGreaterThanOrEqual(2);

	const results = form.getByRole('listbox');
	await expectRendered(results);
	await form.getByLabel('Provider').selectOption('obs');
	await rendered(results);
	await expect(page).toHaveURL('/en/search/?q=NoSuchKey&provider=obs');
	await expect(form.locator('.search-hit-provider')).toHaveText(['OBS']);

	// A support engineer pastes the link: same query, same filter, same results.
	await page.goto('/en/search/?q=NoSuchKey&provider=oss&status=404');
	await expect(form.locator('input[name="q"]')).toHaveValue('NoSuchKey');
	await expect(form.getByLabel('Provider')).toHaveValue('oss');
	await expect(form.getByLabel('HTTP status')).toHaveValue('404');
	await expect(form.getByRole('listbox').getByRole('option')).toHaveCount(1);
	await expect(form.getByRole('listbox').getByRole('option')).toHaveAttribute(
		'href',
		'/en/oss/NoSuchKey/',
	);
});

test('without an index (as under astro dev) search says so instead of hanging', async ({
	page,
}) => {
	await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
	await page.goto('/zh/search/?q=NoSuchKey');
	await expect(page.locator('search-page').getByRole('status')).toHaveText(
		/仅在构建后的站点上可用/,
	);
});

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });
	test('the search dialog fits the screen', async ({ page }) => {
		await page.goto('/en/');
		await page.getByRole('link', { name: 'Search' }).first().click();
		const dialog = page.getByRole('dialog');
		await searchFor(dialog.getByRole('combobox'), dialog.getByRole('listbox'), 'bucket');
		const box = await dialog.boundingBox();
		expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360,
		);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the header search is a link to the search page, which explains itself', async ({
		page,
	}) => {
		await page.goto('/en/oss/');
		await page.getByRole('link', { name: 'Search' }).first().click();
		await expect(page).toHaveURL('/en/search/');
		await expect(page.getByText('Search needs JavaScript')).toBeVisible();
		await expect(page.locator('search-page form')).toBeVisible();
	});
});
