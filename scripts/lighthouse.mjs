#!/usr/bin/env node
// Lighthouse on the built site (run `npm run build` first): the home page, a code page and the
// comparison, in both languages; the four category scores, median of several runs each (the
// performance score moves a little from run to run), and every audit that keeps a score below 100.
// Lighthouse's default settings: a mid-range phone on a throttled 4G connection.
// Usage: npm run lighthouse [-- --runs 3]
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { systemChromium } from './lib/chromium.mjs';
import { servePreview } from './lib/preview.mjs';
import { median } from './lib/stats.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const port = 4392;
const pages = [
	'/en/',
	'/zh/',
	'/en/oss/NoSuchKey/',
	'/zh/oss/NoSuchKey/',
	'/en/compare/',
	'/zh/compare/',
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const run = promisify(execFile);
const chromium = systemChromium();

/** One Lighthouse report (JSON) of a URL, in a fresh headless Chromium. */
async function report(url) {
	const chromeFlags = ['--headless=new', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
	const { stdout } = await run(
		process.execPath,
		[
			'node_modules/lighthouse/cli/index.js',
			url,
			'--output=json',
			'--output-path=stdout',
			'--quiet',
			`--only-categories=${categories.join(',')}`,
			`--chrome-flags=${chromeFlags.join(' ')}`,
		],
		{
			maxBuffer: 64 * 1024 * 1024,
			// Lighthouse finds Chrome through CHROME_PATH; else its own search of the usual places.
			env: { ...process.env, ...(chromium ? { CHROME_PATH: chromium } : {}) },
		},
	);
	return JSON.parse(stdout);
}

const server = await servePreview(port);
const rows = [];
const shortfalls = new Map();
try {
	for (const path of pages) {
		const scores = Object.fromEntries(categories.map((category) => [category, []]));
		for (let i = 0; i < runs; i++) {
			const result = await report(`http://localhost:${port}${path}`);
			for (const category of categories) {
				scores[category].push(Math.round(result.categories[category].score * 100));
				// Audits that count towards the category's score and did not pass in full.
				for (const { id, weight } of result.categories[category].auditRefs) {
					const audit = result.audits[id];
					if (weight > 0 && audit.score !== null && audit.score < 1) {
						shortfalls.set(
							`${path} ${category}: ${id}`,
							`${audit.title} (${audit.displayValue ?? audit.score})`,
						);
					}
				}
			}
		}
		rows.push([path, ...categories.map((category) => median(scores[category]))]);
		console.error(`${path}: ${rows.at(-1).slice(1).join(' / ')}`);
	}
} finally {
	server.kill();
}

console.log(`\nLighthouse ${runs} run(s) per page, median; Chromium at ${chromium ?? 'default'}\n`);
console.log(`| Page | ${categories.join(' | ')} |`);
console.log(`| --- | ${categories.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
if (shortfalls.size > 0) {
	console.log('\nAudits below full marks (in any run):');
	for (const [where, what] of shortfalls) console.log(`- ${where} — ${what}`);
}
