import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite, type FixtureSite } from './fixture-site';

/**
 * Translation freshness end to end: build the fixture site after its English page changed, and
 * look at what a reader and the build log get.
 */
let site: FixtureSite;
let dir = '';
let log = '';

beforeAll(async () => {
	site = await fixtureSite('stale');
	dir = site.root;
	const english = join(site.content, 'errors/en/oss/NoSuchKey.mdx');
	await writeFile(
		english,
		(await readFile(english, 'utf8')).replace(
			'Check the object name.',
			'Check the object name and the bucket.',
		),
	);
	const result = await site.astro('build');
	if (result.code !== 0) throw new Error(result.output);
	log = result.output;
}, 180_000);

afterAll(async () => {
	await site?.remove();
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
