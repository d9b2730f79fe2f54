import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtPages, decodeEntities, inlineElements, isRedirectStub, type BuiltPage } from './site';

/**
 * The Content-Security-Policy every built page carries (Astro's `security.csp`, a `<meta>` in the
 * head): strict, and complete for what the page itself inlines. The browser side — every script
 * working under it, an injected script refused — is in e2e/csp.spec.ts and the e2e fixture.
 */

/** The page's policy as directive → sources, or undefined when the page has none. */
function policyOf(page: BuiltPage): Map<string, string[]> | undefined {
	const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(page.html);
	if (!meta) return undefined;
	const policy = new Map<string, string[]>();
	for (const directive of decodeEntities(meta[1]!).split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/);
		if (name) policy.set(name, sources);
	}
	return policy;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const pages = builtPages();
/** Every page but the redirect stubs, which Astro writes without a policy (and need none). */
const governed = pages.filter((page) => !isRedirectStub(page));

describe('Content-Security-Policy', () => {
	it('is on every page, ahead of anything it governs', () => {
		for (const page of governed) {
			const meta = page.html.indexOf('http-equiv="content-security-policy"');
			expect(meta, `${page.path}: no policy`).toBeGreaterThan(-1);
			// A <meta> policy applies only to what comes after it.
			const governed = /<script\b|<style\b|<link\b[^>]*rel="stylesheet"/.exec(page.html);
			if (governed)
				expect(meta, `${page.path}: policy after ${governed[0]}`).toBeLessThan(governed.index);
		}
	});

	it('is strict: nothing from other origins, no inline or eval script, no plugins, no <base>', () => {
		for (const page of governed) {
			const policy = policyOf(page)!;
			expect(policy.get('default-src'), page.path).toEqual(["'none'"]);
			expect(policy.get('base-uri'), page.path).toEqual(["'none'"]);
			for (const directive of ['script-src', 'style-src', 'img-src', 'connect-src']) {
				const sources = policy.get(directive) ?? [];
				expect(sources, `${page.path} ${directive}`).toContain("'self'");
				for (const source of sources) {
					// Only our own origin, hashes, and WebAssembly compilation (Pagefind's search).
					expect(
						source === "'self'" ||
							source === "'wasm-unsafe-eval'" ||
							/^'sha256-[\w+/=]+'$/.test(source),
						`${page.path} ${directive}: ${source}`,
					).toBe(true);
				}
			}
		}
	});

	it('lists the hash of every inline script and style on the page', () => {
		for (const page of governed) {
			const policy = policyOf(page)!;
			for (const script of inlineElements(page.html, 'script')) {
				if (script.isData) continue;
				expect(policy.get('script-src'), `${page.path}: ${script.body.slice(0, 60)}`).toContain(
					sha256(script.body),
				);
			}
			for (const style of inlineElements(page.html, 'style')) {
				expect(policy.get('style-src'), `${page.path}: ${style.body.slice(0, 60)}`).toContain(
					sha256(style.body),
				);
			}
		}
	});

	it('has nothing a policy without unsafe-inline would block: no style or on* attributes, no javascript: links', () => {
		for (const page of pages) {
			const tags = page.html.match(/<[a-z][a-z0-9-]*\b[^>]*>/g) ?? [];
			for (const tag of tags) {
				expect(/\sstyle="/.test(tag), `${page.path}: ${tag}`).toBe(false);
				expect(/\son[a-z]+="/.test(tag), `${page.path}: ${tag}`).toBe(false);
				expect(/="\s*javascript:/i.test(tag), `${page.path}: ${tag}`).toBe(false);
			}
		}
	});

	it('redirect stubs carry no script or style for a policy to govern', () => {
		for (const page of pages.filter(isRedirectStub)) {
			expect(/<script\b|<style\b|\sstyle="/.test(page.html), page.path).toBe(false);
		}
	});
});
