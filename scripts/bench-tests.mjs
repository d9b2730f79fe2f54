// @ts-check
// npm run bench:tests [-- --runs 3 --busy]
//
// How long `npm test` takes, as a contributor or CI runs it: a fresh clone of HEAD (sharing this
// checkout's node_modules, so that installing is not measured), `CI=true npm test`, the median of
// several runs. With `--busy`, two busy loops (one per core of a 2-core machine) run beside it for
// the whole run: the gates must hold on a machine that is doing other work. Figures go to
// docs/benchmarks.md.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './lib/stats.mjs';

const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf('--runs') + 1] ?? 3) || 3;
const busy = argv.includes('--busy');
const repo = resolve('.');

/** @param {string} dir */
function timedTest(dir) {
	const start = process.hrtime.bigint();
	const result = spawnSync('npm', ['test'], {
		cwd: dir,
		env: { ...process.env, CI: 'true', E2E_PORT: '4391', ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
		maxBuffer: 256 * 1024 * 1024,
	});
	const seconds = Number(process.hrtime.bigint() - start) / 1e9;
	const output = `${result.stdout}${result.stderr}`;
	const counted = [...output.matchAll(/(\d+) passed/g)].map((match) => Number(match[1]));
	return { seconds, ok: result.status === 0, passed: counted.reduce((a, b) => a + b, 0), output };
}

const loops = busy
	? [0, 1].map(() => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }))
	: [];
const times = [];
try {
	for (let run = 1; run <= runs; run++) {
		const dir = mkdtempSync(join(tmpdir(), 'atlas-test-'));
		try {
			spawnSync('git', ['clone', '--quiet', '--no-hardlinks', repo, dir], { stdio: 'inherit' });
			symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
			const result = timedTest(dir);
			if (!result.ok) {
				console.error(result.output.slice(-4000));
				throw new Error(`npm test failed in run ${run}`);
			}
			times.push(result.seconds);
			console.log(
				`run ${run}/${runs}${busy ? ' (both cores busy)' : ''}: ${result.seconds.toFixed(0)} s, ${result.passed} tests passed`,
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
} finally {
	for (const loop of loops) loop.kill();
}
const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
console.log(
	`\`npm test\`${busy ? ', both cores busy' : ''}: median ${median(times).toFixed(0)} s of ${runs} run(s) (${times.map((t) => t.toFixed(0)).join(', ')} s) on ${cpus().length} × ${cpu}, Node ${process.version}`,
);
