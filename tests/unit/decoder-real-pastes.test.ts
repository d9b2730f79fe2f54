import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decoder/decode';
import { realCodeIndex } from '../code-index';

/**
 * The decoder on error output as real tools print it (`tests/fixtures/real-pastes.json`: SDKs,
 * CLIs, S3 clients pointed at OSS or OBS, application logs — each with where it was found). What
 * each paste must give is what a reader needs from it: the provider when the paste shows it, the
 * code and the message to open, the status, and every error in a log that holds several.
 */
interface Expected {
	provider: string;
	code: string | null;
	status: number | null;
	messageId: string | null;
	messagePage?: string;
	documentedFor?: string[];
	documented?: boolean;
	ec?: string;
	errors: { code: string | null; status: number | null; ended: boolean }[] | null;
}
interface Paste {
	id: string;
	paste: string;
	expect: Expected;
}

const { pastes } = JSON.parse(
	readFileSync(new URL('../fixtures/real-pastes.json', import.meta.url), 'utf8'),
) as { pastes: Paste[] };
const index = realCodeIndex();

describe('the decoder on real pastes', () => {
	it.each(pastes.map((p) => [p.id, p] as const))('%s', (_id, { paste, expect: want }) => {
		const decoded = decode(paste, index);
		const [first] = decoded.candidates;
		// The provider: named when the paste shows it, left open when it cannot tell.
		expect(decoded.provider ?? 'unknown').toBe(want.provider);
		// The provider's status: the documented one when a code is found (an application may print
		// its own), else as the paste shows it.
		if (want.status !== null) expect(first?.status ?? decoded.parsed.status).toBe(want.status);
		if (want.ec) {
			expect(decoded.ec?.value).toBe(want.ec);
			expect(decoded.ec?.diagnosis).toContain(want.ec);
		}
		if (want.code === null) {
			expect(decoded.candidates).toEqual([]);
			return;
		}
		if (want.documented === false) {
			expect(decoded.parsed.code).toBe(want.code);
			expect(decoded.problem).toBe('unknown-code');
			return;
		}
		expect(first?.code).toBe(want.code);
		if (want.provider === 'unknown') {
			// Every provider that documents the code is offered.
			expect(decoded.candidates.map((c) => c.provider).sort()).toEqual(
				[...(want.documentedFor ?? [])].sort(),
			);
		} else {
			expect(first?.provider).toBe(want.provider);
		}
		if (want.messageId !== null) {
			const [page] = (want.messagePage ?? '').split('/');
			const candidate = decoded.candidates.find((c) => !page || c.provider === page);
			expect(candidate?.message?.id).toBe(want.messageId);
			expect(candidate?.messageBy).toBe('pasted');
		} else if (want.provider !== 'unknown') {
			// The paste carries none of the documented wordings of the code at its provider: no page
			// is opened at a message as if it did. (Without the provider, messageId names none: one
			// provider's wording may be in the paste, not the other's.) A code's only message, when
			// the paste has no message at all, may be linked, saying so.
			const [candidate] = decoded.candidates;
			if (candidate?.message) expect(candidate.messageBy).toBe('only');
		}

		// Several errors: each one the decoder can name (by its code), in order, the last one
		// marked as the one that ended the operation. Retries that printed only a status are
		// listed in the fixture for the record; one named error is no list.
		const named = (want.errors ?? []).filter((e) => e.code !== null);
		if (named.length > 1) {
			expect(decoded.errors.map((e) => e.code)).toEqual(named.map((e) => e.code));
			expect(decoded.errors.at(-1)?.ended).toBe(true);
			expect(decoded.errors.slice(0, -1).some((e) => e.ended)).toBe(false);
		} else {
			expect(decoded.errors).toEqual([]);
		}
	});
});
