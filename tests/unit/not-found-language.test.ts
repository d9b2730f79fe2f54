import { describe, expect, it } from 'vitest';
import { notFoundLang, twinPath } from '../../src/not-found/page-language';

describe('the language of a 404 page', () => {
	it('is the one the path names, whatever the browser asks for', () => {
		expect(notFoundLang('/zh/oss/NoSchKy/', ['en-US'])).toBe('zh');
		expect(notFoundLang('/en/whatever', ['zh-CN'])).toBe('en');
		expect(notFoundLang('/zh-CN/oss/', ['en'])).toBe('zh');
		expect(notFoundLang('/EN/', ['zh'])).toBe('en');
	});

	it("is the browser's when the path names none", () => {
		expect(notFoundLang('/oss/NoSchKy/', ['zh-TW', 'en'])).toBe('zh');
		expect(notFoundLang('/nothing-here/', ['de-DE'])).toBe('en');
		expect(notFoundLang('/', [])).toBe('en');
		expect(notFoundLang('/%E0%A4%A/', ['zh'])).toBe('zh');
	});
});

describe('the same missing path in another language', () => {
	it('swaps the language segment only', () => {
		expect(twinPath('/en/oss/NoSchKy/', 'en', 'zh')).toBe('/zh/oss/NoSchKy/');
		expect(twinPath('/zh/a/b', 'zh', 'en')).toBe('/en/a/b');
	});

	it('is none when the path is not in that language', () => {
		expect(twinPath('/oss/NoSchKy/', 'en', 'zh')).toBeUndefined();
		expect(twinPath('/zh/oss/', 'en', 'zh')).toBeUndefined();
	});
});
