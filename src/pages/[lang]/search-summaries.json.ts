import type { APIRoute, GetStaticPaths } from 'astro';
import { langs, type Lang } from '../../i18n/locales';
import { instantIndex, jsonResponse } from './_search-index';

export const getStaticPaths = (() =>
	langs.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/**
 * `/{lang}/search-summaries.json`, a part of search's instant tier (src/search/instant-index.ts):
 * each code's summary in this language, in the order of search.json: fetched for a Chinese query or a phrase. Never fetched on a page view.
 */
export const GET: APIRoute = async ({ params }) => {
	const lang = params['lang'] as Lang;
	return jsonResponse((await instantIndex())(lang).summaries);
};
