import { getCollection } from 'astro:content';
import { getCatalog, type ErrorEntry, type ProviderCatalog } from '../loaders/catalog';
import { getComparison } from '../loaders/comparison';
import { providerIds, type ProviderId } from '../data/providers';
import { defaultLang, langs, type Lang } from '../i18n/locales';
import type { Route } from './urls';

/**
 * `getStaticPaths` for every route file. Route files only re-export these: the set of pages
 * is decided here, from the catalog, and nowhere else.
 */

/** Pages that exist once per language and take only the language: home, glossary, search, comparison, status index. */
export function languagePaths() {
	return langs.map((lang) => ({ params: { lang }, props: { lang } }));
}

export async function providerPaths() {
	const catalog = await getCatalog();
	return langs.flatMap((lang) =>
		providerIds.map((provider) => ({
			params: { lang, provider },
			props: { lang, catalog: catalog[lang].of(provider) },
		})),
	);
}

/** Props of `/{lang}/{provider}/{page}/`: a status quick reference or a code page. */
export type ProviderPageProps =
	| { lang: Lang; kind: 'status'; provider: ProviderId; status: number; catalog: ProviderCatalog }
	| {
			lang: Lang;
			kind: 'code';
			provider: ProviderId;
			entry: ErrorEntry;
			/** The English original, on translated pages: the translation-freshness notice compares them. */
			original: ErrorEntry | undefined;
			catalog: ProviderCatalog;
	  };

/**
 * Status pages and code pages share the URL level below the provider; they cannot collide
 * because a code starts with a letter (the schema's `codePattern`) and a status is a number.
 */
export async function providerPagePaths() {
	const catalog = await getCatalog();
	return langs.flatMap((lang) =>
		providerIds.flatMap((provider) => {
			const providerCatalog = catalog[lang].of(provider);
			const statusPages = providerCatalog.byStatus.map(({ status }) => ({
				params: { lang, provider, page: String(status) },
				props: {
					lang,
					kind: 'status',
					provider,
					status,
					catalog: providerCatalog,
				} satisfies ProviderPageProps as ProviderPageProps,
			}));
			const codePages = providerCatalog.entries.map((entry) => ({
				params: { lang, provider, page: entry.data.code },
				props: {
					lang,
					kind: 'code',
					provider,
					entry,
					original:
						lang === defaultLang
							? undefined
							: catalog[defaultLang].of(provider).byCode.get(entry.data.code),
					catalog: providerCatalog,
				} satisfies ProviderPageProps as ProviderPageProps,
			}));
			return [...statusPages, ...codePages];
		}),
	);
}

/** Guides, from `content/guides/{lang}/{slug}.mdx`; translations come with their English original. */
export async function guidePaths() {
	const guides = await getCollection('guides');
	return guides.map((entry) => {
		const [lang, slug] = entry.id.split('/') as [Lang, string];
		const original =
			lang === defaultLang ? undefined : guides.find((g) => g.id === `${defaultLang}/${slug}`);
		return { params: { lang, slug }, props: { lang, slug, entry, original } };
	});
}

/** `/{lang}/status/{status}/`: every status any compared provider returns a code with. */
export async function statusAcrossPaths() {
	const comparison = await getComparison();
	return langs.flatMap((lang) =>
		comparison.statuses.map((status) => ({
			params: { lang, status: String(status) },
			props: { lang, status },
		})),
	);
}

/**
 * `/{provider}/{Code}/`: one language-neutral short link per code. `[provider]` is a dynamic
 * first segment, like `[lang]`; the two never produce the same path because providers and
 * languages have different names (a test in routing.test.ts keeps it so).
 */
export async function shortLinkPaths() {
	const catalog = await getCatalog();
	return providerIds.flatMap((provider) =>
		catalog[defaultLang].of(provider).entries.map(({ data }) => ({
			params: { provider, code: data.code },
			props: { provider, code: data.code },
		})),
	);
}

/** Every route of the site, for the sitemap. */
export async function allRoutes(): Promise<Route[]> {
	const catalog = await getCatalog();
	// Routes are the same in every language (the twin rule), so English lists them.
	const guides = await getCollection('guides');
	const comparison = await getComparison();
	const routes: Route[] = [
		{ kind: 'home' },
		{ kind: 'glossary' },
		{ kind: 'search' },
		{ kind: 'compare' },
		{ kind: 'decode' },
		{ kind: 'statuses' },
		...comparison.statuses.map((status) => ({ kind: 'statusAcross' as const, status })),
	];
	routes.push(
		...guides
			.filter((entry) => entry.id.startsWith(`${defaultLang}/`))
			.map((entry) => ({ kind: 'guide' as const, slug: entry.id.slice(defaultLang.length + 1) })),
	);
	for (const provider of providerIds) {
		const { byStatus, entries } = catalog[defaultLang].of(provider);
		routes.push({ kind: 'provider', provider });
		routes.push(...byStatus.map(({ status }) => ({ kind: 'status' as const, provider, status })));
		routes.push(
			...entries.map((entry) => ({ kind: 'code' as const, provider, code: entry.data.code })),
		);
	}
	return routes;
}
