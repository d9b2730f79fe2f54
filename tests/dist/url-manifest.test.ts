import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedUrls } from '../../scripts/lib/published-urls.mjs';
import { loadRedirects } from '../../src/routing/redirects.mjs';
import { builtPages, dist, idsOf } from './site';

/**
 * Links that last: every URL ever published (tests/url-manifest.txt) still opens, directly or
 * through a declared redirect, and its #anchor still lands. Runs on the built site (dist/).
 */
/** The ids of each built page, by path: the pages and anchors a URL can land on. */
const anchorsByPath = new Map(builtPages().map((page) => [page.path, idsOf(page.html)]));
const redirects = loadRedirects('content/redirects.yaml');
const manifest = readFileSync('tests/url-manifest.txt', 'utf8')
	.split('\n')
	.filter((line) => line && !line.startsWith('#'));

function resolves(url: string): string | undefined {
	const [path = '', anchor] = url.split('#');
	const target = redirects[path] ?? path;
	// A promised file that is not a page (the JSON catalogue, an OpenSearch description): it exists.
	if (!target.endsWith('/')) {
		return existsSync(`${dist}${target}`) ? undefined : 'is not built (a file of the site)';
	}
	const anchors = anchorsByPath.get(target);
	if (!anchors) {
		return redirects[path]
			? `redirects to ${target}, which is not built`
			: 'is not built: declare where it moved in content/redirects.yaml';
	}
	if (anchor && !anchors.has(decodeURIComponent(anchor))) {
		return `has no #${anchor} on ${target}: keep the old id in the message's formerIds`;
	}
	return undefined;
}

describe('URL manifest', () => {
	it('is read from a built site', () => {
		expect(existsSync(`${dist}/index.html`), 'run npm run build first').toBe(true);
		expect(manifest.length).toBeGreaterThan(500);
	});

	it('every published URL still resolves', () => {
		const broken = manifest.flatMap((url) => {
			const problem = resolves(url);
			return problem ? [`${url} ${problem}`] : [];
		});
		expect(broken, broken.join('\n')).toEqual([]);
	});

	it('every built URL is listed (run `npm run urls` after adding pages)', () => {
		const listed = new Set(manifest);
		const missing = publishedUrls(dist, redirects).filter((url) => !listed.has(url));
		expect(missing, missing.join('\n')).toEqual([]);
	});
});

describe('the checks themselves', () => {
	it('report a page that is gone, and accept it once redirected', () => {
		expect(resolves('/en/oss/NoSuchPage/')).toMatch(/is not built/);
		redirects['/en/oss/NoSuchPage/'] = '/en/oss/NoSuchKey/';
		try {
			expect(resolves('/en/oss/NoSuchPage/')).toBeUndefined();
		} finally {
			delete redirects['/en/oss/NoSuchPage/'];
		}
	});

	it('report a file of the JSON catalogue that is gone', () => {
		expect(resolves('/api/v1/oss/NoSuchKey.json')).toBeUndefined();
		expect(resolves('/api/v1/oss/NoSuchPage.json')).toMatch(/is not built/);
	});

	it('report an anchor that is gone', () => {
		expect(resolves('/en/oss/NoSuchKey/#renamed-away')).toMatch(/has no #renamed-away/);
	});
});
