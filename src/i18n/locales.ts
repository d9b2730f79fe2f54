/**
 * The site's languages: the one list that routing, the language switch, hreflang,
 * the sitemap and the dictionaries all read.
 */
export const locales = {
	en: {
		/** Value of `<html lang>` and of hreflang. Pagefind builds one index per value. */
		htmlLang: 'en',
		/** Name of the language in itself, for the language switch. */
		label: 'English',
		/** Open Graph `og:locale`. */
		ogLocale: 'en_US',
	},
	zh: {
		htmlLang: 'zh-CN',
		label: '简体中文',
		ogLocale: 'zh_CN',
	},
} as const satisfies Record<string, { htmlLang: string; label: string; ogLocale: string }>;

export type Lang = keyof typeof locales;

/** Every language, the default (English) first. */
export const langs = Object.keys(locales) as Lang[];

export const defaultLang: Lang = 'en';

export function isLang(value: string): value is Lang {
	return Object.hasOwn(locales, value);
}

/** The page's language pair: the same text in English and Simplified Chinese. */
export type Localized<T = string> = Record<Lang, T>;
