import { langs, type Lang } from '../i18n/locales';
import type { ProviderId } from '../data/providers';

/**
 * The URL contract (README.md § URLs: support tickets link these paths; they never change). Every
 * page of the site is one of these routes and every link to one is made here: `href` spells a
 * route in a language, `shortLink` the language-neutral link of a code.
 */
export type Route =
	| { kind: 'home' }
	| { kind: 'provider'; provider: ProviderId }
	| { kind: 'providerStatus'; provider: ProviderId; status: number }
	| { kind: 'code'; provider: ProviderId; code: string }
	| { kind: 'glossary' }
	| { kind: 'search' }
	| { kind: 'guide'; slug: string }
	| { kind: 'compare' }
	| { kind: 'decode' }
	| { kind: 'statusIndex' }
	| { kind: 'status'; status: number };

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
		case 'providerStatus':
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
		case 'statusIndex':
			return ['status'];
		case 'status':
			return ['status', String(route.status)];
	}
}

export type RouteKind = Route['kind'];

/** Every kind of page, once. Typed so that a kind added to `Route` must be added here too. */
export const routeKinds = Object.keys({
	home: true,
	provider: true,
	providerStatus: true,
	code: true,
	glossary: true,
	search: true,
	guide: true,
	compare: true,
	decode: true,
	statusIndex: true,
	status: true,
} satisfies Record<RouteKind, true>) as RouteKind[];

/**
 * The first path segments below the language that pages of the site own (`glossary`, `status`…):
 * a provider's id may not be one of them, or its pages would collide with these.
 */
export const reservedSegments: readonly string[] = [
	...new Set(
		(
			[
				{ kind: 'glossary' },
				{ kind: 'search' },
				{ kind: 'guide', slug: 'x' },
				{ kind: 'compare' },
				{ kind: 'decode' },
				{ kind: 'statusIndex' },
				{ kind: 'status', status: 0 },
			] satisfies Route[]
		).map((route) => segments(route)[0] ?? ''),
	),
];

/**
 * The page a page belongs to, for breadcrumbs: a code belongs to its provider's status page
 * (`statusOfCode` gives the code's status), a status to the status index, everything else to home.
 */
export function parentOf(
	route: Route,
	statusOfCode?: (provider: ProviderId, code: string) => number | undefined,
): Route | undefined {
	switch (route.kind) {
		case 'home':
			return undefined;
		case 'providerStatus':
			return { kind: 'provider', provider: route.provider };
		case 'code': {
			const status = statusOfCode?.(route.provider, route.code);
			return status === undefined
				? { kind: 'provider', provider: route.provider }
				: { kind: 'providerStatus', provider: route.provider, status };
		}
		case 'status':
			return { kind: 'statusIndex' };
		default:
			return { kind: 'home' };
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

/**
 * The catalogue as JSON (README § URLs): every file under one versioned folder, so that a change
 * of shape comes as a new version beside the old one, never as a change under the same path.
 */
export const apiVersion = 'v1';

/** A file of the catalogue: the index, its JSON Schema, one provider's codes, or one code. */
export type ApiFile =
	| { kind: 'index' }
	| { kind: 'schema' }
	| { kind: 'provider'; provider: ProviderId }
	| { kind: 'code'; provider: ProviderId; code: string };

/** The first path segment of the catalogue's files: a provider's short links may not use it. */
export const apiSegment = 'api';

/** Names of the catalogue's own files beside the providers' (`/api/v1/index.json`): no provider may be called so. */
export const apiFileNames: readonly string[] = ['index', 'schema'];

/** The path of a file of the catalogue: `/api/v1/oss/NoSuchKey.json`. */
export function apiHref(file: ApiFile): string {
	const base = `/${apiSegment}/${apiVersion}/`;
	switch (file.kind) {
		case 'index':
		case 'schema':
			return `${base}${file.kind}.json`;
		case 'provider':
			return `${base}${file.provider}.json`;
		case 'code':
			return `${base}${file.provider}/${encodeURIComponent(file.code)}.json`;
	}
}

/** The OpenSearch description of a language's search (`/en/opensearch.xml`): browsers' address-bar search. */
export function openSearchHref(lang: Lang): string {
	return `/${lang}/opensearch.xml`;
}

/** A path of the site as an absolute URL on the site's host (`site` from astro.config.mjs). */
export function absolute(path: string, site: URL | string): string {
	return new URL(path, site).href;
}
