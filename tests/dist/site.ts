import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { providerIds } from '../../src/data/providers';
import { langs } from '../../src/i18n/locales';

/** The built site as the dist tests read it: every HTML page with its URL path. */
export const dist = 'dist';

export interface BuiltPage {
	/** `/en/oss/NoSuchKey/`; `/404.html` for the 404 page. */
	path: string;
	file: string;
	html: string;
}

let cache: BuiltPage[] | undefined;

export function builtPages(): BuiltPage[] {
	cache ??= readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`))
		.sort()
		.map((file) => {
			const parts = file.split(sep);
			const path = file.endsWith('index.html')
				? `/${parts.slice(0, -1).join('/')}${parts.length > 1 ? '/' : ''}`
				: `/${parts.join('/')}`;
			return { path, file: join(dist, file), html: readFileSync(join(dist, file), 'utf8') };
		});
	return cache;
}

/** Values of one attribute on every element of a tag (our own generated HTML: attributes are quoted). */
export function attributeValues(html: string, tag: string, attribute: string): string[] {
	const values: string[] = [];
	for (const [element] of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))) {
		const match = new RegExp(`\\s${attribute}="([^"]*)"`).exec(element);
		if (match?.[1] !== undefined) values.push(decodeEntities(match[1]));
	}
	return values;
}

export function decodeEntities(text: string): string {
	return text
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** Every `id` a page defines. */
export function idsOf(html: string): Set<string> {
	return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => decodeEntities(match[1]!)));
}

/** A redirect page Astro writes at a moved path (content/redirects.yaml). */
export function isRedirectStub(page: BuiltPage): boolean {
	return page.html.includes('http-equiv="refresh"');
}

const alternatives = (ids: readonly string[]) =>
	ids.map((id) => id.replace(/\W/g, '\\$&')).join('|');

/** `/{lang}/…`: a page of one language; the language is the first group. Languages from the locales. */
export const langPathPattern = new RegExp(`^/(${alternatives(langs)})/`);

/** `/{lang}/{provider}/{Code}/`: a code page; every documented provider of the registry. */
export const codePathPattern = new RegExp(
	`^/(${alternatives(langs)})/(${alternatives(providerIds)})/[A-Za-z]`,
);

/** A 404 page: `/404.html`, or a language's `/{lang}/404.html`. */
export function isNotFoundPage(page: BuiltPage): boolean {
	return page.path.endsWith('/404.html');
}

/** Pages that redirect, choose a language or say "not found", not content pages of one language. */
export function isContentPage(page: BuiltPage): boolean {
	return langPathPattern.test(page.path) && !isRedirectStub(page) && !isNotFoundPage(page);
}

/** The page's inline `<script>` or `<style>` elements (not `<script src>`): their text. */
export function inlineElements(
	html: string,
	tag: 'script' | 'style',
): { body: string; isData: boolean }[] {
	return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))]
		.filter(([, attributes]) => !/\ssrc=/.test(attributes ?? ''))
		.map(([, attributes = '', body = '']) => ({
			body,
			// JSON in a script element is data: it never runs.
			isData: /\stype="application\/(ld\+)?json"/.test(attributes),
		}));
}
