/**
 * The site's languages: the one list that routing, the language switch, hreflang, the sitemap,
 * plural rules, browser-language matching and the dictionaries all read. Adding a language is a
 * record here, its dictionary (`dictionaries/{htmlLang}.json`) and its content folders.
 */
export const locales = {
	en: {
		/** Value of `<html lang>` and of hreflang; the dictionary's file name. Pagefind builds one index per value. */
		htmlLang: 'en',
		/** Name of the language in itself, for the language switch and the language chooser. */
		label: 'English',
		/** Its name in English, for the build's messages to contributors. */
		name: 'English',
		/** Open Graph `og:locale`. */
		ogLocale: 'en_US',
		/** The locale of `Intl` formatting (lists, plurals): British lists, "OSS, OBS and S3", as the pages write. */
		intlLocale: 'en-GB',
		/** Primary subtags of the browser languages (`navigator.languages`) this language serves. */
		browserLanguages: ['en'],
	},
	zh: {
		htmlLang: 'zh-CN',
		label: '简体中文',
		name: 'Chinese',
		ogLocale: 'zh_CN',
		intlLocale: 'zh-CN',
		browserLanguages: ['zh'],
	},
} as const satisfies Record<
	string,
	{
		htmlLang: string;
		label: string;
		name: string;
		ogLocale: string;
		intlLocale: string;
		browserLanguages: readonly string[];
	}
>;

export type Lang = keyof typeof locales;

/** Every language, the default (English) first. */
export const langs = Object.keys(locales) as Lang[];

/** The language of the `x-default` alternate and of readers whose browser asks for none of ours. */
export const defaultLang: Lang = 'en';

export function isLang(value: string): value is Lang {
	return Object.hasOwn(locales, value);
}

/** Our language for a BCP 47 tag (`zh-TW`, `en-GB`), by its primary subtag; undefined if none serves it. */
export function langOfTag(tag: string): Lang | undefined {
	const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
	return langs.find((lang) =>
		(locales[lang].browserLanguages as readonly string[]).includes(primary),
	);
}

/**
 * The language a path's first segment names: our own segment in any case (`/ZH/…`), or a
 * language tag a reader might type (`/zh-cn/…`). Undefined when it names none.
 */
export function langOfPathSegment(segment: string): Lang | undefined {
	const lower = segment.toLowerCase();
	if (isLang(lower)) return lower;
	return /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})+$/.test(lower) ? langOfTag(lower) : undefined;
}

/** The same text in every language of the site. */
export type Localized<T = string> = Record<Lang, T>;

/** One value per language of the site, made by `make`. */
export function byLang<T>(make: (lang: Lang) => T): Localized<T> {
	return Object.fromEntries(langs.map((lang) => [lang, make(lang)])) as Localized<T>;
}
