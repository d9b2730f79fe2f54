// @ts-check
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How the built site is served: the one source of the response headers, the caching of each kind
 * of file, and the content types a server must get right. The build writes `dist/_headers` from
 * it (Cloudflare Pages, Netlify) and `npm run nginx-config` an nginx server block; tests hold the
 * file, the block and a real nginx to these values. Plain JavaScript: astro.config.mjs loads it.
 */

/**
 * The page policy's directives (Astro's `security.csp`, written as a `<meta>` on every page with
 * the hashes of what that page inlines — see page-policy.mjs): nothing from other origins, no
 * inline code but the hashed, no eval.
 */
/** @type {`${'default-src' | 'img-src' | 'connect-src' | 'base-uri' | 'form-action'} ${string}`[]} */
export const cspDirectives = [
	"default-src 'none'",
	"img-src 'self'",
	"connect-src 'self'",
	"base-uri 'none'",
	"form-action 'self'",
];
/** Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (it allows no JavaScript eval). */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"];
export const styleResources = ["'self'"];

/**
 * The policy as a response header. A browser enforces every policy it is given, the `<meta>` and
 * the header alike: a request must pass both. The header therefore leaves scripts and styles to
 * each page's `<meta>`, which lists that page's own hashes: a header `script-src 'self'` without
 * them would block the hashed inline scripts, and the union of every page's hashes would only
 * repeat, more loosely, what each meta already says. So the header has no `script-src`,
 * `style-src` nor `default-src` (which would stand for both), and carries the rest of the page
 * policy — for responses that have no meta (redirect pages, JSON, XML) — plus what a `<meta>`
 * cannot carry: `frame-ancestors` (no site may frame ours) and, when the build is told where to
 * send them, violation reports.
 *
 * @param {{ reportUrl?: string | undefined }} [options] `reportUrl`: an absolute URL that accepts
 *   CSP reports (`CSP_REPORT_URL` at build time); without it, the header asks for no reports.
 * @returns {string}
 */
export function headerPolicy({ reportUrl } = {}) {
	return [
		...cspDirectives.filter((directive) => !directive.startsWith('default-src ')),
		"object-src 'none'",
		"frame-ancestors 'none'",
		...(reportUrl ? [`report-uri ${reportUrl}`, `report-to ${reportGroup}`] : []),
	].join('; ');
}

/** The Reporting API's name for the endpoint of `report-to`. */
const reportGroup = 'csp';

/**
 * Headers of every response.
 * @param {{ reportUrl?: string | undefined }} [options]
 * @returns {[string, string][]}
 */
export function securityHeaders(options = {}) {
	if (options.reportUrl && !/^https?:\/\/[^\s;,"]+$/.test(options.reportUrl)) {
		throw new Error(`CSP_REPORT_URL: "${options.reportUrl}" is not an absolute http(s) URL`);
	}
	return [
		['Content-Security-Policy', headerPolicy(options)],
		...(options.reportUrl
			? /** @type {[string, string][]} */ ([
					['Reporting-Endpoints', `${reportGroup}="${options.reportUrl}"`],
				])
			: []),
		// Scripts, styles and Pagefind's files are served with their real types (below): nothing is sniffed.
		['X-Content-Type-Options', 'nosniff'],
		// A company mirror's host name does not leave with a click on a provider's documentation.
		['Referrer-Policy', 'same-origin'],
	];
}

/** Files whose name carries a hash of their content: a new content is a new name. */
export const immutable = 'public, max-age=31536000, immutable';
/**
 * Everything else — pages, the JSON catalogue, Pagefind's entry files — is revalidated on each
 * use (a 304 when unchanged), so a new build is seen at once and a page never names assets that
 * a deploy removed.
 */
export const revalidate = 'public, max-age=0, must-revalidate';

/**
 * Where hashed names live: Vite's bundles (`/_astro/…`); Pagefind's index chunks, fragments and
 * filters, and its per-language metadata (`pagefind.en_59d0….pf_meta`). Pagefind's `pagefind.js`,
 * `pagefind-entry.json` and `wasm.{lang}.pagefind` keep their names from build to build.
 */
export const hashedFolders = [
	'/_astro/',
	'/pagefind/fragment/',
	'/pagefind/index/',
	'/pagefind/filter/',
];
const hashedFile = /^\/pagefind\/[^/]+\.pf_meta$/;

/** @param {string} path a URL path */
export function isHashed(path) {
	return hashedFolders.some((folder) => path.startsWith(folder)) || hashedFile.test(path);
}

/** @param {string} path a URL path */
export function cacheControlFor(path) {
	return isHashed(path) ? immutable : revalidate;
}

/**
 * Pagefind's binary files are gzip data that its script unpacks itself (the WebAssembly
 * included): they go as bytes, never compressed again, never sniffed.
 */
export const pagefindBinaryExtensions = [
	'pf_fragment',
	'pf_index',
	'pf_meta',
	'pf_filter',
	'pagefind',
];
export const binaryType = 'application/octet-stream';
/** The OpenSearch descriptions (`/{lang}/opensearch.xml`): browsers look for this type. */
export const openSearchType = 'application/opensearchdescription+xml';
/** Types worth compressing on the fly; HTML always is. */
export const compressedTypes = [
	'text/css',
	'text/plain',
	'text/xml',
	'application/javascript',
	'application/json',
	'application/xml',
	'image/svg+xml',
	openSearchType,
];

/**
 * The `_headers` file (Cloudflare Pages, Netlify): the security headers on every path, and each
 * file's caching. Both hosts apply every rule whose pattern matches, and Cloudflare joins two
 * values of one header with a comma, so no path may match two `Cache-Control` rules: a folder gets
 * one rule when all its files share their caching, else its files or subfolders get theirs.
 *
 * @param {string} dist the built site's folder
 * @param {{ reportUrl?: string | undefined }} [options]
 */
export function headersFile(dist, options = {}) {
	/** @type {[string, string][]} pattern → Cache-Control */
	const rules = [];
	/** @param {string} dir @param {string} path URL path of dir, ending in / */
	const walk = (dir, path) => {
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
			a.name < b.name ? -1 : 1,
		)) {
			// _headers and _redirects: read by the host, not served.
			if (path === '/' && entry.isFile() && entry.name.startsWith('_')) continue;
			const child = `${path}${entry.name}`;
			if (entry.isFile()) {
				rules.push([child === '/index.html' ? '/' : child, cacheControlFor(child)]);
				continue;
			}
			const values = new Set(
				readdirSync(join(dir, entry.name), { recursive: true, withFileTypes: true })
					.filter((file) => file.isFile())
					.map((file) =>
						cacheControlFor(
							`${child}/${join(file.parentPath, file.name).slice(join(dir, entry.name).length + 1)}`,
						),
					),
			);
			if (values.size === 1) rules.push([`${child}/*`, [...values][0] ?? revalidate]);
			else walk(join(dir, entry.name), `${child}/`);
		}
	};
	walk(dist, '/');
	const block = (/** @type {string} */ pattern, /** @type {[string, string][]} */ headers) =>
		`${pattern}\n${headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
	return [
		'# Generated by the build from src/build/hosting.mjs: edit that, not this.\n',
		block('/*', securityHeaders(options)),
		...rules.map(([pattern, value]) => block(pattern, [['Cache-Control', value]])),
	].join('');
}

/**
 * An nginx `server` block that serves the built site as the `_headers` and `_redirects` files
 * ask of Cloudflare Pages and Netlify: the same headers and caching (from the functions above),
 * the declared redirects as 301s, the 404 page with status 404, Pagefind's files with their
 * type, and compression of what is not compressed already.
 *
 * nginx drops a level's `add_header` lines wherever a location has its own, so every location
 * repeats the security headers; `always` puts them on 301 and 404 answers too.
 *
 * @param {{
 *   root: string;
 *   listen: string;
 *   redirects: Record<string, string>;
 *   reportUrl?: string | undefined;
 * }} options
 */
export function nginxServer({ root, listen, redirects, reportUrl }) {
	const quote = (/** @type {string} */ value) => `"${value.replace(/["\\$]/g, '\\$&')}"`;
	const regex = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	/**
	 * @param {string} match
	 * @param {{ cache?: string; binary?: boolean; type?: string; body?: string[] }} how
	 */
	const location = (match, { cache = revalidate, binary = false, type, body }) =>
		[
			`\tlocation ${match} {`,
			.../** @type {[string, string][]} */ ([
				...securityHeaders({ reportUrl }),
				['Cache-Control', cache],
			]).map(([name, value]) => `\t\tadd_header ${name} ${quote(value)} always;`),
			// An empty `types` here makes `default_type` the type of every file the location serves.
			...(binary || type
				? ['\t\ttypes { }', `\t\tdefault_type ${binary ? binaryType : type};`]
				: []),
			// Pagefind gzipped these itself.
			...(binary ? ['\t\tgzip off;'] : []),
			...(body ?? ['try_files $uri =404;']).map((line) => `\t\t${line}`),
			'\t}',
		].join('\n');
	const pagefind = '/pagefind/';
	return `# Generated from src/build/hosting.mjs (npm run nginx-config): edit that, not this.
server {
	listen ${listen};
	server_name _;
	root ${root};
	server_tokens off;
	# Redirects name the path only: right behind a proxy or a container's port mapping.
	absolute_redirect off;
	charset utf-8;
	charset_types ${compressedTypes.join(' ')};

	gzip on;
	gzip_vary on;
	gzip_min_length 512;
	gzip_types ${compressedTypes.join(' ')};

	error_page 404 /404.html;

	# Declared redirects (content/redirects.yaml), as _redirects says them.
${Object.entries(redirects)
	.map(([from, to]) => location(`= ${quote(from)}`, { body: [`return 301 ${quote(to)};`] }))
	.join('\n')}

	# Pages and every other file; a folder's page is its index.html.
${location('/', { body: ['try_files $uri $uri/ =404;'] })}

	# Served only as the answer to a missing path, with status 404.
${location('= /404.html', { body: ['internal;'] })}

	# Read by Cloudflare Pages and Netlify; nothing for a reader.
	location ~ ^/_(headers|redirects)$ {
		return 404;
	}

	# Hashed names: cached for good. Pagefind's are its own gzip data, sent as bytes.
${hashedFolders
	.map((folder) =>
		location(`~ ^${regex(folder)}`, {
			cache: immutable,
			binary: folder.startsWith(pagefind),
		}),
	)
	.join('\n')}
${location(`~ ^${regex(pagefind)}[^/]+\\.pf_meta$`, { cache: immutable, binary: true })}
${location(`~ ^${regex(pagefind)}.+\\.(${pagefindBinaryExtensions.join('|')})$`, { binary: true })}

	# OpenSearch descriptions, with the type browsers look for.
${location('~ ^/[^/]+/opensearch\\.xml$', { type: openSearchType })}
}
`;
}
