import { getCollection } from 'astro:content';
import { getCatalog, type ErrorEntry, type ProviderCatalog } from '../loaders/catalog';
import type { ProviderId } from '../data/providers';
import { defaultLang, langs, type Lang } from '../i18n/locales';
import { isStale } from '../checks/translation-freshness';
import { getRouteTable } from './route-table';
import type { Route } from './urls';

/**
 * `getStaticPaths` for every route file, read from the route table (`route-table.ts`): route
 * files only re-export these, so the set of pages is decided in one place.
 */

/**
 * Whether a translated page translates an older revision of its original: computed with the
 * routes, so that no view reads files. Pages of the default language are originals.
 */
function isStaleTranslation(
	entry: { id: string; filePath?: string | undefined; data: { translates?: string | undefined } },
	original: { filePath?: string | undefined } | undefined,
): boolean {
	if (entry.id.startsWith(`${defaultLang}/`) || !entry.filePath || !original?.filePath)
		return false;
	return isStale({
		filePath: entry.filePath,
		translates: entry.data.translates,
		englishFilePath: original.filePath,
	});
}

type RouteOf<K extends Route['kind']> = Extract<Route, { kind: K }>;

async function routesOf<K extends Route['kind']>(kind: K): Promise<RouteOf<K>[]> {
	const { routes } = await getRouteTable();
	return routes.filter((route): route is RouteOf<K> => route.kind === kind);
}

/** Pages that exist once per language and take only the language: home, glossary, search, comparison, decoder, status index. */
export function languagePaths() {
	return langs.map((lang) => ({ params: { lang }, props: { lang } }));
}

export async function providerPaths() {
	const catalog = await getCatalog();
	const routes = await routesOf('provider');
	return langs.flatMap((lang) =>
		routes.map(({ provider }) => ({
			params: { lang, provider },
			props: { lang, catalog: catalog[lang].of(provider) },
		})),
	);
}

/** Props of `/{lang}/{provider}/{page}/`: a status quick reference or a code page. */
export type ProviderPageProps =
	| {
			lang: Lang;
			kind: 'providerStatus';
			provider: ProviderId;
			status: number;
			catalog: ProviderCatalog;
	  }
	| {
			lang: Lang;
			kind: 'code';
			provider: ProviderId;
			entry: ErrorEntry;
			/** A translated page whose original changed since (the page shows a notice). */
			stale: boolean;
			catalog: ProviderCatalog;
	  };

/**
 * Status pages and code pages share the URL level below the provider; they cannot collide
 * because a code starts with a letter (the schema's `codePattern`) and a status is a number.
 */
export async function providerPagePaths() {
	const catalog = await getCatalog();
	const statuses = await routesOf('providerStatus');
	const codes = await routesOf('code');
	return langs.flatMap((lang) => [
		...statuses.map(({ provider, status }) => ({
			params: { lang, provider, page: String(status) },
			props: {
				lang,
				kind: 'providerStatus',
				provider,
				status,
				catalog: catalog[lang].of(provider),
			} satisfies ProviderPageProps as ProviderPageProps,
		})),
		...codes.map(({ provider, code }) => {
			const entry = catalog[lang].of(provider).byCode.get(code);
			if (!entry)
				throw new Error(`${lang}/${provider}/${code} is in the route table but not in the catalog`);
			return {
				params: { lang, provider, page: code },
				props: {
					lang,
					kind: 'code',
					provider,
					entry,
					stale: isStaleTranslation(entry, catalog[defaultLang].of(provider).byCode.get(code)),
					catalog: catalog[lang].of(provider),
				} satisfies ProviderPageProps as ProviderPageProps,
			};
		}),
	]);
}

/** Guides, from `content/guides/{lang}/{slug}.mdx`; a translation knows whether its original moved on. */
export async function guidePaths() {
	const guides = await getCollection('guides');
	const routes = await routesOf('guide');
	return langs.flatMap((lang) =>
		routes.map(({ slug }) => {
			const entry = guides.find((g) => g.id === `${lang}/${slug}`);
			if (!entry)
				throw new Error(`guide ${lang}/${slug} is in the route table but not in the guides`);
			const original = guides.find((g) => g.id === `${defaultLang}/${slug}`);
			return {
				params: { lang, slug },
				props: { lang, slug, entry, stale: isStaleTranslation(entry, original) },
			};
		}),
	);
}

/** `/{lang}/status/{status}/`: every status any compared provider returns a code with. */
export async function statusPaths() {
	const routes = await routesOf('status');
	return langs.flatMap((lang) =>
		routes.map(({ status }) => ({
			params: { lang, status: String(status) },
			props: { lang, status },
		})),
	);
}

/**
 * `/{provider}/{Code}/`: one language-neutral short link per code. `[provider]` is a dynamic
 * first segment, like `[lang]`; the two never produce the same path because a provider's id may
 * not name a language (the route table checks it).
 */
export async function shortLinkPaths() {
	const routes = await routesOf('code');
	return routes.map(({ provider, code }) => ({
		params: { provider, code },
		props: { provider, code },
	}));
}

/** `/api/v1/{provider}.json`: the JSON catalogue of each documented provider. */
export async function apiProviderPaths() {
	const routes = await routesOf('provider');
	return routes.map(({ provider }) => ({ params: { provider }, props: { provider } }));
}

/** `/api/v1/{provider}/{Code}.json`: one JSON file per code, beside its pages. */
export async function apiCodePaths() {
	const routes = await routesOf('code');
	return routes.map(({ provider, code }) => ({
		params: { provider, code },
		props: { provider, code },
	}));
}
