import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	cacheControlFor,
	cspDirectives,
	headerPolicy,
	headersFile,
	immutable,
	nginxServer,
	revalidate,
	securityHeaders,
} from '../../src/build/hosting.mjs';

/** The hosting headers' one source (src/build/hosting.mjs): the policy header, caching, the two outputs. */
const directives = (policy: string) => policy.split('; ').map((d) => d.split(' ')[0]);

describe('the policy header', () => {
	it('leaves scripts and styles to each page’s meta, and carries what a meta cannot', () => {
		const policy = headerPolicy();
		expect(directives(policy)).not.toContain('script-src');
		expect(directives(policy)).not.toContain('style-src');
		// default-src would stand for script-src and style-src, and block the pages' hashed inline code.
		expect(directives(policy)).not.toContain('default-src');
		expect(policy).toContain("frame-ancestors 'none'");
		for (const directive of cspDirectives.filter((d) => !d.startsWith('default-src'))) {
			expect(policy.split('; ')).toContain(directive);
		}
		expect(policy).not.toMatch(/report/);
	});

	it('asks for reports where the build is told to send them', () => {
		const reportUrl = 'https://reports.example/csp';
		expect(headerPolicy({ reportUrl })).toContain(`report-uri ${reportUrl}; report-to csp`);
		expect(securityHeaders({ reportUrl })).toContainEqual([
			'Reporting-Endpoints',
			`csp="${reportUrl}"`,
		]);
	});

	it('refuses a report URL that would break the header, naming it', () => {
		expect(() => securityHeaders({ reportUrl: '/csp; script-src *' })).toThrow(
			'CSP_REPORT_URL: "/csp; script-src *" is not an absolute http(s) URL',
		);
	});
});

describe('caching', () => {
	it.each([
		['/_astro/global.DiYC5E6o.css', immutable],
		['/pagefind/fragment/en_01d14f9.pf_fragment', immutable],
		['/pagefind/index/en_2029b44.pf_index', immutable],
		['/pagefind/pagefind.en_59d075766e.pf_meta', immutable],
		['/pagefind/pagefind.js', revalidate],
		['/pagefind/pagefind-entry.json', revalidate],
		['/pagefind/wasm.en.pagefind', revalidate],
		['/en/oss/NoSuchKey/', revalidate],
		['/api/v1/index.json', revalidate],
	])('%s → %s', (path, value) => {
		expect(cacheControlFor(path)).toBe(value);
	});
});

describe('_headers', () => {
	it('gives a folder one rule when its files agree, else a rule per file; never two for a path', () => {
		const dist = mkdtempSync(join(tmpdir(), 'headers-'));
		for (const file of [
			'index.html',
			'_redirects',
			'_astro/a.B1.js',
			'en/index.html',
			'pagefind/pagefind.js',
			'pagefind/pagefind.en_1a2b.pf_meta',
			'pagefind/fragment/en_1.pf_fragment',
		]) {
			mkdirSync(join(dist, file, '..'), { recursive: true });
			writeFileSync(join(dist, file), '');
		}
		const file = headersFile(dist);
		expect(file).toContain(`/_astro/*\n  Cache-Control: ${immutable}\n`);
		expect(file).toContain(`/pagefind/fragment/*\n  Cache-Control: ${immutable}\n`);
		expect(file).toContain(`/pagefind/pagefind.en_1a2b.pf_meta\n  Cache-Control: ${immutable}\n`);
		expect(file).toContain(`/pagefind/pagefind.js\n  Cache-Control: ${revalidate}\n`);
		expect(file).toContain(`/en/*\n  Cache-Control: ${revalidate}\n`);
		expect(file).toContain(`\n/\n  Cache-Control: ${revalidate}\n`);
		expect(file).not.toContain('/pagefind/*');
		expect(file).not.toContain('_redirects');
		expect(file).toContain(`/*\n  Content-Security-Policy: ${headerPolicy()}\n`);
	});
});

describe('nginx', () => {
	it('answers each declared redirect with a 301, and every location with the security headers', () => {
		const block = nginxServer({
			root: '/srv/site',
			listen: '8080',
			redirects: { '/en/oss/Old/': '/en/oss/New/' },
		});
		expect(block).toContain('location = "/en/oss/Old/" {');
		expect(block).toContain('return 301 "/en/oss/New/";');
		const locations = block.split(/\n\tlocation /).slice(1);
		const withHeaders = locations.filter((l) => l.includes('add_header Content-Security-Policy'));
		// All but the one that hides _headers and _redirects.
		expect(withHeaders.length).toBe(locations.length - 1);
		expect(block).toContain('error_page 404 /404.html;');
	});
});
