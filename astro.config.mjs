// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'astro/config';
import { chunkUrl } from './src/build/chunk-url.mjs';
import { cspDirectives, scriptResources, styleResources } from './src/build/hosting.mjs';
import { notFoundPages } from './src/build/not-found-pages.mjs';
import { pagePolicy } from './src/build/page-policy.mjs';
import { loadRedirects, redirectsFile } from './src/routing/redirects.mjs';

/** Where the site is published: canonical URLs, hreflang and the sitemap are absolute. */
const site = process.env.SITE_URL ?? 'https://storage-error-atlas.pages.dev';

/** Published pages that moved (content/redirects.yaml): old links keep working. */
const redirects = loadRedirects(`${process.env.ATLAS_CONTENT_DIR ?? './content'}/redirects.yaml`);

export default defineConfig({
	site,
	// A build test's own site keeps its own caches (tests/build/fixture-site.ts).
	...(process.env.ATLAS_CACHE_DIR ? { cacheDir: process.env.ATLAS_CACHE_DIR } : {}),
	trailingSlash: 'always',
	// A redirect page at each old path, for any host…
	redirects,
	integrations: [
		mdx(),
		// Each page's CSP lists only the hashes of what that page inlines (see the module).
		pagePolicy(),
		// Each language's 404 page at `/{lang}/404.html` (see the module).
		notFoundPages(),
		{
			// …and the `_redirects` file, for hosts that read one (Cloudflare Pages, Netlify); its
			// sibling `_headers` is written after Pagefind (scripts/headers-file.mjs), whose files it covers.
			name: 'redirects-file',
			hooks: {
				'astro:build:done': async ({ dir }) => {
					await writeFile(new URL('_redirects', dir), redirectsFile(redirects));
				},
			},
		},
	],
	markdown: {
		// Prism marks tokens with classes (coloured in global.css, both schemes); Shiki colours them
		// with inline style attributes, which the Content-Security-Policy below does not allow.
		syntaxHighlight: 'prism',
	},
	security: {
		// A strict policy in a <meta> on every page: scripts and styles only from our own files, or
		// inline where Astro hashed them; no eval, no style attributes, nothing from other origins.
		// The directives live with the hosting headers (src/build/hosting.mjs), which repeat them.
		csp: {
			directives: cspDirectives,
			scriptDirective: { resources: scriptResources },
			styleDirective: { resources: styleResources },
		},
	},
	vite: {
		// chunkUrl: scripts load code on first use without Vite's preload helper (see the module).
		plugins: [tailwindcss(), chunkUrl()],
		build: {
			rolldownOptions: {
				onwarn(warning, warn) {
					// withastro/astro#18087: every MDX entry warns that the bundler may drop Astro's
					// "use astro:head-inject" directive; harmless, and 270 lines of it bury real warnings.
					if (
						warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
						warning.message.includes('astro:head-inject')
					)
						return;
					warn(warning);
				},
			},
		},
	},
});
