import type { Lang } from './locales';
import { dictionarySchema, type Dictionary, type PluralKey, type UIKey } from './schema';
import en from './dictionaries/en.json';
import zh from './dictionaries/zh-CN.json';

/** Parses one dictionary strictly; the error names the file and every bad key. */
export function parseDictionary(raw: unknown, file: string): Dictionary {
	const result = dictionarySchema.safeParse(raw);
	if (!result.success) {
		const lines = result.error.issues.map((issue) => {
			const keys = 'keys' in issue && Array.isArray(issue.keys) ? issue.keys.join(', ') : '';
			const where = issue.path.length > 0 ? issue.path.join('.') : keys;
			return `  ${file} › ${where}: ${issue.message}`;
		});
		throw new Error(`UI dictionary ${file} is invalid:\n${lines.join('\n')}`);
	}
	return result.data;
}

/** Parsed at import: a missing translation fails the build before any page renders. */
export const dictionaries: Record<Lang, Dictionary> = {
	en: parseDictionary(en, 'src/i18n/dictionaries/en.json'),
	zh: parseDictionary(zh, 'src/i18n/dictionaries/zh-CN.json'),
};

export type Vars = Record<string, string | number>;

/** Fills `{name}` placeholders; a placeholder without a value is a bug, not an empty string. */
export function interpolate(template: string, vars: Vars = {}): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = vars[name];
		if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
		return String(value);
	});
}

/** The UI strings of one language: `t(key, vars)` and, for counts, `tn(key, count)`. */
export function useTranslations(lang: Lang) {
	const dictionary = dictionaries[lang];
	const plurals = new Intl.PluralRules(lang === 'zh' ? 'zh-CN' : 'en');
	const t = (key: UIKey, vars?: Vars) => interpolate(dictionary[key], vars);
	const tn = (key: PluralKey, count: number, vars?: Vars) => {
		const form = plurals.select(count) === 'one' ? 'one' : 'other';
		return t(`${key}_${form}` as UIKey, { count, ...vars });
	};
	return { t, tn };
}
