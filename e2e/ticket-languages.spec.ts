import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { langs } from '../src/i18n/locales';

/**
 * "Copy for ticket" in the other language, from either page: the customer may read the other
 * one. What the button copies must be exactly what the other language's page copies itself.
 */
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const labels = { en: 'Copy for ticket', zh: '复制到工单' } as const;
const otherLabels = { en: 'Copy for ticket in Chinese', zh: '复制英文版到工单' } as const;
type Labelled = keyof typeof labels;
const path = (lang: string) => `/${lang}/oss/BucketAlreadyExists/`;
const id = 'cannot-modify-location';

async function copied(page: Page, lang: string, name: string): Promise<string> {
	await page.goto(path(lang));
	const section = page.locator(`section[data-message="${id}"]`);
	await section.getByRole('button', { name, exact: true }).click();
	await expect(section.getByRole('status')).not.toBeEmpty();
	return page.evaluate(() => navigator.clipboard.readText());
}

for (const lang of langs) {
	const other = langs.find((l) => l !== lang);
	if (!other) throw new Error('two languages needed');
	test(`from the ${lang} page, the ${other} ticket is the one the ${other} page gives`, async ({
		page,
	}) => {
		const fromHere = await copied(page, lang, otherLabels[lang as Labelled]);
		const fromThere = await copied(page, other, labels[other as Labelled]);
		expect(fromHere).toBe(fromThere);
		expect(fromHere).toContain(`/${other}/oss/BucketAlreadyExists/#${id}`);
	});
}

test('copying works where the clipboard API is refused (the copy event)', async ({ page }) => {
	await page.addInitScript(() => {
		navigator.clipboard.writeText = () => Promise.reject(new Error('refused'));
	});
	await page.goto(path('en'));
	// Whatever an earlier test left on the clipboard must not pass for this copy.
	await page.evaluate(() =>
		navigator.clipboard.write([
			new ClipboardItem({ 'text/plain': new Blob(['before'], { type: 'text/plain' }) }),
		]),
	);
	const section = page.locator(`section[data-message="${id}"]`);
	await section.getByRole('button', { name: otherLabels.en, exact: true }).click();
	await expect(section.getByRole('status')).toHaveText('Copied for your ticket');
	const text = await page.evaluate(() => navigator.clipboard.readText());
	expect(text).toContain('原因：');
	expect(text).toContain(`/zh/oss/BucketAlreadyExists/#${id}`);
});
