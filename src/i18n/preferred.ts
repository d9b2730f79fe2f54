import { defaultLang, type Lang } from './locales';

/**
 * The site language for a browser's language list (`navigator.languages`): the reader's first
 * choice decides — Chinese of any region or script → `zh`, anything else → the default. Only the
 * first entry counts, so an English reader who also lists Chinese stays in English.
 */
export function preferredLang(browserLanguages: readonly string[]): Lang {
	const first = browserLanguages[0] ?? '';
	return /^zh(?:-|$)/i.test(first) ? 'zh' : defaultLang;
}
