import { describe, expect, it } from 'vitest';
import { langs } from '../../src/i18n/locales';
import { readInventory } from '../inventory';
import { attributeValues, builtPages } from './site';

/**
 * Every status quick reference of every provider, in every language, lists exactly the messages
 * the providers document for that status (the inventory), one row each. Read from the built
 * pages: a whole-site loop does not belong in a browser tab.
 */
const inventory = readInventory();
const pages = new Map(builtPages().map((page) => [page.path, page.html]));

describe('quick references', () => {
	const statuses = [...new Set(inventory.map((code) => `${code.provider}/${code.status}`))];

	it('the inventory has statuses to check', () => {
		expect(statuses.length).toBeGreaterThan(10);
	});

	for (const lang of langs) {
		it.each(statuses)(`/${lang}/%s/ lists each of its messages once`, (key) => {
			const html = pages.get(`/${lang}/${key}/`);
			expect(html, `/${lang}/${key}/ is not built`).toBeDefined();
			const listed = attributeValues(html ?? '', 'tr', 'data-message-row');
			const expected = inventory
				.filter((code) => `${code.provider}/${code.status}` === key)
				.flatMap((code) => code.messages.map((message) => `${code.code}#${message.id}`));
			expect([...listed].sort()).toEqual([...expected].sort());
		});
	}
});
