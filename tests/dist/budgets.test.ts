import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
	attributeValues,
	builtPages,
	codePathPattern,
	dist,
	inlineElements,
	type BuiltPage,
} from './site';

/**
 * Size budgets of a code page's first visit, gzip: HTML + CSS + the JavaScript that runs before
 * any interaction (module scripts and what they import statically; not what loads on a click).
 */
// The goal for the first visit of a code page is 12 KB (docs/benchmarks.md). A code's messages are
// its content: a page with 50 of them (OSS InvalidArgument) carries them on top of the budget, so
// the budget holds for the page with its first message, and each further message is held to its own
// allowance: the frame cannot grow unseen, and neither can the cost of one message.
const budget = { firstVisit: 12 * 1024, script: 2 * 1024, perMessage: 1024 };
const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const asset = (path: string) => readFileSync(join(dist, path));

/** A module and its static imports (`import … from "./x.js"`), each counted once. */
function moduleClosure(path: string, seen = new Set<string>()): Set<string> {
	if (seen.has(path)) return seen;
	seen.add(path);
	const code = asset(path).toString('utf8');
	for (const [, spec] of code.matchAll(
		/(?:^|[;}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g,
	)) {
		if (spec) moduleClosure(new URL(spec, `http://x${path}`).pathname, seen);
	}
	return seen;
}

/** A code page's message sections (`<section data-message>`), in order. */
const messageSection = /<section\b[^>]*\sdata-message="[^"]*"[^>]*>[\s\S]*?<\/section>/g;

/** A message's entry in the page's list of messages; a note on the page's sources. */
const messageLink = /<li\b[^>]*\sdata-message-link[^>]*>[\s\S]*?<\/li>/g;
const sourceNote = /<li\b[^>]*\sdata-source-note[^>]*>[\s\S]*?<\/li>/g;
/** The comparison's notes on the code, and what reference providers say it means ("Other providers"). */
const comparisonNote = /<p\b[^>]*\sdata-comparison-note[^>]*>[\s\S]*?<\/p>/g;
const meaning = /<span\b[^>]*\sdata-meaning[^>]*>[\s\S]*?<\/span>/g;
/** A related code, with its summary. */
const related = /<li\b[^>]*\sdata-related[^>]*>[\s\S]*?<\/li>/g;

/**
 * The page with its first message only (its section, its entry in the list of messages, the
 * first note on its sources, the first note and meaning from the comparison, the first related
 * code): what every code
 * page costs before its content grows. Each of these lists grows with what there is to say about
 * the code; the frame around them may not.
 */
function withFirstMessage(html: string): string {
	const firstOnly = () => {
		let seen = 0;
		return (part: string) => (seen++ === 0 ? part : '');
	};
	return html
		.replace(messageSection, firstOnly())
		.replace(messageLink, firstOnly())
		.replace(sourceNote, firstOnly())
		.replace(comparisonNote, '')
		.replace(meaning, '')
		.replace(related, firstOnly());
}

function firstVisit(page: BuiltPage) {
	const css = attributeValues(page.html, 'link', 'href')
		.filter((href) => href.endsWith('.css'))
		.reduce((sum, href) => sum + gzip(asset(href)), 0);
	const external = new Set<string>();
	for (const src of attributeValues(page.html, 'script', 'src')) moduleClosure(src, external);
	const inline = inlineElements(page.html, 'script')
		.filter((script) => !script.isData && script.body.trim())
		.map((script) => script.body);
	const externalScript = [...external].reduce((sum, path) => sum + gzip(asset(path)), 0);
	// Inline scripts travel inside the HTML: counted in the script budget, not twice in the total.
	const script = externalScript + (inline.length > 0 ? gzip(inline.join('\n')) : 0);
	const html = gzip(withFirstMessage(page.html));
	const messages = [...page.html.matchAll(messageSection)].length;
	// What each message after the first adds, gzip (the whole page against its one-message frame).
	const perMessage = messages > 1 ? (gzip(page.html) - html) / (messages - 1) : 0;
	return { html, css, script, perMessage, total: html + css + externalScript };
}

const codePages = builtPages().filter((page) => codePathPattern.test(page.path));

describe('budgets of a code page', () => {
	const sizes = codePages.map((page) => ({ path: page.path, ...firstVisit(page) }));
	const largest = (key: 'total' | 'script') =>
		sizes.reduce((a, b) => (b[key] > a[key] ? b : a), sizes[0]!);

	it(`first visit ≤ ${budget.firstVisit / 1024} KB gzip (HTML with its first message + CSS + JS), on every code page`, () => {
		const worst = largest('total');
		expect(worst.total, `${worst.path}: ${JSON.stringify(worst)}`).toBeLessThanOrEqual(
			budget.firstVisit,
		);
	});

	it('the budget sees the messages it leaves out', () => {
		const many = codePages.find((page) => page.path === '/en/oss/AccessDenied/');
		expect(many && [...many.html.matchAll(messageSection)].length).toBeGreaterThan(10);
		expect(many && withFirstMessage(many.html).match(messageSection)?.length).toBe(1);
	});

	it(`each message after the first adds ≤ ${budget.perMessage / 1024} KB gzip`, () => {
		const worst = sizes.reduce((a, b) => (b.perMessage > a.perMessage ? b : a), sizes[0]!);
		expect(worst.perMessage, `${worst.path}: ${JSON.stringify(worst)}`).toBeLessThanOrEqual(
			budget.perMessage,
		);
	});

	it(`JavaScript before interaction ≤ ${budget.script / 1024} KB gzip`, () => {
		const worst = largest('script');
		expect(worst.script, `${worst.path}: ${JSON.stringify(worst)}`).toBeLessThanOrEqual(
			budget.script,
		);
	});

	it('a code page does not grow with the number of codes (no site-wide list of codes)', () => {
		for (const page of codePages) {
			const codeLinks = attributeValues(page.html, 'a', 'href').filter((href) =>
				codePathPattern.test(href),
			);
			// Breadcrumbs, related codes and other providers: a handful, never the catalog.
			expect(new Set(codeLinks).size, page.path).toBeLessThan(25);
		}
	});
});
