// @ts-check
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every URL the built site publishes: each page's path and, on code pages, each message anchor
 * (`/en/oss/NoSuchKey/#key-not-exist`). Read from `dist/`, so it is what users can open.
 * Left out: the 404 page, Pagefind's files, and the redirect pages of declared redirects.
 *
 * @param {string} dist
 * @param {Record<string, string>} redirects
 * @returns {string[]} sorted
 */
export function publishedUrls(dist, redirects) {
	/** @type {string[]} */
	const urls = [];
	for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith(`index.html`)) continue;
		const path = `/${relative(dist, join(dist, file)).split(sep).slice(0, -1).join('/')}/`.replace(
			'//',
			'/',
		);
		if (path.startsWith('/pagefind/') || Object.hasOwn(redirects, path)) continue;
		urls.push(path);
		const html = readFileSync(join(dist, file), 'utf8');
		for (const [, id] of html.matchAll(/data-message="([^"]+)"/g)) urls.push(`${path}#${id}`);
	}
	return urls.sort();
}
