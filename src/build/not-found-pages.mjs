// @ts-check
import { readdir, rename, rmdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/**
 * Moves each language's 404 page from `/{lang}/404/index.html`, where Astro writes the page of
 * `src/pages/[lang]/404.astro`, to `/{lang}/404.html`: the file hosts look for up the path of a
 * missing page (Cloudflare Pages, Netlify) and what an nginx `error_page` names. Only Astro's
 * own root `404.astro` gets that name by itself. Plain JavaScript: astro.config.mjs loads it.
 *
 * @returns {import('astro').AstroIntegration}
 */
export function notFoundPages() {
	return {
		name: 'not-found-pages',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const root = fileURLToPath(dir);
				for (const entry of await readdir(root, { withFileTypes: true })) {
					if (!entry.isDirectory()) continue;
					const folder = join(root, entry.name, '404');
					const built = await readdir(folder).catch(() => []);
					if (built.length !== 1 || built[0] !== 'index.html') continue;
					await rename(join(folder, 'index.html'), join(root, entry.name, '404.html'));
					await rmdir(folder);
				}
			},
		},
	};
}
