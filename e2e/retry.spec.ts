import { expect, test } from './fixtures';

/** "Will my SDK retry it?" on code pages, and the comparison's filter on it, in both languages. */

test('a throttling code says which SDKs retry it by themselves, and how often (en)', async ({
	page,
}) => {
	await page.goto('/en/obs/SlowDown/');
	const section = page.getByRole('region', { name: 'Will my SDK retry it?' });
	await expect(section).toContainText('Retried automatically by');
	await expect(section).toContainText('OBS SDK for Go (up to 4 attempts in all)');
	await expect(section).toContainText(
		'boto3 / botocore in standard mode (up to 3 attempts in all)',
	);
	await expect(section).toContainText('Not retried automatically by oss2 (OSS SDK V1 for Python)');
	await expect(section).toContainText('When your SDK does not retry it: wait, then retry');
	await expect(section.getByRole('link', { name: 'Retries and backoff' })).toHaveAttribute(
		'href',
		'/en/guide/retries/',
	);
});

test('a client error is retried by no SDK, and says to fix the request (zh)', async ({ page }) => {
	await page.goto('/zh/oss/NoSuchKey/');
	const section = page.getByRole('region', { name: 'SDK 会自动重试吗？' });
	await expect(section).toContainText('不会自动重试的 SDK：');
	await expect(section).not.toContainText('最多共尝试');
	await expect(section).toContainText('先修正请求');
});

test('the comparison filters codes by the SDK that retries them, the choice kept in the URL', async ({
	page,
}) => {
	await page.goto('/en/compare/?retry=none');
	await expect(page.locator('#code-NoSuchKey')).toBeVisible();
	await expect(page.locator('#code-InternalError')).toBeHidden();
	await page.getByLabel('Retried by').selectOption('obs-go');
	await expect(page).toHaveURL(/\?retry=obs-go$/);
	await expect(page.locator('#code-InternalError')).toBeVisible();
	await expect(page.locator('#code-NoSuchKey')).toBeHidden();
});

test('the retries guide exists in both languages', async ({ page }) => {
	await page.goto('/zh/guide/retries/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/重试/);
	await page.goto('/en/guide/retries/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Retries and backoff');
});

test('a status page filters its codes by the SDK that retries them (en)', async ({ page }) => {
	await page.goto('/en/oss/400/');
	const rows = (code: string) => page.locator(`tr[data-code="${code}"]`);
	await expect(rows('RequestTimeout').first()).toBeVisible();
	await page.getByLabel('Retried by').selectOption('botocore-legacy');
	await expect(page).toHaveURL(/\/en\/oss\/400\/\?retry=botocore-legacy$/);
	await expect(rows('RequestTimeout').first()).toBeVisible();
	await expect(rows('InvalidArgument').first()).toBeHidden();
	await expect(page.getByRole('status')).toHaveText(/^Showing 1 of \d+ codes$/);
});

test('a status page opens with the filter of a shared link, and "none" keeps client errors (zh)', async ({
	page,
}) => {
	await page.goto('/zh/obs/503/?retry=none');
	await expect(page.getByLabel('自动重试的 SDK')).toHaveValue('none');
	await expect(page.locator('tr[data-code="SlowDown"]').first()).toBeHidden();
	// A choice no code of the page matches says so, without a table of headings alone.
	await page.goto('/zh/oss/503/?retry=oss2');
	await expect(page.getByRole('status')).toHaveText('本页没有符合所选条件的错误码。');
	await expect(page.locator('#quick-reference')).toBeHidden();
	await page.goto('/zh/oss/400/?retry=none');
	await expect(page.locator('tr[data-code="InvalidArgument"]').first()).toBeVisible();
	await expect(page.locator('tr[data-code="RequestTimeout"]').first()).toBeHidden();
});
