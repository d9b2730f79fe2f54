import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plain } from './output';

/**
 * Translation freshness end to end: build the fixture site after its English page changed, and
 * look at what a reader and the build log get.
 */
const run = promisify(execFile);
const fixture = new URL('../fixtures/content/', import.meta.url);
const astro = new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url);
let dir = '';
let log = '';

async function build(outDir: string) {
	const { stdout, stderr } = await run(
		process.execPath,
		[astro.pathname, 'build', '--outDir', outDir],
		{
			env: {
				...process.env,
				ATLAS_CONTENT_DIR: join(dir, 'content'),
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
			},
			maxBuffer: 64 * 1024 * 1024,
		},
	);
	return plain(stdout + stderr);
}

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'atlas-stale-'));
	await cp(fixture, join(dir, 'content'), { recursive: true });
	const english = join(dir, 'content/errors/en/oss/NoSuchKey.mdx');
	await writeFile(
		english,
		(await readFile(english, 'utf8')).replace(
			'Check the object name.',
			'Check the object name and the bucket.',
		),
	);
	log = await build(join(dir, 'dist'));
}, 120_000);

afterAll(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a Chinese page whose English twin changed', () => {
	it('is listed by the build', () => {
		expect(log).toMatch(/1 Chinese page translates an older revision of the English page:/);
		expect(log).toMatch(
			/errors\/zh\/oss\/NoSuchKey\.mdx translates [0-9a-f]{12}; .*errors\/en\/oss\/NoSuchKey\.mdx is now [0-9a-f]{12}/,
		);
	});

	it('shows a notice linking the English page', async () => {
		const html = await readFile(join(dir, 'dist/zh/oss/NoSuchKey/index.html'), 'utf8');
		expect(html).toContain('data-translation-stale');
		expect(html).toMatch(/本页译自英文页面的较早版本[^<]*<a href="\/en\/oss\/NoSuchKey\/"/);
	});

	it('leaves the English page without a notice', async () => {
		const html = await readFile(join(dir, 'dist/en/oss/NoSuchKey/index.html'), 'utf8');
		expect(html).not.toContain('data-translation-stale');
	});
});
