import { expect, test } from './fixtures';
import { langs } from '../src/i18n/locales';

test('the glossary gives each term in both languages, linked from the header', async ({ page }) => {
	await page.goto('/zh/oss/');
	await page
		.getByRole('navigation', { name: '主导航' })
		.getByRole('link', { name: '术语表' })
		.click();
	await expect(page).toHaveURL('/zh/glossary/');
	const bucket = page.locator('tr#bucket');
	await expect(bucket.getByRole('rowheader')).toHaveText('bucket');
	// Alibaba Cloud and Huawei Cloud write it differently in Chinese: both are given.
	await expect(bucket).toContainText('Bucket');
	await expect(bucket).toContainText('桶');
	await page.getByRole('link', { name: 'Read in English' }).click();
	await expect(page).toHaveURL('/en/glossary/');
	await expect(page.locator('tr#bucket td').last()).not.toHaveText(/\p{Script=Han}/u);
});

for (const lang of langs) {
	test(`the ${lang} error-response guide shows a highlighted XML sample and each element`, async ({
		page,
	}) => {
		await page.goto(`/${lang}/`);
		await page.locator(`a[href="/${lang}/guide/error-response/"]`).first().click();
		await expect(page).toHaveURL(`/${lang}/guide/error-response/`);
		const sample = page.locator('pre.language-xml').first();
		await expect(sample).toContainText('<Code>AccessDenied</Code>');
		// Highlighted: tags are drawn in a colour of their own, not the sample's text colour.
		const tag = sample.locator('.token.tag').first();
		const colourOf = (locator: typeof sample) =>
			locator.evaluate((element) => getComputedStyle(element).color);
		expect(await sample.locator('.token.tag').count()).toBeGreaterThan(5);
		expect(await colourOf(tag)).not.toBe(await colourOf(sample));
		// Focusable, so a keyboard can scroll a long line.
		await expect(sample).toHaveAttribute('tabindex', '0');
		const headings = await page.getByRole('heading', { level: 3 }).allTextContents();
		for (const element of ['Code', 'Message', 'RequestId', 'HostId']) {
			expect(
				headings.some((heading) => heading.startsWith(element)),
				element,
			).toBe(true);
		}
	});

	test(`the ${lang} unsupported-headers guide links to NotImplemented`, async ({ page }) => {
		await page.goto(`/${lang}/guide/unsupported-headers/`);
		await expect(
			page.locator('pre').filter({ hasText: 'If-Modified-Since' }).first(),
		).toBeVisible();
		await page
			.locator(`a[href="/${lang}/oss/NotImplemented/#header-not-implemented"]`)
			.first()
			.click();
		await expect(page.locator('#header-not-implemented')).toBeInViewport();
	});
}

test('a provider overview introduces the provider and counts its codes by status', async ({
	page,
}) => {
	await page.goto('/en/obs/');
	await expect(page.getByText('compatible with Amazon S3').first()).toBeVisible();
	await expect(page.getByRole('link', { name: /^409 Conflict/ }).first()).toBeVisible();
});
