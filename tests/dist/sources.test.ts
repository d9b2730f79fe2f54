import { describe, expect, it } from 'vitest';
import { langs, type Lang } from '../../src/i18n/locales';
import { useTranslations } from '../../src/strings/ui';
import { builtPages } from './site';

/**
 * Where a page's facts come from, on every code page and guide: each cited document a link to
 * its public page, none listed twice, separated as the page's language separates items.
 */
/** The paragraph that lists them: the first to cite a document (code pages' "About the source", guides' end). */
const sourcesOf = (html: string) =>
	[...html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)].find(([, text]) =>
		text?.includes('<cite'),
	)?.[1] ?? '';
const pagesWithSources = builtPages().filter((page) => sourcesOf(page.html) !== '');
const citations = (html: string) =>
	[...sourcesOf(html).matchAll(/<cite\b[^>]*><a href="([^"]+)"[^>]*>([^<]+)<\/a><\/cite>/g)].map(
		([, url, title]) => `${title} <${url}>`,
	);

describe('the documents a page is based on', () => {
	it('are listed on every code page and guide of each language', () => {
		for (const lang of langs) {
			const codes = pagesWithSources.filter((page) =>
				new RegExp(`^/${lang}/(?!guide/)[^/]+/[^/]+/$`).test(page.path),
			);
			const guides = pagesWithSources.filter((page) => page.path.startsWith(`/${lang}/guide/`));
			expect(codes.length, lang).toBeGreaterThan(100);
			expect(guides.length, lang).toBeGreaterThan(3);
		}
	});

	it('each a link to its public page, none twice', () => {
		for (const page of pagesWithSources) {
			const cited = citations(page.html);
			expect(cited.length, page.path).toBeGreaterThan(0);
			for (const citation of cited) expect(citation, page.path).toMatch(/<https:\/\//);
			expect(new Set(cited).size, `${page.path}: ${cited.join(' | ')}`).toBe(cited.length);
		}
	});

	it('separated as the page’s language separates items', () => {
		const separator = (lang: Lang) => useTranslations(lang).t('sourceList.separator');
		for (const lang of langs) {
			const others = langs.map(separator).filter((other) => other !== separator(lang));
			for (const page of pagesWithSources.filter((p) => p.path.startsWith(`/${lang}/`))) {
				// What stands between two documents: a date, the separator, a provider's name.
				const between = sourcesOf(page.html)
					.split(/<cite\b[\s\S]*?<\/cite>/)
					.slice(1, -1);
				for (const text of between) {
					expect(text, page.path).toContain(separator(lang));
					for (const other of others) expect(text, page.path).not.toContain(other);
				}
			}
		}
	});
});
