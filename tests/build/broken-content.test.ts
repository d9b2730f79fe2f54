import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureSite, replaceIn, type FixtureSite } from './fixture-site';

/**
 * The content rules as an author meets them: `astro sync` (which `astro build` and `astro dev`
 * run first) over a small content tree, broken one way per test.
 */
let site: FixtureSite | undefined;

async function syncWith(edit: (dir: string) => Promise<void>) {
	site = await fixtureSite('content');
	await edit(site.content);
	return site.astro('sync');
}

afterEach(async () => {
	await site?.remove();
	site = undefined;
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

	// The rules themselves are unit-tested one by one (tests/unit/content-rules.test.ts,
	// comparison-model.test.ts); here, one broken tree shows that the build reports every
	// problem of every kind at once, by file and field, and stops.
	it('content rules: every problem at once, by file and field, without a stack trace', async () => {
		const result = await syncWith(async (d) => {
			await replaceIn(join(d, 'errors/zh/oss/NoSuchKey.mdx'), 'status: 404', 'status: 403');
			await replaceIn(
				join(d, 'errors/en/oss/NoSuchKey.mdx'),
				'<Message id="key-not-exist">',
				'<Message id="key-missing">',
			);
			// An English page without its Chinese twin.
			const english = await readFile(join(d, 'errors/en/oss/NoSuchKey.mdx'), 'utf8');
			await writeFile(
				join(d, 'errors/en/oss/NoSuchUpload.mdx'),
				english.replace('code: NoSuchKey', 'code: NoSuchUpload'),
			);
			await writeFile(
				join(d, 'comparison/equivalents.yaml'),
				'equivalents:\n  - id: missing\n    codes: { oss: [NoSuchKey], s3: [NoSuchKy] }\n    note: { en: x, zh: x }\n',
			);
			await replaceIn(join(d, 'comparison/s3-error-codes.csv'), 'NoSuchKey,404', 'NoSuchKey,400');
		});
		expect(result.code).not.toBe(0);
		for (const expected of [
			/errors\/zh\/oss\/NoSuchKey\.mdx › status: is 403, its twin .*says 404/,
			/errors\/en\/oss\/NoSuchKey\.mdx › messages\[0\]\.id: "key-not-exist" has no <Message id="key-not-exist"> section/,
			/errors\/en\/oss\/NoSuchUpload\.mdx › file: has no Chinese twin/,
			/comparison\/equivalents\.yaml › equivalents\[0\]\.codes\.s3: S3 has no code NoSuchKy/,
			/equivalents\.yaml › notes: NoSuchKey has different statuses \(OSS 404, (OBS 404, )?S3 400\)/,
		])
			expect(result.output).toMatch(expected);
		expect(result.output).not.toMatch(/\n\s+at /);
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
