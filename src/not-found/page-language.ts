import { langOfPathSegment, type Lang } from '../i18n/locales';
import { preferredLang } from '../i18n/preferred';

/**
 * Which language a 404 page speaks: the one the missing path names (`/zh/oss/…` → Chinese),
 * else the reader's browser language (`/oss/NoSuchKy/`, `/whatever`), as the short links do.
 */
export function notFoundLang(pathname: string, browserLanguages: readonly string[]): Lang {
	const first = pathname.split('/').find(Boolean) ?? '';
	let segment = first;
	try {
		segment = decodeURIComponent(first);
	} catch {
		// A malformed escape is just not a language.
	}
	return langOfPathSegment(segment) ?? preferredLang(browserLanguages);
}

/**
 * The same missing path in another language (`/en/oss/NoSchKy/` → `/zh/oss/NoSchKy/`), for the
 * 404 page's language switch: the other language's 404 page forgives the same typos. Undefined
 * when the path is not in the `from` language.
 */
export function twinPath(pathname: string, from: Lang, to: Lang): string | undefined {
	const [, first = '', ...rest] = pathname.split('/');
	if (langOfPathSegment(first) !== from) return undefined;
	return `/${[to, ...rest].join('/')}`;
}
