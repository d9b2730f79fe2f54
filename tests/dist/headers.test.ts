import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheControlFor, securityHeaders } from '../../src/build/hosting.mjs';
import { builtPages, decodeEntities, dist, isRedirectStub } from './site';

/**
 * `dist/_headers` as Cloudflare Pages and Netlify read it: the security headers on every path, and
 * for every built file exactly one caching rule, the one src/build/hosting.mjs gives its path.
 * A real nginx serving the same is tested in e2e-nginx/.
 */
const rules = readFileSync(join(dist, '_headers'), 'utf8')
	.split(/\n(?=\S)/)
	.filter((block) => !block.startsWith('#') && block.trim())
	.map((block) => {
		const [pattern = '', ...lines] = block.trim().split('\n');
		return {
			pattern,
			headers: lines.map((line) => line.trim().split(': ') as [string, string]),
		};
	});
const matches = (pattern: string, path: string) =>
	pattern.endsWith('*')
		? path.startsWith(pattern.slice(0, -1))
		: pattern === path || (pattern === '/' && path === '/index.html');

describe('_headers', () => {
	it('puts the security headers on every path', () => {
		const all = rules.find((rule) => rule.pattern === '/*');
		expect(all?.headers).toEqual(
			securityHeaders({ reportUrl: process.env['CSP_REPORT_URL'] || undefined }),
		);
	});

	it('gives every built file exactly one Cache-Control, the one for its path', () => {
		const wrong: string[] = [];
		for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
			const path = `/${file.split(/[\\/]/).join('/')}`;
			if (!/\.[A-Za-z_]+$/.test(path) || /^\/_(headers|redirects)$/.test(path)) continue;
			const values = rules
				.filter((rule) => matches(rule.pattern, path))
				.flatMap((rule) => rule.headers.filter(([name]) => name === 'Cache-Control'))
				.map(([, value]) => value);
			if (values.length !== 1 || values[0] !== cacheControlFor(path))
				wrong.push(`${path}: ${JSON.stringify(values)}`);
		}
		expect(wrong, wrong.slice(0, 10).join('\n')).toEqual([]);
	});

	it('the header policy agrees with every page’s meta wherever both speak', () => {
		const header = new Map(
			securityHeaders()[0]![1]
				.split('; ')
				.map((d) => [d.split(' ')[0], d] as const),
		);
		for (const page of builtPages().filter((p) => !isRedirectStub(p))) {
			const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(page.html);
			for (const directive of decodeEntities(meta![1]!)
				.split(';')
				.map((d) => d.trim())) {
				const name = directive.split(' ')[0];
				if (header.has(name)) expect(header.get(name), page.path).toBe(directive);
			}
		}
	});
});
