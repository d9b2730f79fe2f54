import { expect, test } from './fixtures';

const site = 'https://storage-error-atlas.pages.dev';

test('a code page names its language twins, canonical and Open Graph', async ({ page }) => {
	await page.goto('/zh/obs/KMS.DisabledException/');
	const head = page.locator('head');
	await expect(head.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		`${site}/zh/obs/KMS.DisabledException/`,
	);
	await expect(head.locator('link[hreflang="en"]')).toHaveAttribute(
		'href',
		`${site}/en/obs/KMS.DisabledException/`,
	);
	await expect(head.locator('link[hreflang="zh-CN"]')).toHaveAttribute(
		'href',
		`${site}/zh/obs/KMS.DisabledException/`,
	);
	await expect(head.locator('link[hreflang="x-default"]')).toHaveAttribute(
		'href',
		`${site}/en/obs/KMS.DisabledException/`,
	);
	await expect(head.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'zh_CN');
	await expect(head.locator('meta[property="og:title"]')).toHaveAttribute(
		'content',
		/KMS\.DisabledException/,
	);
	await expect(head.locator('meta[name="description"]')).toHaveAttribute(
		'content',
		/\p{Script=Han}/u,
	);
	await expect(page).toHaveTitle(/^KMS\.DisabledException：OBS 错误 400 · /);
});

test('the sitemap lists every page in both languages with alternates', async ({ request }) => {
	const xml = await (await request.get('/sitemap.xml')).text();
	const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
	expect(locs).toContain(`${site}/en/oss/NoSuchKey/`);
	expect(locs).toContain(`${site}/zh/oss/NoSuchKey/`);
	expect(locs).toContain(`${site}/zh/obs/409/`);
	expect(locs.filter((loc) => loc?.includes('/en/')).length).toBe(
		locs.filter((loc) => loc?.includes('/zh/')).length,
	);
	expect(xml).toContain(`hreflang="x-default" href="${site}/en/oss/NoSuchKey/"`);
});
