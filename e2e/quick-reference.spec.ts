import { expect, test } from './fixtures';
import { readInventory } from './inventory';
import { langs } from '../src/i18n/locales';

const inventory = readInventory();
const conflicts = inventory.filter((code) => code.provider === 'oss' && code.status === 409);

for (const lang of langs) {
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
