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
	| { kind: 'guide'; slug: string };

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
	}
}

/** The same route in every language: the language switch, hreflang and the sitemap use it. */
export function alternates(route: Route): { lang: Lang; href: string }[] {
	return langs.map((lang) => ({ lang, href: href(lang, route) }));
}
