// @ts-check
import { loadRedirects } from '../../src/routing/redirects.mjs';
import { nginxServer } from '../../src/build/hosting.mjs';

/**
 * The site's nginx `server` block (src/build/hosting.mjs) with the declared redirects of
 * content/redirects.yaml and of any `extraRedirects` files (tests declare one of their own, the
 * site having none yet). CSP_REPORT_URL as for the build's `_headers`.
 *
 * @param {{ root: string; listen: string; extraRedirects?: string[] }} options
 */
export function siteServerBlock({ root, listen, extraRedirects = [] }) {
	const redirects = Object.assign(
		{},
		loadRedirects(`${process.env['ATLAS_CONTENT_DIR'] ?? 'content'}/redirects.yaml`),
		...extraRedirects.map((file) => loadRedirects(file)),
	);
	return nginxServer({
		root,
		listen,
		redirects,
		reportUrl: process.env['CSP_REPORT_URL'] || undefined,
	});
}
