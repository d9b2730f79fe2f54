import { describe, expect, it } from 'vitest';
import { pasteFragment, pastedText } from '../../src/decoder/paste-fragment';

describe('text handed to the decoder in the URL fragment', () => {
	it('survives the trip: lines, markup, reserved characters, Chinese', () => {
		const text = `HTTP/1.1 404 Not Found\n<Error><Code>NoSuchKey</Code></Error>\n#?&=%+ 错误`;
		const fragment = pasteFragment(text);
		expect(fragment).toMatch(/^#paste=/);
		// One fragment, nothing a URL would cut or mangle.
		expect(fragment.slice(1)).not.toMatch(/[\n<> #]/);
		expect(pastedText(fragment)).toBe(text);
		expect(pastedText(fragment.slice(1))).toBe(text);
	});

	it('is not read from other fragments, nor from broken escapes', () => {
		expect(pastedText('')).toBeUndefined();
		expect(pastedText('#key-not-exist')).toBeUndefined();
		expect(pastedText('#paste=%E0%A4%A')).toBeUndefined();
	});
});
