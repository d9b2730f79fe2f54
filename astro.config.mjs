// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

/** Where the site is published: canonical URLs, hreflang and the sitemap are absolute. */
const site = process.env.SITE_URL ?? 'https://storage-error-atlas.pages.dev';

export default defineConfig({
	site,
	trailingSlash: 'always',
	integrations: [mdx()],
	markdown: {
		// Code samples follow the reader's colour scheme (see the dark rule in global.css).
		shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } },
	},
	vite: {
		plugins: [tailwindcss()],
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
