import type { APIRoute } from 'astro';
import { defaultLang, langs, locales } from '../i18n/locales';
import { getRouteTable } from '../routing/route-table';
import { href } from '../routing/urls';

const escape = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every page in both languages, each with its alternates (hreflang en, zh-CN, x-default). */
export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('astro.config.mjs must set `site`: the sitemap lists absolute URLs');
	const absolute = (path: string) => escape(new URL(path, site).href);
	const urls = (await getRouteTable()).routes.flatMap((route) => {
		const links = [
			...langs.map(
				(lang) =>
					`<xhtml:link rel="alternate" hreflang="${locales[lang].htmlLang}" href="${absolute(href(lang, route))}"/>`,
			),
			`<xhtml:link rel="alternate" hreflang="x-default" href="${absolute(href(defaultLang, route))}"/>`,
		].join('');
		return langs.map((lang) => `<url><loc>${absolute(href(lang, route))}</loc>${links}</url>`);
	});
	const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
	return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
