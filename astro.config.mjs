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
	vite: { plugins: [tailwindcss()] },
});
