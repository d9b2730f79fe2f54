import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langs, locales } from '../../src/i18n/locales';
import { href, openSearchHref } from '../../src/routing/urls';
import {
	attributeValues,
	builtPages,
	decodeEntities,
	dist,
	isContentPage,
	langPathPattern,
} from './site';

/**
 * Browser search (OpenSearch): every page links the description of its own language's search,
 * and each description sends the browser's query to that language's real search page. The
 * browser parsing it and the search answering are in e2e/opensearch.spec.ts.
 */
const searchLinks = (html: string) =>
	[...html.matchAll(/<link\b[^>]*\srel="search"[^>]*>/g)].map(([element]) => ({
		type: attributeValues(element, 'link', 'type')[0],
		href: attributeValues(element, 'link', 'href')[0],
	}));

describe('OpenSearch', () => {
	const pages = builtPages();

	it('every page of a language links that language’s description, and no other', () => {
		const wrong = pages.filter(isContentPage).flatMap((page) => {
			const lang = langPathPattern.exec(page.path)![1] as (typeof langs)[number];
			const links = searchLinks(page.html);
			const expected = [
				{ type: 'application/opensearchdescription+xml', href: openSearchHref(lang) },
			];
			return JSON.stringify(links) === JSON.stringify(expected)
				? []
				: [`${page.path}: ${JSON.stringify(links)}`];
		});
		expect(wrong, wrong.slice(0, 10).join('\n')).toEqual([]);
		expect(pages.filter(isContentPage).length).toBeGreaterThan(100);
	});

	it('a page of no language (chooser, short links, 404) links every language’s', () => {
		const wrong = pages
			.filter(
				(page) => !langPathPattern.test(page.path) && !page.html.includes('http-equiv="refresh"'),
			)
			.flatMap((page) => {
				const hrefs = searchLinks(page.html).map((link) => link.href);
				return JSON.stringify(hrefs) === JSON.stringify(langs.map(openSearchHref))
					? []
					: [`${page.path}: ${JSON.stringify(hrefs)}`];
			});
		expect(wrong, wrong.slice(0, 10).join('\n')).toEqual([]);
	});

	it.each(langs)(
		'%s: the description names its language and sends ?q= to its search page',
		(lang) => {
			const file = join(dist, openSearchHref(lang));
			expect(existsSync(file), `${file} is not built`).toBe(true);
			const xml = readFileSync(file, 'utf8');
			expect(xml).toMatch(
				/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<OpenSearchDescription xmlns="http:\/\/a9\.com\/-\/spec\/opensearch\/1\.1\/">/,
			);
			expect(/<Language>([^<]*)<\/Language>/.exec(xml)?.[1]).toBe(locales[lang].htmlLang);
			// OpenSearch 1.1: a ShortName of 16 characters at most.
			const shortName = decodeEntities(/<ShortName>([^<]*)<\/ShortName>/.exec(xml)?.[1] ?? '');
			expect([...shortName].length).toBeGreaterThan(0);
			expect([...shortName].length).toBeLessThanOrEqual(16);
			const template = decodeEntities(
				/<Url type="text\/html" method="get" template="([^"]*)"/.exec(xml)?.[1] ?? '',
			);
			const url = new URL(template.replace('{searchTerms}', 'NoSuchKey'));
			expect(url.pathname).toBe(href(lang, { kind: 'search' }));
			expect(url.searchParams.get('q')).toBe('NoSuchKey');
			expect(existsSync(join(dist, url.pathname, 'index.html'))).toBe(true);
		},
	);
});
