import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectedComparison } from '../tests/comparison-data';
import { langs } from '../src/i18n/locales';
import { comparedIds, providerIds } from '../src/data/providers';

const { comparison } = expectedComparison();
const totalRows = comparison.rows.length;
const visibleRows = (page: Page) =>
	page.locator('#compare-table tbody:not([hidden]) tr[id^="code-"]');

test.describe('comparison page', () => {
	test('lists every code of every provider, with the summary figures (en)', async ({ page }) => {
		await page.goto('/en/compare/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'OSS, OBS, Amazon S3 and Cloudflare R2 error codes compared',
		);
		await expect(visibleRows(page)).toHaveCount(totalRows);
		await expect(page.locator('#compare-count')).toHaveText(
			`Showing ${totalRows} of ${totalRows} rows`,
		);
		const figure = (label: string) =>
			page.locator('dl div', { has: page.getByText(label, { exact: true }) }).locator('dd');
		await expect(figure('OSS codes')).toHaveText(String(comparison.summary.codes.oss));
		await expect(figure('OBS codes')).toHaveText(String(comparison.summary.codes.obs));
		await expect(figure('S3 codes')).toHaveText(String(comparison.summary.codes['s3']));
		await expect(figure('R2 codes')).toHaveText(String(comparison.summary.codes['r2']));
		await expect(figure('Shared codes with different statuses')).toHaveText(
			String(comparison.summary.statusDiffers),
		);
		// A row links our pages and says "not returned" where a provider lacks the code.
		const row = page.locator('#code-RequestTimeout');
		await expect(row.getByRole('cell')).toHaveText(['400', '408', '400', '—not returned']);
		await expect(row.getByRole('link', { name: '408' })).toHaveAttribute(
			'href',
			'/en/obs/RequestTimeout/',
		);
		await expect(row.getByText('Status differs')).toBeVisible();
		await expect(page.locator('#code-NotImplemented').getByRole('cell').nth(1)).toHaveText(
			'—not returned',
		);
		// A reference column's code says what it means, and R2's own numbers stand by its status.
		const invalidPart = page.locator('#code-InvalidPart');
		await expect(invalidPart.getByRole('rowheader')).toContainText('R2: ');
		await expect(invalidPart.getByRole('cell').nth(3)).toHaveText(/^400\s*No\. 10025 · 10048$/);
	});

	test('filters: only differences, then text, state in the URL (en)', async ({ page }) => {
		await page.goto('/en/compare/');
		await page.getByLabel('Show').selectOption({ label: 'Only differences' });
		await expect(page).toHaveURL(/\?show=diff$/);
		const differing = comparison.units.filter((u) => u.statusDiffers || u.group);
		const expected = differing.reduce((sum, u) => sum + u.rows.length, 0);
		await expect(visibleRows(page)).toHaveCount(expected);
		await expect(page.locator('#code-RequestTimeout')).toBeVisible();
		await expect(page.locator('#code-NoSuchKey')).toBeHidden();

		await page.getByLabel('Code or status').fill('timeout');
		await expect(page).toHaveURL(/\?q=timeout&show=diff$/);
		await expect(visibleRows(page)).toHaveCount(
			differing
				.filter((u) => u.rows.some((r) => r.code.toLowerCase().includes('timeout')))
				.reduce((sum, u) => sum + u.rows.length, 0),
		);
		await page.getByRole('button', { name: 'Show everything' }).click();
		await expect(page).toHaveURL(/\/en\/compare\/$/);
		await expect(visibleRows(page)).toHaveCount(totalRows);
	});

	test('a filtered URL opened directly shows that view (zh)', async ({ page }) => {
		await page.goto('/zh/compare/?show=only-s3&class=4xx&sort=status');
		await expect(page.getByLabel('显示')).toHaveValue('only-s3');
		await expect(page.getByLabel('状态码类别')).toHaveValue('4xx');
		await expect(page.getByLabel('排序方式')).toHaveValue('status');
		const expected = comparison.units.filter(
			(u) => u.providers.join() === 's3' && u.statuses.some((s) => s >= 400 && s < 500),
		);
		expect(expected.length).toBeGreaterThan(0);
		await expect(visibleRows(page)).toHaveCount(expected.length);
		await expect(page.locator('#compare-count')).toHaveText(
			`显示 ${expected.length} 行，共 ${totalRows} 行`,
		);
	});

	test('sorting by status puts the lowest status first (zh)', async ({ page }) => {
		await page.goto('/zh/compare/');
		await page.getByLabel('排序方式').selectOption('status');
		await expect(page).toHaveURL(/\?sort=status$/);
		const lowest = Math.min(...comparison.statuses);
		const first = visibleRows(page).first();
		await expect(first.getByRole('cell').filter({ hasText: String(lowest) })).not.toHaveCount(0);
		await page.getByLabel('错误码或状态码').fill('zzzz-no-such-code');
		await expect(page.getByText('没有符合筛选条件的错误码。')).toBeVisible();
	});

	test('equivalents sit together and link both code pages', async ({ page }) => {
		await page.goto('/en/compare/');
		const group = page.locator('tbody', { has: page.locator('#code-KeyDisabled') });
		await expect(group.locator('#code-KMS\\.DisabledException')).toHaveCount(1);
		await expect(group.getByText('Different codes, same condition')).toBeVisible();
		await expect(group.getByRole('link', { name: '409' })).toHaveAttribute(
			'href',
			'/en/oss/KeyDisabled/',
		);
		await expect(group.getByRole('link', { name: '400' })).toHaveAttribute(
			'href',
			'/en/obs/KMS.DisabledException/',
		);
	});

	test('on a phone the page does not scroll sideways; the table scrolls in its box', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await page.goto('/zh/compare/');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await expect(
			page.getByRole('region', { name: /OSS、OBS、Amazon S3 和 Cloudflare R2 的错误码/ }),
		).toBeVisible();
		// R2's own numbers say what they are.
		await expect(page.locator('#code-InvalidPart td[data-chip]').nth(3)).toContainText(
			'编号 10025 · 10048',
		);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the full table reads; the filters, which need script, are not offered', async ({
		page,
	}) => {
		await page.goto('/en/compare/?show=diff');
		await expect(visibleRows(page)).toHaveCount(totalRows);
		await expect(page.locator('#compare-filters')).toBeHidden();
		await expect(
			page.getByText('The filters need JavaScript; the full table is below.'),
		).toBeVisible();
	});
});

test.describe('code pages: other providers', () => {
	test('an equivalent links back and forth, with the status difference flagged', async ({
		page,
	}) => {
		await page.goto('/en/oss/KeyDisabled/');
		const section = page.getByRole('region', { name: 'Other providers' });
		// What the equivalent means there: the summary of its own page, as on that page.
		const summary = await section
			.locator('li', { has: page.locator('a[href="/en/obs/KMS.DisabledException/"]') })
			.locator('[data-meaning]')
			.textContent();
		expect(summary?.trim()).toBeTruthy();
		await section.locator('a[href="/en/obs/KMS.DisabledException/"]').click();
		await expect(page).toHaveURL('/en/obs/KMS.DisabledException/');
		await expect(page.locator('article > p.text-lg').first()).toHaveText(summary!.trim());
		const back = page.getByRole('region', { name: 'Other providers' });
		await expect(back.getByText('Status differs')).toBeVisible();
		await expect(back.getByRole('link', { name: 'KeyDisabled' })).toHaveAttribute(
			'href',
			'/en/oss/KeyDisabled/',
		);
	});

	test('the same code at S3 links to its comparison row (zh)', async ({ page }) => {
		await page.goto('/zh/oss/NoSuchKey/');
		const section = page.getByRole('region', { name: '其他服务商' });
		await expect(section.getByText('Amazon S3（参考）')).toBeVisible();
		await section.getByRole('link', { name: 'NoSuchKey' }).last().click();
		await expect(page).toHaveURL('/zh/compare/#code-NoSuchKey');
		await expect(page.locator('#code-NoSuchKey')).toBeInViewport();
	});
});

test.describe('statuses across providers', () => {
	for (const lang of langs) {
		test(`every status page lists every provider's codes (${lang})`, async ({ page }) => {
			await page.goto(`/${lang}/status/`);
			const links = page.locator('main table th a');
			await expect(links).toHaveCount(comparison.statuses.length);
			// A documented provider's count links its quick reference for that status.
			for (const status of comparison.statuses) {
				const row = page
					.locator('main table tbody tr')
					.filter({ has: page.locator(`th a[href="/${lang}/status/${status}/"]`) });
				for (const [index, provider] of comparedIds.entries()) {
					const count = comparison.rows.filter((r) => r.statuses[provider] === status).length;
					const cell = row.locator('td[data-chip]').nth(index);
					await expect(cell, `${status} ${provider}`).toHaveText(String(count));
					const link = cell.locator('a');
					if (count > 0 && (providerIds as readonly string[]).includes(provider)) {
						await expect(link).toHaveAttribute('href', `/${lang}/${provider}/${status}/`);
					} else {
						await expect(link).toHaveCount(0);
					}
				}
			}
			for (const status of comparison.statuses) {
				await page.goto(`/${lang}/status/${status}/`);
				for (const provider of ['oss', 'obs', 's3'] as const) {
					const expected = comparison.rows
						.filter((row) => row.statuses[provider] === status)
						.map((row) => row.code)
						.sort();
					const section = page.locator(`section[aria-labelledby="provider-${provider}"]`);
					const names = (await section.locator('li a').allTextContents()).sort();
					expect(names, `${lang} ${status} ${provider}`).toEqual(expected);
				}
			}
		});
	}
});
