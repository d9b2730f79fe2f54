import { getCollection } from 'astro:content';
import { ContentError } from '../content-io/content-error';
import { oncePerBuild } from '../content-io/once-per-build';
import { getProvider, providerIds } from '../data/providers';
import { defaultLang, isLang, langOfTag, type Lang } from '../i18n/locales';
import { getCatalog } from '../loaders/catalog';
import { getComparison } from '../loaders/comparison';
import { useTranslations } from '../strings/ui';
import { apiFileNames, apiSegment, href, parentOf, reservedSegments, type Route } from './urls';

/**
 * The route table: every page of the site, computed once per build from the catalog, the guides
 * and the comparison (as Starlight's `utils/routing` does). The route files' static paths, the
 * sitemap and the breadcrumbs read it; `urls.ts` says how a route is spelled.
 */
export interface RouteTable {
	/** Every page, as language-independent routes (each exists in every language). */
	routes: readonly Route[];
	/** Whether the site has this page: a link to a route built elsewhere (another provider's status) is only offered when it does. */
	has(route: Route): boolean;
	/** The page's ancestors, outermost first, then the page itself: its breadcrumbs. */
	trail(route: Route): Route[];
	/** What a route is called in a language: breadcrumbs and navigation. */
	label(lang: Lang, route: Route): string;
}

/** The table, once per build. */
export const getRouteTable = oncePerBuild(build);

/** A provider's id is its first URL segment below the language, and on its own a short link's. */
function checkProviderIds(): void {
	const problems = providerIds.flatMap((id) => {
		if (reservedSegments.includes(id))
			return [`"${id}" is the path of a page of the site (/{lang}/${id}/)`];
		if (isLang(id) || langOfTag(id))
			return [`"${id}" names a language: its short links would read as one`];
		if (id === apiSegment)
			return [
				`"${id}" is the path of the JSON catalogue (/${apiSegment}/): its short links would land there`,
			];
		if (apiFileNames.includes(id))
			return [`"${id}" is the name of a file of the JSON catalogue (/${apiSegment}/…/${id}.json)`];
		return [];
	});
	if (problems.length > 0) {
		throw new ContentError(
			`provider ids that collide with the site's paths:\n${problems.map((p) => `  content/providers/${p.slice(1, p.indexOf('"', 1))}.yaml: ${p}`).join('\n')}`,
		);
	}
}

async function build(): Promise<RouteTable> {
	checkProviderIds();
	const catalog = await getCatalog();
	const guides = await getCollection('guides');
	const comparison = await getComparison();
	const english = catalog[defaultLang];
	const statusOfCode = (provider: string, code: string) =>
		english.of(provider).byCode.get(code)?.data.status;

	// Routes are the same in every language (the twin rule), so the default language lists them.
	const guideSlugs = guides
		.filter((entry) => entry.id.startsWith(`${defaultLang}/`))
		.map((entry) => entry.id.slice(defaultLang.length + 1));
	const routes: Route[] = [
		{ kind: 'home' },
		{ kind: 'glossary' },
		{ kind: 'search' },
		{ kind: 'compare' },
		{ kind: 'decode' },
		{ kind: 'statusIndex' },
		...comparison.statuses.map((status) => ({ kind: 'status' as const, status })),
		...guideSlugs.map((slug) => ({ kind: 'guide' as const, slug })),
	];
	for (const provider of providerIds) {
		const { byStatus, entries } = english.of(provider);
		routes.push({ kind: 'provider', provider });
		routes.push(
			...byStatus.map(({ status }) => ({ kind: 'providerStatus' as const, provider, status })),
		);
		routes.push(
			...entries.map((entry) => ({ kind: 'code' as const, provider, code: entry.data.code })),
		);
	}

	const guideTitle = new Map(guides.map((entry) => [entry.id, entry.data.title]));
	const label = (lang: Lang, route: Route): string => {
		const { t } = useTranslations(lang);
		switch (route.kind) {
			case 'home':
				return t('nav.home');
			case 'provider':
				return getProvider(route.provider).short;
			case 'providerStatus':
			case 'status':
				return String(route.status);
			case 'code':
				return route.code;
			case 'glossary':
				return t('glossary.title');
			case 'search':
				return t('search.title');
			case 'guide':
				return guideTitle.get(`${lang}/${route.slug}`) ?? route.slug;
			case 'compare':
				return t('nav.compare');
			case 'decode':
				return t('decode.title');
			case 'statusIndex':
				return t('nav.statuses');
		}
	};
	const trail = (route: Route): Route[] => {
		const chain = [route];
		for (
			let parent = parentOf(route, statusOfCode);
			parent;
			parent = parentOf(parent, statusOfCode)
		) {
			chain.unshift(parent);
		}
		return chain;
	};
	// Routes are language-independent: one language's addresses identify them.
	const built = new Set(routes.map((route) => href(defaultLang, route)));
	const has = (route: Route) => built.has(href(defaultLang, route));
	return { routes, has, trail, label };
}
