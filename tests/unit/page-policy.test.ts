import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowPolicy } from '../../src/build/page-policy.mjs';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) =>
	/content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? 'none';

describe('narrowPolicy', () => {
	const used = 'console.log(1)';
	const other = 'console.log(2)';
	const style = 'p{color:red}';
	const policy = `default-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${hash(used)} ${hash(other)}; style-src 'self' ${hash(style)} ${hash('')};`;

	it("keeps only the hashes of the page's own inline scripts and styles", () => {
		const html = page(policy, `<script type="module">${used}</script><style>${style}</style>`);
		expect(policyOf(narrowPolicy(html))).toBe(
			`default-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${hash(used)}; style-src 'self' ${hash(style)};`,
		);
	});

	it('drops every hash from a page that inlines nothing; bundled scripts stay allowed by self', () => {
		const html = page(policy, `<script type="module" src="/_astro/a.js"></script>`);
		expect(policyOf(narrowPolicy(html))).toBe(
			"default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';",
		);
	});

	it('leaves other directives, keywords and the rest of the page as they are', () => {
		const html = page(
			`img-src 'self' data:; script-src 'self' 'strict-dynamic' ${hash(other)}`,
			`<p>text</p><script>${used}</script>`,
		);
		const narrowed = narrowPolicy(html);
		expect(policyOf(narrowed)).toBe("img-src 'self' data:; script-src 'self' 'strict-dynamic'");
		expect(narrowed.replace(policyOf(narrowed), '')).toBe(html.replace(policyOf(html), ''));
	});

	it('matches hashes in the algorithm the policy uses', () => {
		const sha384 = `'sha384-${createHash('sha384').update(used).digest('base64')}'`;
		const html = page(`script-src 'self' ${sha384}`, `<script>${used}</script>`);
		expect(policyOf(narrowPolicy(html))).toBe(`script-src 'self' ${sha384}`);
	});

	it('returns a page without a policy unchanged', () => {
		const html = '<html><head></head><body><script>x()</script></body></html>';
		expect(narrowPolicy(html)).toBe(html);
	});
});
