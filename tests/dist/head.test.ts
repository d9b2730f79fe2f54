import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultLang, isLang, langs, locales } from '../../src/i18n/locales';
import { builtPages, dist, isContentPage, langPathPattern, type BuiltPage } from './site';

/**
 * The head of every content page: lang, title, description, canonical, hreflang en / zh-CN /
 * x-default pointing at each other, Open Graph; and the sitemap lists every page with alternates.
 */
const site = (process.env['SITE_URL'] ?? 'https://storage-error-atlas.pages.dev').replace(
	/\/$/,
	'',
);
const pages = builtPages().filter(isContentPage);
const byUrl = new Map(pages.map((page) => [`${site}${page.path}`, page]));

const meta = (page: BuiltPage, key: 'name' | 'property', value: string) =>
	new RegExp(`<meta ${key}="${value.replace('.', '\\.')}" content="([^"]+)"`).exec(page.html)?.[1];

function alternates(page: BuiltPage): Record<string, string> {
	return Object.fromEntries(
		[...page.html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
			(match) => [match[1], match[2]],
		),
	);
}

function problemsOf(page: BuiltPage): string[] {
	const problems: string[] = [];
	const lang = langPathPattern.exec(page.path)?.[1];
	const htmlLang = /<html lang="([^"]+)"/.exec(page.html)?.[1];
	const own = lang && isLang(lang) ? locales[lang].htmlLang : undefined;
	if (!own || htmlLang !== own) problems.push(`html lang is ${htmlLang}`);
	if (!/<title>[^<]+<\/title>/.test(page.html)) problems.push('no title');
	if (!meta(page, 'name', 'description')) problems.push('no description');
	const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page.html)?.[1];
	if (canonical !== `${site}${page.path}`) problems.push(`canonical is ${canonical}`);
	const links = alternates(page);
	for (const hreflang of [...langs.map((l) => locales[l].htmlLang), 'x-default']) {
		if (!links[hreflang]) problems.push(`no hreflang ${hreflang}`);
	}
	if (links['x-default'] !== links[locales[defaultLang].htmlLang])
		problems.push('x-default is not the default language page');
	if (!own || links[own] !== canonical) problems.push('hreflang misses itself');
	// Each alternate is built and names this page back.
	for (const [hreflang, url] of Object.entries(links)) {
		const twin = byUrl.get(url);
		if (!twin) problems.push(`hreflang ${hreflang} ${url} is not built`);
		else if (!own || alternates(twin)[own] !== canonical) {
			problems.push(`hreflang ${hreflang} ${url} does not name this page back`);
		}
	}
	for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale']) {
		if (!meta(page, 'property', property)) problems.push(`no ${property}`);
	}
	if (meta(page, 'property', 'og:url') !== canonical) problems.push('og:url is not the canonical');
	return problems.map((problem) => `${page.path}: ${problem}`);
}

describe('head of every page', () => {
	it('covers every page in every language', () => {
		const count = (lang: string) =>
			pages.filter((page) => page.path.startsWith(`/${lang}/`)).length;
		for (const lang of langs) expect(count(lang), lang).toBe(count(defaultLang));
	});

	it('has lang, title, description, canonical, hreflang both ways and Open Graph', () => {
		const problems = pages.flatMap(problemsOf);
		expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
	});

	it('the sitemap lists every page, each with its alternates', () => {
		const xml = readFileSync(`${dist}/sitemap.xml`, 'utf8');
		const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => match[1] ?? '');
		const listed = new Map(
			entries.map((entry) => [/<loc>([^<]+)<\/loc>/.exec(entry)?.[1] ?? '', entry]),
		);
		const missing = [...byUrl.keys()].filter((url) => !listed.has(url));
		expect(missing, missing.join('\n')).toEqual([]);
		const withoutAlternates = [...listed].filter(
			([, entry]) =>
				![...langs.map((l) => locales[l].htmlLang), 'x-default'].every((l) =>
					entry.includes(`hreflang="${l}"`),
				),
		);
		expect(withoutAlternates.map(([url]) => url)).toEqual([]);
		expect(listed.size).toBe(byUrl.size);
	});
});
