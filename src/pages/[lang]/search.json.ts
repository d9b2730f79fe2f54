import type { APIRoute, GetStaticPaths } from 'astro';
import { langs, type Lang } from '../../i18n/locales';
import { useTranslations } from '../../strings/ui';
import { instantIndex, jsonResponse } from './_search-index';

export const getStaticPaths = (() =>
	langs.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/**
 * `/{lang}/search.json`, a part of search's instant tier (src/search/instant-index.ts):
 * the codes, the provider names and the synonyms, and the UI strings search needs only once
 * results arrive (kept off every page's markup, which is held to a byte budget): fetched when
 * search opens. Never fetched on a page view.
 */
export const GET: APIRoute = async ({ params }) => {
	const lang = params['lang'] as Lang;
	const { providers, synonyms, codes } = (await instantIndex())(lang);
	const strings = { partial: useTranslations(lang).t('search.partial') };
	return jsonResponse({ providers, synonyms, codes, strings });
};
