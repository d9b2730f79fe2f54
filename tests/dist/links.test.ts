import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeValues, builtPages, dist, idsOf } from './site';

/**
 * Every internal link and #anchor of every built page resolves: a crawler over dist/. Canonical
 * and hreflang URLs on the production host count as internal. External links are not followed.
 */
const site = new URL(process.env['SITE_URL'] ?? 'https://storage-error-atlas.pages.dev');
const pages = builtPages();
const idsByPath = new Map(pages.map((page) => [page.path, idsOf(page.html)]));

function targetFile(path: string): string | undefined {
	const file = join(dist, ...path.split('/').filter(Boolean).map(decodeURIComponent));
	if (path.endsWith('/')) {
		const index = join(file, 'index.html');
		return existsSync(index) ? index : undefined;
	}
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** What is wrong with one link from `from`, or undefined. */
function check(from: string, link: string): string | undefined {
	let url: URL;
	try {
		url = new URL(link, new URL(from, site));
	} catch {
		return 'is not a valid URL';
	}
	if (url.origin !== site.origin) return undefined;
	if (!targetFile(url.pathname)) return `points to ${url.pathname}, which is not built`;
	if (url.hash.length > 1) {
		const ids = idsByPath.get(url.pathname);
		const anchor = decodeURIComponent(url.hash.slice(1));
		if (ids && !ids.has(anchor)) return `points to #${anchor}, which ${url.pathname} lacks`;
	}
	return undefined;
}

describe('links', () => {
	it('crawls the whole site', () => {
		expect(pages.length).toBeGreaterThan(500);
	});

	it('every internal link and anchor on every page resolves', () => {
		const broken: string[] = [];
		for (const page of pages) {
			const links = [
				...attributeValues(page.html, 'a', 'href'),
				...attributeValues(page.html, 'link', 'href'),
				...attributeValues(page.html, 'script', 'src'),
				...attributeValues(page.html, 'img', 'src'),
				...attributeValues(page.html, 'form', 'action'),
			];
			for (const link of new Set(links)) {
				const problem = check(page.path, link);
				if (problem) broken.push(`${page.path}: ${link} ${problem}`);
			}
		}
		expect(broken, broken.slice(0, 50).join('\n')).toEqual([]);
	});

	it('the crawler reports what it should', () => {
		expect(check('/en/', '/en/oss/NoSuchCode/')).toMatch(/not built/);
		expect(check('/en/', '/en/oss/NoSuchKey/#no-such-anchor')).toMatch(/lacks/);
		expect(check('/en/oss/NoSuchKey/', '#key-not-exist')).toBeUndefined();
		expect(check('/en/', 'https://example.com/')).toBeUndefined();
	});
});
