import { describe, expect, it } from 'vitest';
import en from '../../src/strings/dictionaries/en.json';
import { interpolate, joinSentences, spaceAfter } from '../../src/strings/interpolate';
import { uiKeys } from '../../src/strings/schema';
import { dictionaries, parseDictionary, useTranslations } from '../../src/strings/ui';

const placeholders = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const hasHan = (value: string) => /\p{Script=Han}/u.test(value);
/** A copy of the English dictionary to break one way per test. */
const copy = () => JSON.parse(JSON.stringify(en)) as Record<string, Record<string, string>>;

describe('UI dictionaries', () => {
	it('take their keys from the English dictionary, grouped, each group with a line for translators', () => {
		expect(uiKeys).toContain('site.name');
		expect(uiKeys).toContain('home.audience.developer');
		for (const group of Object.values(en)) expect(group.$about.length).toBeGreaterThan(10);
		const bare = copy();
		delete bare['site']!['$about'];
		expect(() => parseDictionary(bare, 'en.json', true)).toThrow(
			/en\.json › site\.\$about: every group needs a line for translators/,
		);
	});

	it('name the file and the missing key', () => {
		const missing = copy();
		delete missing['site']!['name'];
		expect(() => parseDictionary(missing, 'zh-CN.json')).toThrow(
			/zh-CN\.json › site\.name: missing/,
		);
	});

	it('reject an unknown key', () => {
		const extra = copy();
		extra['site']!['nmae'] = 'x';
		expect(() => parseDictionary(extra, 'zh-CN.json')).toThrow(
			/zh-CN\.json › site\.nmae: unknown key/,
		);
	});

	it('reject an empty string', () => {
		const empty = copy();
		empty['site']!['name'] = ' ';
		expect(() => parseDictionary(empty, 'en.json', true)).toThrow(/en\.json › site\.name/);
	});

	it('use the same placeholders in every language', () => {
		for (const key of uiKeys) {
			for (const dictionary of Object.values(dictionaries)) {
				expect(placeholders(dictionary[key]), key).toEqual(placeholders(dictionaries.en[key]));
			}
		}
	});

	it('have no English string on the Chinese side by accident', () => {
		// The one Chinese-page string that is English on purpose: the link to the English page.
		const englishOnPurpose = new Set(['lang.switchTo']);
		// As readers see them: the registry's provider names filled in, other values left as "x".
		const { t } = useTranslations('zh');
		const rendered = (key: (typeof uiKeys)[number]) =>
			t(
				key,
				Object.fromEntries(
					placeholders(dictionaries.zh[key])
						.map((name) => [name!, 'x'])
						.filter(([name]) => !/^(documented|compared|references|vendors)/.test(name!)),
				),
			);
		// A string of placeholders and punctuation only ("{provider}：{meaning}") has no words to translate.
		const hasWords = (key: (typeof uiKeys)[number]) =>
			/\p{L}/u.test(dictionaries.zh[key].replace(/\{\w+\}/g, ''));
		for (const key of uiKeys) {
			if (englishOnPurpose.has(key) || !hasWords(key)) continue;
			expect(hasHan(rendered(key)), `${key}: "${rendered(key)}"`).toBe(true);
		}
		expect(hasHan(dictionaries.zh['lang.switchTo'])).toBe(false);
	});

	it('choose plural forms by language', () => {
		expect(useTranslations('en').tn('count.codes', 1)).toBe('1 code');
		expect(useTranslations('en').tn('count.codes', 3)).toBe('3 codes');
		expect(useTranslations('zh').tn('count.codes', 3)).toBe('3 个错误码');
	});

	it('name the providers from the registry, in each language’s own way', () => {
		expect(useTranslations('en').t('site.tagline')).toBe(
			'Every code in the error references of Alibaba Cloud OSS and Huawei Cloud OBS, explained.',
		);
		expect(useTranslations('zh').t('site.tagline')).toBe(
			'阿里云 OSS 和华为云 OBS 错误码文档中的每个错误码，逐条讲清楚。',
		);
		expect(useTranslations('en').t('compare.title')).toBe(
			'OSS, OBS, Amazon S3 and Cloudflare R2 error codes compared',
		);
	});

	it('refuse to render a placeholder without a value, and space Chinese from Latin at the seams', () => {
		expect(interpolate('{provider} codes', { provider: 'OSS' })).toBe('OSS codes');
		expect(() => interpolate('{provider} codes', {})).toThrow(/\{provider\}/);
		expect(interpolate('调用{api}接口', { api: 'PutBucket' })).toBe('调用 PutBucket 接口');
		expect(interpolate('调用 {api}。', { api: 'PutBucket' })).toBe('调用 PutBucket。');
		expect(joinSentences(['One.', 'Two.'])).toBe('One. Two.');
		expect(joinSentences(['一。', 'S3 二。'])).toBe('一。S3 二。');
	});

	it('put a space after a label, none after full-width punctuation', () => {
		expect(spaceAfter(useTranslations('en').t('code.inShort'))).toBe(' ');
		expect(spaceAfter(useTranslations('zh').t('code.inShort'))).toBe('');
		expect(spaceAfter('原样重发仍会失败。')).toBe('');
		expect(spaceAfter('依据 OSS')).toBe(' ');
	});
});
