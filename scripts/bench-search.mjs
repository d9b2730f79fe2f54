#!/usr/bin/env node
// Search budget, measured in Chromium against the built site (run `npm run build` first), per
// language, for three first queries: a code typed (80 ms a key), a message pasted, a Chinese word
// entered at once (as an input method commits it):
//  - bytes downloaded from opening search to the first result on screen (cold cache; transfer
//    sizes as the browser reports them, headers included, of every response that ended before
//    the first result showed), and the milliseconds from opening search to that result; the same
//    to the first full-text result (Pagefind's; the first result may come from the instant tier); medians;
//  - warm keystroke to results (index loaded): to the first results on screen (whichever tier
//    answers first) and to the full results, median and p95 over every query of the ranking suite
//    of that language, several passes.
// Usage: npm run bench:search [-- --runs 5]   (BENCH_PORT=… for another port than 4391)
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from './lib/chromium.mjs';
import { servePreview } from './lib/preview.mjs';
import { median, percentile } from './lib/stats.mjs';
import { langs } from '../src/i18n/locales.ts';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const port = Number(process.env['BENCH_PORT']) || 4391;
const base = `http://localhost:${port}`;
const { cases } = JSON.parse(
	readFileSync(new URL('../e2e/search-queries.json', import.meta.url), 'utf8'),
);

/**
 * The first queries measured on each site: how they are entered, and what. The word is one
 * a reader of that language types (a site's pages are in its language); a language without one
 * here is measured on the code and the message only.
 */
const firstQueries = (lang) => [
	{ name: 'code, typed', text: 'NoSuchKey', typed: true },
	{ name: 'message, pasted', text: 'The specified bucket does not exist.', typed: false },
	...(wordQuery[lang] ? [{ name: 'word', text: wordQuery[lang], typed: false }] : []),
];
const wordQuery = { en: 'lifecycle', zh: '存储空间' };

/**
 * Opens a code page, then search (`/`), and enters a query; adds up every response the page and
 * its workers received until the first result showed. The page notes when search opened and when
 * the first option appeared (wall clock, as Playwright's request timings are).
 */
async function firstResult(browser, lang, query) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${base}/${lang}/oss/NoSuchKey/`, { waitUntil: 'networkidle' });
	const finished = [];
	context.on('requestfinished', (request) =>
		finished.push(
			request
				.sizes()
				.then((size) => {
					const timing = request.timing();
					return {
						end: timing.startTime + timing.responseEnd,
						bytes: size.responseBodySize + size.responseHeadersSize,
					};
				})
				// Finished as the page closed: after the first result, so not counted anyway.
				.catch(() => ({ end: Number.POSITIVE_INFINITY, bytes: 0 })),
		),
	);
	await page.evaluate(() => {
		const marks = { opened: 0, shown: 0, full: 0 };
		Object.assign(window, { benchMarks: marks });
		document.addEventListener('keydown', () => (marks.opened ||= Date.now()), { capture: true });
		// The first full-text result on screen (the UI's event; the instant tier may have answered before).
		document.addEventListener('search-excerpts', () => (marks.full ||= Date.now()));
		new MutationObserver(() => {
			if (!marks.shown && document.querySelector('site-search [role="option"]'))
				marks.shown = Date.now();
		}).observe(document.querySelector('site-search') ?? document.body, {
			childList: true,
			subtree: true,
		});
	});
	await page.keyboard.press('/');
	const input = page.locator('site-search input[type="search"]');
	if (query.typed) await input.pressSequentially(query.text, { delay: 80 });
	else await input.fill(query.text);
	await page.locator('site-search [role="option"]').first().waitFor();
	await page.waitForFunction(() => window.benchMarks.full > 0, undefined, { timeout: 60_000 });
	await page.waitForLoadState('networkidle');
	const { opened, shown, full } = await page.evaluate(() => window.benchMarks);
	const responses = await Promise.all(finished);
	await context.close();
	const upTo = (time) => responses.filter((response) => response.end <= time);
	const sum = (list) => list.reduce((total, response) => total + response.bytes, 0);
	return {
		bytes: sum(upTo(shown)),
		requests: upTo(shown).length,
		ms: shown - opened,
		fullBytes: sum(upTo(full)),
		fullMs: full - opened,
	};
}

/**
 * Warm latency: the index is loaded; each query is entered and timed to the frame that shows its
 * first results (any tier: the first change of the list) and to the frame with its full results.
 */
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
					let first = 0;
					const start = performance.now();
					const observer = new MutationObserver(() => {
						if (first) return;
						observer.disconnect();
						requestAnimationFrame(() => (first = performance.now() - start));
					});
					observer.observe(list, { childList: true });
					list.addEventListener('search-rendered', function listener(event) {
						if (event.detail.q !== q) return;
						list.removeEventListener('search-rendered', listener);
						observer.disconnect();
						requestAnimationFrame(() => {
							const full = performance.now() - start;
							resolve({ first: first || full, full });
						});
					});
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
	const kb = (values) => `${(median(values) / 1024).toFixed(1)} KB`;
	const ms = (values) => `${median(values).toFixed(0)} ms`;
	for (const lang of langs) {
		for (const query of firstQueries(lang)) {
			const measured = [];
			for (let run = 0; run < runs; run++) measured.push(await firstResult(browser, lang, query));
			console.log(
				`${lang}: ${query.name} (${query.text}): open search to first result ` +
					`${kb(measured.map((m) => m.bytes))} in ${median(measured.map((m) => m.requests))} requests, ` +
					`${ms(measured.map((m) => m.ms))}; to first full-text result ${kb(measured.map((m) => m.fullBytes))}, ` +
					`${ms(measured.map((m) => m.fullMs))}; median of ${runs}`,
			);
		}
		const times = await latencies(browser, lang, runs);
		const first = times.map((t) => t.first);
		const full = times.map((t) => t.full);
		console.log(
			`${lang}: keystroke to first results ${median(first).toFixed(1)} ms median, ${percentile(first, 95).toFixed(1)} ms p95; ` +
				`to full results ${median(full).toFixed(1)} / ${percentile(full, 95).toFixed(1)} ms, over ${times.length} warm searches`,
		);
	}
} finally {
	await browser.close();
	server.kill();
}
