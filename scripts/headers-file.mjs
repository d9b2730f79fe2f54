// @ts-check
// Writes dist/_headers (Cloudflare Pages, Netlify) from src/build/hosting.mjs. The last step of
// `npm run build`: it runs after Pagefind, because it gives Pagefind's files their caching.
// CSP_REPORT_URL: where browsers send Content-Security-Policy violation reports (none when unset).
import { existsSync, writeFileSync } from 'node:fs';
import { headersFile } from '../src/build/hosting.mjs';

const dist = 'dist';
if (!existsSync(`${dist}/pagefind/pagefind.js`)) {
	console.error(
		'headers-file: no dist/pagefind/: run it after `astro build` and `pagefind --site dist`',
	);
	process.exit(1);
}
writeFileSync(
	`${dist}/_headers`,
	headersFile(dist, { reportUrl: process.env['CSP_REPORT_URL'] || undefined }),
);
console.log(`${dist}/_headers written`);
