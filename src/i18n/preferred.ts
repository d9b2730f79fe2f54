import { defaultLang, langOfTag, type Lang } from './locales';

/**
 * The site language for a browser's language list (`navigator.languages`): the reader's first
 * choice decides (any region or script of a language we have → that language), anything else →
 * the default. Only the first entry counts, so an English reader who also lists Chinese stays in
 * English.
 */
export function preferredLang(browserLanguages: readonly string[]): Lang {
	return langOfTag(browserLanguages[0] ?? '') ?? defaultLang;
}
