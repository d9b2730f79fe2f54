import type { APIRoute } from 'astro';
import { locales, type Lang } from '../../i18n/locales';
import { languagePaths } from '../../routing/static-paths';
import { absolute, href, openSearchHref } from '../../routing/urls';
import { useTranslations } from '../../strings/ui';

export const getStaticPaths = languagePaths;

const escape = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * `/{lang}/opensearch.xml`: an OpenSearch 1.1 description of the search page in one language,
 * linked from every page of that language (Head.astro), so that a browser can search the site
 * from its address bar. The search page reads the query from `?q=` (src/search/results.ts).
 */
export const GET: APIRoute<{ lang: Lang }> = ({ props, site }) => {
	if (!site) throw new Error('astro.config.mjs must set `site`: OpenSearch URLs are absolute');
	const { lang } = props;
	const { t } = useTranslations(lang);
	const search = absolute(href(lang, { kind: 'search' }), site);
	const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
	<ShortName>${escape(t('openSearch.shortName'))}</ShortName>
	<Description>${escape(t('openSearch.description'))}</Description>
	<Language>${escape(locales[lang].htmlLang)}</Language>
	<InputEncoding>UTF-8</InputEncoding>
	<Url type="text/html" method="get" template="${escape(search)}?q={searchTerms}"/>
	<Url type="application/opensearchdescription+xml" rel="self" template="${escape(absolute(openSearchHref(lang), site))}"/>
</OpenSearchDescription>
`;
	return new Response(xml, {
		headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' },
	});
};
