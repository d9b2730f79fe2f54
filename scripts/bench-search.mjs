#!/usr/bin/env node
// Search budget, measured in Chromium against the built site (run `npm run build` first):
//  - bytes downloaded from opening search to the first result of a first query (cold cache,
//    transfer sizes as the browser reports them), median of several runs;
//  - time from the last keystroke to rendered results (warm: index loaded), median and p95 over
//    every query of the ranking suite, several passes.
// Usage: npm run bench:search [-- --runs 5]
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from './lib/chromium.mjs';
import { servePreview } from './lib/preview.mjs';
import { median, percentile } from './lib/stats.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const port = 4391;
const base = `http://localhost:${port}`;
const { cases } = JSON.parse(
	readFileSync(new URL('../e2e/search-queries.json', import.meta.url), 'utf8'),
);

/**
 * Opens a code page, then search, and types a code; adds up every response the page and its
 * workers receive until the first result shows, as transferred (the preview server compresses
 * text; Pagefind's WASM and index files are compressed already), headers included.
 */
async function bytesToFirstResult(browser, lang) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${base}/${lang}/oss/NoSuchKey/`, { waitUntil: 'networkidle' });
	const pending = [];
	context.on('requestfinished', (request) => pending.push(request.sizes()));
	await page.keyboard.press('/');
	await page
		.locator('site-search input[type="search"]')
		.pressSequentially('NoSuchKey', { delay: 80 });
	await page.locator('site-search [role="option"]').first().waitFor();
	await page.waitForLoadState('networkidle');
	const sizes = await Promise.all(pending);
	await context.close();
	return {
		bytes: sizes.reduce((sum, size) => sum + size.responseBodySize + size.responseHeadersSize, 0),
		requests: sizes.length,
	};
}

/** Warm latency: the index is loaded; each query is typed and timed to the frame that shows it. */
async function latencies(browser, lang, passes) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${base}/${lang}/search/`);
	const queries = cases.filter((c) => c.lang === lang).map((c) => c.query);
	const timeOne = (query) =>
		page.evaluate(
			(q) =>
				new Promise((resolve) => {
					const input = document.querySelector('search-page input[name="q"]');
					const list = document.getElementById('search-page-results');
					input.value = '';
					const start = { t: 0 };
					list.addEventListener('search-rendered', function listener(event) {
						if (event.detail.q !== q) return;
						list.removeEventListener('search-rendered', listener);
						requestAnimationFrame(() => resolve(performance.now() - start.t));
					});
					start.t = performance.now();
					input.value = q;
					input.dispatchEvent(new Event('input', { bubbles: true }));
				}),
			query,
		);
	for (const query of queries) await timeOne(query); // warm-up pass: index and fragments loaded
	const times = [];
	for (let pass = 0; pass < passes; pass++)
		for (const query of queries) times.push(await timeOne(query));
	await context.close();
	return times;
}

const server = await servePreview(port);
const browser = await chromium.launch(launchOptions());
try {
	console.log(
		`Search budget (${runs} runs; Chromium ${browser.version()}; ${new Date().toISOString().slice(0, 10)})`,
	);
	for (const lang of ['en', 'zh']) {
		const bytes = [];
		for (let run = 0; run < runs; run++) bytes.push(await bytesToFirstResult(browser, lang));
		const times = await latencies(browser, lang, runs);
		const kb = (values) => `${(median(values) / 1024).toFixed(1)} KB`;
		console.log(
			`${lang}: open search and type a code (80 ms a key) to the first result: ${kb(bytes.map((b) => b.bytes))} ` +
				`in ${median(bytes.map((b) => b.requests))} requests, median of ${runs}; ` +
				`last keystroke to rendered results: ${median(times).toFixed(1)} ms median, ${percentile(times, 95).toFixed(1)} ms p95 over ${times.length} warm searches`,
		);
	}
} finally {
	await browser.close();
	server.kill();
}
