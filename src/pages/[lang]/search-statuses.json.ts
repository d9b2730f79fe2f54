import type { APIRoute, GetStaticPaths } from 'astro';
import { langs, type Lang } from '../../i18n/locales';
import { instantIndex, jsonResponse } from './_search-index';

export const getStaticPaths = (() =>
	langs.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/**
 * `/{lang}/search-statuses.json`, a part of search's instant tier (src/search/instant-index.ts):
 * the pages about each status that the route table builds (each provider's quick references,
 * the pages across providers), with their titles and descriptions in this language: fetched for
 * a query with a status in it. Never fetched on a page view.
 */
export const GET: APIRoute = async ({ params }) => {
	const lang = params['lang'] as Lang;
	return jsonResponse((await instantIndex())(lang).statusPages);
};
