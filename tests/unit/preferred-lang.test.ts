import { describe, expect, it } from 'vitest';
import { preferredLang } from '../../src/i18n/preferred';

describe('preferredLang', () => {
	it('sends Chinese of any region or script to zh', () => {
		for (const tag of ['zh', 'zh-CN', 'zh-TW', 'zh-Hant-HK', 'ZH-cn']) {
			expect(preferredLang([tag]), tag).toBe('zh');
		}
	});

	it('sends every other language to en', () => {
		for (const tag of ['en-US', 'de-DE', 'ja', 'zu', 'zha']) {
			expect(preferredLang([tag]), tag).toBe('en');
		}
	});

	it('follows the first choice only', () => {
		expect(preferredLang(['en-GB', 'zh-CN'])).toBe('en');
		expect(preferredLang(['zh-CN', 'en'])).toBe('zh');
	});

	it('falls back to en when the browser names no language', () => {
		expect(preferredLang([])).toBe('en');
		expect(preferredLang([''])).toBe('en');
	});
});
