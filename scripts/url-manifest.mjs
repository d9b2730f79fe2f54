// @ts-check
// Adds to tests/url-manifest.txt every URL the built site publishes (run `npm run build` first).
// It only ever adds: a URL leaves the manifest by hand, in review, once content/redirects.yaml
// moves its page. tests/dist/url-manifest.test.ts fails when a listed URL is no longer built
// (and not redirected) and when a built URL is not listed yet.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadRedirects } from '../src/routing/redirects.mjs';
import { publishedUrls } from './lib/published-urls.mjs';

const dist = 'dist';
const manifest = 'tests/url-manifest.txt';
if (!existsSync(dist)) {
	console.error('No dist/ folder: run `npm run build` first.');
	process.exit(1);
}
const listed = existsSync(manifest)
	? readFileSync(manifest, 'utf8')
			.split('\n')
			.filter((line) => line && !line.startsWith('#'))
	: [];
const built = publishedUrls(dist, loadRedirects('content/redirects.yaml'));
const added = built.filter((url) => !listed.includes(url));
const urls = [...new Set([...listed, ...built])].sort();
writeFileSync(
	manifest,
	'# Every URL the site has published (npm run urls adds new ones). Tickets link them: a line\n' +
		'# goes only when content/redirects.yaml moves its page, or formerIds keeps its anchor.\n' +
		`${urls.join('\n')}\n`,
);
console.log(`${manifest}: ${urls.length} URLs, ${added.length} added`);
