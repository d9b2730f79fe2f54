import { providerIds } from '../../data/providers';
import type { Lang } from '../../i18n/locales';
import { getCatalog } from '../../loaders/catalog';
import { providerWords, searchSynonyms } from '../../loaders/search-vocabulary';
import { oncePerBuild } from '../../content-io/once-per-build';
import { href } from '../../routing/urls';
import { buildInstantIndex, type InstantIndex } from '../../search/instant-index';

/**
 * The instant tier's index of one language, from the content (build time only): the three
 * files of `/{lang}/search*.json` serialize its parts. (`_`: a module of the route files, not a route.)
 */
export const instantIndex = oncePerBuild(async () => {
	const catalogs = await getCatalog();
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
		);
	const byLang = new Map<Lang, ReturnType<typeof build>>();
	return (lang: Lang) => {
		let index = byLang.get(lang);
		if (!index) byLang.set(lang, (index = build(lang)));
		return index;
	};
});

/** A part of the index as the JSON response of its endpoint. */
export function jsonResponse(part: InstantIndex | string[] | string[][]): Response {
	return new Response(JSON.stringify(part), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
