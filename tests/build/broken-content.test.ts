import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * The content rules as an author meets them: `astro sync` (which `astro build` and `astro dev`
 * run first) over a small content tree, broken one way per test.
 */
const run = promisify(execFile);
const fixture = new URL('../fixtures/content/', import.meta.url);
const astro = new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url);
let dir = '';

/** Output as a reader sees it: colour codes (Astro colours its output under CI) removed. */
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

async function syncWith(edit: (dir: string) => Promise<void>) {
	dir = await mkdtemp(join(tmpdir(), 'atlas-content-'));
	await cp(fixture, dir, { recursive: true });
	await edit(dir);
	try {
		const { stdout, stderr } = await run(process.execPath, [astro.pathname, 'sync'], {
			env: {
				...process.env,
				ATLAS_CONTENT_DIR: dir,
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
				FORCE_COLOR: '0',
			},
		});
		return { code: 0, output: plain(stdout + stderr) };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, output: plain(failed.stdout + failed.stderr) };
	}
}

async function replaceIn(file: string, from: string, to: string) {
	const text = await readFile(file, 'utf8');
	if (!text.includes(from)) throw new Error(`fixture ${file} has no "${from}"`);
	await writeFile(file, text.replace(from, to));
}

afterEach(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a broken content file fails the build, naming file and field', () => {
	it('passes on the valid fixture', async () => {
		const result = await syncWith(async () => {});
		expect(result.output).not.toMatch(/problem|does not match/);
		expect(result.code).toBe(0);
	});

	it('a schema error: status with no recorded meaning', async () => {
		const result = await syncWith((d) =>
			replaceIn(join(d, 'errors/en/oss/NoSuchKey.mdx'), 'status: 404', 'status: 499'),
		);
		expect(result.code).not.toBe(0);
		expect(result.output).toMatch(/en\/oss\/NoSuchKey/);
		expect(result.output).toMatch(/status: unknown HTTP status/);
	});

	it('a twin rule: the Chinese file disagrees on the status', async () => {
		const result = await syncWith((d) =>
			replaceIn(join(d, 'errors/zh/oss/NoSuchKey.mdx'), 'status: 404', 'status: 403'),
		);
		expect(result.code).not.toBe(0);
		expect(result.output).toMatch(
			/errors\/zh\/oss\/NoSuchKey\.mdx › status: is 403, its twin .*says 404/,
		);
	});

	it('a missing translation', async () => {
		const result = await syncWith((d) => rm(join(d, 'errors/zh/oss/NoSuchKey.mdx')));
		expect(result.code).not.toBe(0);
		expect(result.output).toMatch(/errors\/en\/oss\/NoSuchKey\.mdx › file: has no Chinese twin/);
	});

	it('a message without its section in the body', async () => {
		const result = await syncWith((d) =>
			replaceIn(
				join(d, 'errors/en/oss/NoSuchKey.mdx'),
				'<Message id="key-not-exist">',
				'<Message id="key-missing">',
			),
		);
		expect(result.code).not.toBe(0);
		expect(result.output).toMatch(
			/errors\/en\/oss\/NoSuchKey\.mdx › messages\[0\]\.id: "key-not-exist" has no <Message id="key-not-exist"> section/,
		);
	});

	it('an equivalents group naming a code the provider does not have', async () => {
		const result = await syncWith((d) =>
			writeFile(
				join(d, 'comparison/equivalents.yaml'),
				'equivalents:\n  - id: missing\n    codes: { oss: [NoSuchKey], s3: [NoSuchKy] }\n    note: { en: x, zh: x }\n',
			),
		);
		expect(result.code).not.toBe(0);
		expect(result.output).toMatch(
			/comparison\/equivalents\.yaml › equivalents\[0\]\.codes\.s3: S3 has no code NoSuchKy/,
		);
		expect(result.output).not.toMatch(/\n\s+at /);
	});

	it('a shared code whose status differs, without a note', async () => {
		const result = await syncWith((d) =>
			replaceIn(join(d, 'comparison/s3-error-codes.csv'), 'NoSuchKey,404', 'NoSuchKey,400'),
		);
		expect(result.code).not.toBe(0);
		expect(result.output).toMatch(
			/equivalents\.yaml › notes: NoSuchKey has different statuses \(OSS 404, S3 400\)/,
		);
	});

	it('a bad row in the S3 reference table, by line', async () => {
		const result = await syncWith((d) =>
			replaceIn(
				join(d, 'comparison/s3-error-codes.csv'),
				'NotImplemented,501',
				'NotImplemented,5O1',
			),
		);
		expect(result.code).not.toBe(0);
		expect(result.output).toMatch(/s3-error-codes\.csv:3: status "5O1" is not one of/);
	});
});
