import { httpStatuses, isKnownStatus } from '../../data/http-statuses';
import { getProvider, providerIds } from '../../data/providers';
import type { Lang } from '../../i18n/locales';
import { getCatalog } from '../../loaders/catalog';
import { providerWords, searchSynonyms } from '../../loaders/search-vocabulary';
import { oncePerBuild } from '../../content-io/once-per-build';
import { getRouteTable } from '../../routing/route-table';
import { href, type Route } from '../../routing/urls';
import { useTranslations } from '../../strings/ui';
import {
	buildInstantIndex,
	type InstantIndex,
	type InstantStatusPage,
	type InstantStatusSource,
} from '../../search/instant-index';

/**
 * The pages about one status that the route table builds, titled and described as they title
 * and describe themselves: a bare status in a query offers them before its codes.
 */
function statusPagesIn(lang: Lang, routes: readonly Route[]): InstantStatusSource[] {
	const { t } = useTranslations(lang);
	return routes.flatMap((route): InstantStatusSource[] => {
		if (route.kind !== 'providerStatus' && route.kind !== 'status') return [];
		const { status } = route;
		if (!isKnownStatus(status)) throw new Error(`No meaning recorded for HTTP ${status}`);
		const vars = { status, reason: httpStatuses[status].reason };
		if (route.kind === 'status') {
			return [
				{
					status,
					url: href(lang, route),
					title: t('statusAcross.title', vars),
					description: t('statusAcross.description', vars),
				},
			];
		}
		const named = { ...vars, provider: getProvider(route.provider).short };
		return [
			{
				status,
				provider: route.provider,
				url: href(lang, route),
				title: t('status.title', named),
				description: t('status.description', named),
			},
		];
	});
}

/**
 * The instant tier's index of one language, from the content (build time only): the three
 * files of `/{lang}/search*.json` serialize its parts. (`_`: a module of the route files, not a route.)
 */
export const instantIndex = oncePerBuild(async () => {
	const catalogs = await getCatalog();
	const { routes } = await getRouteTable();
	const build = (lang: Lang) =>
		buildInstantIndex(
			providerWords(),
			searchSynonyms(lang),
			providerIds.flatMap((provider) =>
				catalogs[lang].of(provider).entries.map(({ data }) => ({
					provider,
					code: data.code,
					status: data.status,
					url: href(lang, { kind: 'code', provider, code: data.code }),
					summary: data.summary,
					messages: data.messages.map(({ id, text }) => ({ id, text })),
				})),
			),
			statusPagesIn(lang, routes),
		);
	const byLang = new Map<Lang, ReturnType<typeof build>>();
	return (lang: Lang) => {
		let index = byLang.get(lang);
		if (!index) byLang.set(lang, (index = build(lang)));
		return index;
	};
});

/** A part of the index as the JSON response of its endpoint. */
export function jsonResponse(
	part: InstantIndex | string[] | string[][] | InstantStatusPage[],
): Response {
	return new Response(JSON.stringify(part), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
