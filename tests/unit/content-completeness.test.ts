import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readInventory } from '../inventory';
import { langs } from '../../src/i18n/locales';

/** Frontmatter of every content file, keyed `lang/provider/Code`. */
function readContent(): Map<
	string,
	{ status: number; messages: { id: string; text: string; variants?: string[] }[] }
> {
	const root = new URL('../../content/errors/', import.meta.url);
	const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
		f.endsWith('.mdx'),
	);
	return new Map(
		files.map((file) => {
			const frontmatter = readFileSync(new URL(file, root), 'utf8').split(/^---$/m)[1] ?? '';
			return [file.replace(/\.mdx$/, '').replaceAll('\\', '/'), parse(frontmatter)];
		}),
	);
}

const content = readContent();
const inventory = readInventory();

describe('content completeness: every documented code and message is on the site', () => {
	it('covers both providers', () => {
		expect(inventory.filter((c) => c.provider === 'oss').length).toBeGreaterThan(0);
		expect(inventory.filter((c) => c.provider === 'obs').length).toBeGreaterThan(0);
	});

	for (const lang of langs) {
		it.each(inventory.map((c) => [`${c.provider}/${c.code}`, c] as const))(
			`${lang}: %s`,
			(_, code) => {
				const page = content.get(`${lang}/${code.provider}/${code.code}`);
				expect(
					page,
					`content/errors/${lang}/${code.provider}/${code.code}.mdx is missing`,
				).toBeDefined();
				expect(page?.status).toBe(code.status);
				for (const message of code.messages) {
					const found = page?.messages.find((m) => m.id === message.id);
					expect(found, `message #${message.id}`).toBeDefined();
					expect(found?.text).toBe(message.text);
					expect(found?.variants ?? []).toEqual(message.variants ?? []);
				}
			},
		);
	}
});
