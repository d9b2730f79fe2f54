import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../loaders/catalog';
import { providerWords, searchSynonyms } from '../../loaders/search-vocabulary';
import { providerIds } from '../../data/providers';
import { langs, type Lang } from '../../i18n/locales';
import { href } from '../../routing/urls';
import { buildInstantIndex } from '../../search/instant-index';

export const getStaticPaths = (() =>
	langs.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/**
 * `/{lang}/search.json`: search's instant tier (src/search/instant-index.ts) — every code of one
 * language with its status, summary and messages, the provider names and the synonyms. Fetched
 * when search opens, never on a page view.
 */
export const GET: APIRoute = async ({ params }) => {
	const lang = params['lang'] as Lang;
	const catalog = (await getCatalog())[lang];
	const index = buildInstantIndex(
		providerWords(),
		searchSynonyms(lang),
		providerIds.flatMap((provider) =>
			catalog.of(provider).entries.map(({ data }) => ({
				provider,
				code: data.code,
				status: data.status,
				url: href(lang, { kind: 'code', provider, code: data.code }),
				summary: data.summary,
				messages: data.messages.map(({ id, text }) => ({ id, text })),
			})),
		),
	);
	return new Response(JSON.stringify(index), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
