import { langs, type Lang } from '../i18n/locales';
import type { ProviderId } from '../data/providers';

/**
 * The URL contract. Support tickets link these paths: they never change.
 *
 *   /{lang}/                      home
 *   /{lang}/{provider}/           provider overview
 *   /{lang}/{provider}/{status}/  quick reference for one HTTP status
 *   /{lang}/{provider}/{Code}/    one page per code, spelled as the service returns it
 *   /{lang}/{provider}/{Code}/#{message-id}   one message of a code
 *   /{lang}/glossary/             terms in both languages
 *   /{lang}/search/?q=…&provider=…&status=…   search, its state in the URL
 *   /{lang}/guide/{slug}/         a guide (error responses, unsupported headers)
 *   /{lang}/compare/?diff=1&only=…&class=…&q=…&sort=…   OSS × OBS × S3, filters in the URL
 *   /{lang}/compare/#code-{Code}  one code's row; #group-{id} one group of equivalents
 *   /{lang}/status/               every HTTP status, across providers
 *   /{lang}/status/{status}/      one status: every provider's codes for it
 *   /{lang}/decode/               paste an error, get its page (runs in the browser)
 *   /{provider}/{Code}/           language-neutral short link: sends the reader to their language
 *   /codes.json                   every code and message id: the decoder's and the 404 page's data
 *
 * Every page of the site is one of these routes; every link is made here.
 */
export type Route =
	| { kind: 'home' }
	| { kind: 'provider'; provider: ProviderId }
	| { kind: 'status'; provider: ProviderId; status: number }
	| { kind: 'code'; provider: ProviderId; code: string }
	| { kind: 'glossary' }
	| { kind: 'search' }
	| { kind: 'guide'; slug: string }
	| { kind: 'compare' }
	| { kind: 'decode' }
	| { kind: 'statuses' }
	| { kind: 'statusAcross'; status: number };

/** The path of a route in a language, with an optional `#anchor`. */
export function href(lang: Lang, route: Route, anchor?: string): string {
	const path = `/${segments(route)
		.map((segment) => encodeURIComponent(segment))
		.join('/')}`;
	return `/${lang}${path === '/' ? '' : path}/${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}

function segments(route: Route): string[] {
	switch (route.kind) {
		case 'home':
			return [];
		case 'provider':
			return [route.provider];
		case 'status':
			return [route.provider, String(route.status)];
		case 'code':
			return [route.provider, route.code];
		case 'glossary':
			return ['glossary'];
		case 'search':
			return ['search'];
		case 'guide':
			return ['guide', route.slug];
		case 'compare':
			return ['compare'];
		case 'decode':
			return ['decode'];
		case 'statuses':
			return ['status'];
		case 'statusAcross':
			return ['status', String(route.status)];
	}
}

/** The same route in every language: the language switch, hreflang and the sitemap use it. */
export function alternates(route: Route): { lang: Lang; href: string }[] {
	return langs.map((lang) => ({ lang, href: href(lang, route) }));
}

/** The language-neutral short link of a code: `/oss/NoSuchKey/` (see `shortLinkPaths`). */
export function shortLink(provider: ProviderId, code: string, anchor?: string): string {
	return `/${provider}/${encodeURIComponent(code)}/${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}
