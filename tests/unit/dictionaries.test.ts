import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/dictionaries/en.json';
import zh from '../../src/i18n/dictionaries/zh-CN.json';
import { dictionaries, interpolate, parseDictionary, useTranslations } from '../../src/i18n/ui';

const placeholders = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const hasHan = (value: string) => /\p{Script=Han}/u.test(value);

describe('UI dictionaries', () => {
	it('name the file and the missing key', () => {
		const { ['site.name']: _, ...missing } = en;
		expect(() => parseDictionary(missing, 'zh-CN.json')).toThrow(/zh-CN\.json › site\.name/);
	});

	it('reject an unknown key', () => {
		expect(() => parseDictionary({ ...en, 'site.nmae': 'x' }, 'zh-CN.json')).toThrow(
			/zh-CN\.json › site\.nmae/,
		);
	});

	it('reject an empty string', () => {
		expect(() => parseDictionary({ ...en, 'site.name': ' ' }, 'en.json')).toThrow(
			/en\.json › site\.name/,
		);
	});

	it('use the same placeholders in both languages', () => {
		for (const [key, value] of Object.entries(dictionaries.en)) {
			expect(placeholders(dictionaries.zh[key as keyof typeof en]), key).toEqual(
				placeholders(value),
			);
		}
	});

	it('have no English string on the Chinese side by accident', () => {
		// The one Chinese-page string that is English on purpose: the link to the English page.
		const englishOnPurpose = new Set(['lang.switchTo']);
		for (const [key, value] of Object.entries(zh)) {
			if (englishOnPurpose.has(key)) continue;
			expect(hasHan(value), `${key}: "${value}"`).toBe(true);
		}
		expect(hasHan(zh['lang.switchTo'])).toBe(false);
	});

	it('choose plural forms by language', () => {
		expect(useTranslations('en').tn('count.codes', 1)).toBe('1 code');
		expect(useTranslations('en').tn('count.codes', 3)).toBe('3 codes');
		expect(useTranslations('zh').tn('count.codes', 3)).toBe('3 个错误码');
	});

	it('refuse to render a placeholder without a value', () => {
		expect(interpolate('{provider} codes', { provider: 'OSS' })).toBe('OSS codes');
		expect(() => interpolate('{provider} codes', {})).toThrow(/\{provider\}/);
	});
});
