import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { langs } from '../../src/i18n/locales';

/**
 * Links that outlive a rename, end to end: build the fixture site with a message whose id
 * changed (the old one kept in `formerIds`) and a page declared moved in `redirects.yaml`.
 */
const run = promisify(execFile);
const fixture = new URL('../fixtures/content/', import.meta.url);
const astro = new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url);
let dir = '';

async function replaceIn(file: string, from: string, to: string) {
	const text = await readFile(file, 'utf8');
	if (!text.includes(from)) throw new Error(`fixture ${file} has no "${from}"`);
	await writeFile(file, text.replace(from, to));
}

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'atlas-moved-'));
	await cp(fixture, join(dir, 'content'), { recursive: true });
	for (const lang of langs) {
		await replaceIn(
			join(dir, `content/errors/${lang}/oss/NoSuchKey.mdx`),
			'  - id: key-not-exist\n',
			'  - id: key-not-exist\n    formerIds: [no-such-object]\n',
		);
	}
	await writeFile(
		join(dir, 'content/redirects.yaml'),
		'- from: /en/oss/NoSuchObject/\n  to: /en/oss/NoSuchKey/\n',
	);
	await run(process.execPath, [astro.pathname, 'build', '--outDir', join(dir, 'dist')], {
		env: { ...process.env, ATLAS_CONTENT_DIR: join(dir, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
		maxBuffer: 64 * 1024 * 1024,
	});
}, 120_000);

afterAll(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a renamed message and a moved page', () => {
	it('the old message anchor still exists on the page', async () => {
		const html = await readFile(join(dir, 'dist/zh/oss/NoSuchKey/index.html'), 'utf8');
		expect(html).toMatch(/id="no-such-object"/);
		expect(html).toMatch(/id="key-not-exist"/);
	});

	it('the old page path redirects, for any host and in the hosts’ _redirects file', async () => {
		const page = await readFile(join(dir, 'dist/en/oss/NoSuchObject/index.html'), 'utf8');
		expect(page).toMatch(/http-equiv="refresh" content="0;url=\/en\/oss\/NoSuchKey\/"/);
		const file = await readFile(join(dir, 'dist/_redirects'), 'utf8');
		expect(file).toContain('/en/oss/NoSuchObject/ /en/oss/NoSuchKey/ 301');
	});
});
