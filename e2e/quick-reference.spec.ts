import { expect, test } from './fixtures';
import { readInventory } from './inventory';

const inventory = readInventory();
const conflicts = inventory.filter((code) => code.provider === 'oss' && code.status === 409);

for (const lang of ['en', 'zh'] as const) {
	test(`the ${lang} OSS 409 table has a row for every 409 message, each linking to its anchor`, async ({
		page,
	}) => {
		expect(conflicts.length).toBeGreaterThan(0);
		await page.goto(`/${lang}/oss/409/`);
		const rows = page.locator('tbody tr');
		const expected = conflicts.flatMap((code) =>
			code.messages.map((message) => `${code.code}#${message.id}`),
		);
		await expect(rows).toHaveCount(expected.length);
		const listed = await rows.evaluateAll((trs) =>
			trs.map((tr) => tr.getAttribute('data-message-row')),
		);
		expect([...listed].sort()).toEqual([...expected].sort());

		for (const code of conflicts) {
			for (const message of code.messages) {
				const row = page.locator(`tr[data-message-row="${code.code}#${message.id}"]`);
				await expect(row.getByRole('cell').nth(1)).toHaveText(message.text);
				await expect(row.getByRole('link', { name: message.text })).toHaveAttribute(
					'href',
					`/${lang}/oss/${code.code}/#${message.id}`,
				);
			}
		}
	});
}

test('every anchor of the 409 table exists on its code page', async ({ page }) => {
	for (const code of conflicts) {
		await page.goto(`/zh/oss/${code.code}/`);
		for (const message of code.messages) {
			await expect(page.locator(`[id="${message.id}"]`)).toContainText(message.text);
		}
	}
});

test.describe('every status of both providers', () => {
	const statuses = [...new Set(inventory.map((code) => `${code.provider}/${code.status}`))];
	for (const lang of ['en', 'zh'] as const) {
		test(`has a ${lang} quick reference listing each of its messages`, async ({ page }) => {
			for (const key of statuses) {
				const [provider, status] = key.split('/');
				const codes = inventory.filter(
					(code) => code.provider === provider && String(code.status) === status,
				);
				await page.goto(`/${lang}/${key}/`);
				const listed = await page
					.locator('tbody tr')
					.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-message-row')));
				const expected = codes.flatMap((code) =>
					code.messages.map((message) => `${code.code}#${message.id}`),
				);
				expect([...listed].sort(), `/${lang}/${key}/`).toEqual([...expected].sort());
			}
		});
	}
});
