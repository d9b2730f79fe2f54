// npm run bench [-- --sizes 100,1000,10000 --runs 3]
//
// Build benchmark: generates N synthetic codes in both languages (2N code pages) into a temporary
// folder, builds it exactly as the real site builds (`astro build` + `pagefind`, through
// ATLAS_CONTENT_DIR), and reports ms per page, peak memory, dist/ size and search-index size,
// medians over several runs; then the same for the real content. Figures go to docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { revisionOf } from '../src/checks/revision.mjs';
import { median } from './lib/stats.mjs';

const args = Object.fromEntries(
	process.argv
		.slice(2)
		.join(' ')
		.split('--')
		.filter(Boolean)
		.map((pair) => pair.trim().split(/\s+/)),
);
const sizes = (args.sizes ?? '100,1000,10000').split(',').map(Number);
const runs = Number(args.runs ?? 3);
const astro = 'node_modules/astro/bin/astro.mjs';
const pagefind = 'node_modules/.bin/pagefind';
const statuses = [400, 403, 404, 409, 500, 503];

/** A code page in one language: frontmatter as the schema wants it, a body with every section. */
function page(lang, provider, code, status, i, translates) {
	const zh = lang === 'zh';
	const messages = [0, 1].slice(0, 1 + (i % 2));
	return [
		'---',
		`provider: ${provider}`,
		`code: ${code}`,
		`status: ${status}`,
		`summary: ${zh ? `合成错误码 ${i} 的一句话说明。` : `One sentence about synthetic code ${i}.`}`,
		'messages:',
		...messages.flatMap((m) => [
			`  - id: message-${m}`,
			`    text: Synthetic message ${m} of code ${i} was returned.`,
			`    cause: ${zh ? `合成原因 ${m}。` : `Synthetic cause ${m}.`}`,
		]),
		'sources:',
		`  - ${provider === 'oss' ? 'oss-error-responses' : 'obs-server-error-codes'}`,
		...(translates ? [`translates: '${translates}'`] : []),
		'---',
		'',
		...messages.flatMap((m) => [
			`<Message id="message-${m}">`,
			'<Cause>',
			'',
			zh
				? `请求触发了合成条件 ${m}，这段文字用于模拟真实页面的篇幅，包含 \`x-oss-header\` 这样的代码。`
				: `The request met synthetic condition ${m}; this text stands in for a real page's prose, with \`x-oss-header\` code.`,
			'',
			'</Cause>',
			'<Solution>',
			'',
			zh ? '1. 检查请求。\n2. 重新发送请求。' : '1. Check the request.\n2. Send it again.',
			'',
			'</Solution>',
			'</Message>',
			'',
		]),
	].join('\n');
}

/** N codes, half OSS and half OBS, names unique across providers and the S3 table. */
function generate(root, n) {
	cpSync('content/glossary.yaml', join(root, 'glossary.yaml'));
	cpSync('content/providers', join(root, 'providers'), { recursive: true });
	cpSync('content/guides', join(root, 'guides'), { recursive: true });
	mkdirSync(join(root, 'comparison'));
	cpSync('content/comparison/s3-error-codes.csv', join(root, 'comparison/s3-error-codes.csv'));
	writeFileSync(join(root, 'comparison/equivalents.yaml'), 'equivalents: []\nnotes: {}\n');
	writeFileSync(join(root, 'redirects.yaml'), '[]\n');
	for (let i = 0; i < n; i++) {
		const provider = i % 2 === 0 ? 'oss' : 'obs';
		const code = `Synthetic${provider === 'oss' ? 'Oss' : 'Obs'}Code${String(i).padStart(5, '0')}`;
		const status = statuses[i % statuses.length];
		const english = page('en', provider, code, status, i);
		for (const [lang, text] of [
			['en', english],
			['zh', page('zh', provider, code, status, i, revisionOf(english))],
		]) {
			const dir = join(root, 'errors', lang, provider);
			mkdirSync(dir, { recursive: true });
			writeFileSync(join(dir, `${code}.mdx`), text);
		}
	}
}

function sizeOf(path) {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.size;
	return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

function countPages(dir) {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
		(file) => file.endsWith('.html') && !file.startsWith('pagefind'),
	).length;
}

/** Runs a command under GNU time: wall milliseconds and peak resident memory (KB). */
function timed(command, commandArgs, env) {
	const started = performance.now();
	const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...commandArgs], {
		env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	const ms = performance.now() - started;
	if (result.status !== 0) {
		throw new Error(`${command} ${commandArgs.join(' ')} failed:\n${result.stderr.slice(-3000)}`);
	}
	const peakKb = Number(result.stderr.trim().split('\n').at(-1));
	return { ms, peakKb };
}

/** One build of a content tree into `out`: astro build + pagefind, as `npm run build` does. */
function buildOnce(contentDir, out) {
	rmSync(out, { recursive: true, force: true });
	const env = contentDir ? { ATLAS_CONTENT_DIR: contentDir } : {};
	const site = timed(process.execPath, [astro, 'build', '--outDir', out], env);
	const index = timed(pagefind, ['--site', out], env);
	const pages = countPages(out);
	return {
		ms: site.ms + index.ms,
		peakMb: Math.max(site.peakKb, index.peakKb) / 1024,
		pages,
		msPerPage: (site.ms + index.ms) / pages,
		distMb: sizeOf(out) / 1024 / 1024,
		indexMb: sizeOf(join(out, 'pagefind')) / 1024 / 1024,
	};
}

function measure(label, contentDir, out) {
	const results = [];
	for (let run = 1; run <= runs; run++) {
		const result = buildOnce(contentDir, out);
		console.error(
			`${label}: run ${run}/${runs}: ${(result.ms / 1000).toFixed(1)} s, ${result.pages} pages`,
		);
		results.push(result);
	}
	const pick = (key) => median(results.map((r) => r[key]));
	return {
		label,
		pages: results[0].pages,
		seconds: pick('ms') / 1000,
		msPerPage: pick('msPerPage'),
		peakMb: pick('peakMb'),
		distMb: pick('distMb'),
		indexMb: pick('indexMb'),
	};
}

const work = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
const rows = [];
try {
	for (const n of sizes) {
		const content = join(work, `content-${n}`);
		generate(content, n);
		rows.push(measure(`N = ${n.toLocaleString('en')}`, content, join(work, `dist-${n}`)));
	}
	rows.push(measure('real site', undefined, join(work, 'dist-real')));
} finally {
	rmSync(work, { recursive: true, force: true });
}

const base = rows[0].msPerPage;
const table = [
	`Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; median of ${runs} run(s).`,
	'',
	'| Content | Pages | Build (s) | ms / page | vs. smallest | Peak memory (MB) | dist/ (MB) | Index (MB) |',
	'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	...rows.map(
		(r) =>
			`| ${r.label} | ${r.pages.toLocaleString('en')} | ${r.seconds.toFixed(1)} | ${r.msPerPage.toFixed(2)} | ${(r.msPerPage / base).toFixed(2)}× | ${Math.round(r.peakMb)} | ${r.distMb.toFixed(1)} | ${r.indexMb.toFixed(1)} |`,
	),
];
console.log(table.join('\n'));
