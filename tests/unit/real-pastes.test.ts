import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { providerIds } from '../../src/data/providers';

/**
 * The collection of error output as real tools print it (`tests/fixtures/real-pastes.json`), kept
 * sound: every paste has its provenance, and what a reader should land on exists on the site. The
 * decoder's suite over it belongs to the issue on real pastes; this keeps the data honest until then.
 */
interface Paste {
	id: string;
	tool: string;
	kind: 'posted' | 'format';
	provenance: string;
	paste: string;
	expect: {
		/** false: a real code the site has no page for (kept: readers paste it too). */
		documented?: boolean;
		provider: string;
		code: string | null;
		messageId: string | null;
		messagePage?: string;
		documentedFor?: string[];
	};
}

const { pastes } = JSON.parse(
	readFileSync(new URL('../fixtures/real-pastes.json', import.meta.url), 'utf8'),
) as { pastes: Paste[] };
const page = (provider: string, code: string) =>
	new URL(`../../content/errors/en/${provider}/${code}.mdx`, import.meta.url);

describe('the collection of real pastes', () => {
	it('holds at least 60 pastes, each once, each with where it comes from', () => {
		expect(pastes.length).toBeGreaterThanOrEqual(60);
		expect(new Set(pastes.map((p) => p.id)).size).toBe(pastes.length);
		for (const paste of pastes) {
			expect(paste.provenance.trim(), paste.id).not.toBe('');
			expect(paste.paste.trim(), paste.id).not.toBe('');
			expect(['posted', 'format'], paste.id).toContain(paste.kind);
			expect([...providerIds, 'unknown'], paste.id).toContain(paste.expect.provider);
		}
	});

	it('names codes and messages that the site documents', () => {
		for (const paste of pastes) {
			const { provider, code, messageId, messagePage, documentedFor } = paste.expect;
			if (!code || paste.expect.documented === false) continue;
			const providers = provider === 'unknown' ? (documentedFor ?? []) : [provider];
			expect(providers.length, paste.id).toBeGreaterThan(0);
			for (const p of providers)
				expect(existsSync(page(p, code)), `${paste.id}: ${p}/${code}`).toBe(true);
			if (messageId) {
				const [p = providers[0] ?? '', c = code] = (messagePage ?? '').split('/').filter(Boolean);
				const frontmatter = readFileSync(page(p, c), 'utf8').split(/^---$/m)[1] ?? '';
				const ids = (parse(frontmatter) as { messages: { id: string }[] }).messages.map(
					(m) => m.id,
				);
				expect(ids, `${paste.id}: #${messageId}`).toContain(messageId);
			}
		}
	});
});
