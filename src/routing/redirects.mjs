// @ts-check
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * Declared redirects (`content/redirects.yaml`), read by astro.config.mjs (redirect pages and the
 * `_redirects` file) and by the URL manifest test. Plain JavaScript: the config loads it too.
 *
 * @param {string} file
 * @returns {Record<string, string>} old path → new path
 */
export function loadRedirects(file) {
	let raw;
	try {
		raw = parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new Error(`${file}: ${/** @type {Error} */ (error).message}`, { cause: error });
	}
	if (!Array.isArray(raw)) throw new Error(`${file}: must be a list of { from, to }`);
	const isPath = (/** @type {unknown} */ value) =>
		typeof value === 'string' && /^\/(\S*\/)?$/.test(value) && !value.includes('//');
	/** @type {string[]} */
	const problems = [];
	/** @type {Record<string, string>} */
	const redirects = {};
	raw.forEach((entry, index) => {
		const where = `${file} › [${index}]`;
		if (!isPath(entry?.from)) problems.push(`${where}.from: a path from / to a trailing /`);
		else if (!isPath(entry?.to)) problems.push(`${where}.to: a path from / to a trailing /`);
		else if (entry.from === entry.to) problems.push(`${where}: redirects to itself`);
		else if (Object.hasOwn(redirects, entry.from)) problems.push(`${where}.from: declared twice`);
		else redirects[entry.from] = entry.to;
	});
	if (problems.length > 0) throw new Error(`Redirects are invalid:\n  ${problems.join('\n  ')}`);
	return redirects;
}

/**
 * The `_redirects` file: one `from to 301` line per redirect, the format Cloudflare Pages and
 * Netlify share.
 *
 * @param {Record<string, string>} redirects
 */
export function redirectsFile(redirects) {
	const lines = Object.entries(redirects).map(([from, to]) => `${from} ${to} 301`);
	return `# Generated from content/redirects.yaml by the build.\n${lines.join('\n')}\n`;
}
