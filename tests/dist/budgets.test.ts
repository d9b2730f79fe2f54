import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { attributeValues, builtPages, dist, inlineElements, type BuiltPage } from './site';

/**
 * Size budgets of a code page's first visit, gzip: HTML + CSS + the JavaScript that runs before
 * any interaction (module scripts and what they import statically; not what loads on a click).
 */
// The goal for the first visit is 12 KB; today's code pages need 13.2 KB at worst (HTML 5.5, CSS
// 6.3, script 1.4), so the check holds the line at 13.5 KB until the CSS is split per page kind
// (docs/benchmarks.md). Script meets its goal.
const budget = { firstVisit: 13.5 * 1024, script: 2 * 1024 };
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
	const html = gzip(page.html);
	return { html, css, script, total: html + css + externalScript };
}

const codePages = builtPages().filter((page) => /^\/(en|zh)\/(oss|obs)\/[A-Za-z]/.test(page.path));

describe('budgets of a code page', () => {
	const sizes = codePages.map((page) => ({ path: page.path, ...firstVisit(page) }));
	const largest = (key: 'total' | 'script') =>
		sizes.reduce((a, b) => (b[key] > a[key] ? b : a), sizes[0]!);

	it(`first visit ≤ ${budget.firstVisit / 1024} KB gzip (HTML + CSS + JS), on every code page`, () => {
		const worst = largest('total');
		expect(worst.total, `${worst.path}: ${JSON.stringify(worst)}`).toBeLessThanOrEqual(
			budget.firstVisit,
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
				/^\/(en|zh)\/(oss|obs)\/[A-Za-z]/.test(href),
			);
			// Breadcrumbs, related codes and other providers: a handful, never the catalog.
			expect(new Set(codeLinks).size, page.path).toBeLessThan(25);
		}
	});
});
