// @ts-check
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Files other than pages that tools keep URLs of, and so are promised like pages: the JSON
 * catalogue (`/api/v1/…`) and each language's OpenSearch description (a browser that added the
 * site's search keeps its URL).
 */
const promisedFiles = [/^api\/.+\.json$/, /^[^/]+\/opensearch\.xml$/];

/**
 * Every URL the built site publishes: each page's path and, on code pages, each message anchor
 * (`/en/oss/NoSuchKey/#key-not-exist`), and the promised files above. Read from `dist/`, so it is
 * what users can open. Left out: the 404 page, Pagefind's files, and the redirect pages of
 * declared redirects.
 *
 * @param {string} dist
 * @param {Record<string, string>} redirects
 * @returns {string[]} sorted
 */
export function publishedUrls(dist, redirects) {
	/** @type {string[]} */
	const urls = [];
	for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
		const slashed = file.split(sep).join('/');
		if (promisedFiles.some((pattern) => pattern.test(slashed))) urls.push(`/${slashed}`);
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
