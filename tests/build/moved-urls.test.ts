import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { langs } from '../../src/i18n/locales';
import { fixtureSite, replaceIn, type FixtureSite } from './fixture-site';

/**
 * Links that outlive a rename, end to end: build the fixture site with a message whose id
 * changed (the old one kept in `formerIds`) and a page declared moved in `redirects.yaml`.
 */
let site: FixtureSite;
let dir = '';

beforeAll(async () => {
	site = await fixtureSite('moved');
	dir = site.root;
	for (const lang of langs) {
		await replaceIn(
			join(site.content, `errors/${lang}/oss/NoSuchKey.mdx`),
			'  - id: key-not-exist\n',
			'  - id: key-not-exist\n    formerIds: [no-such-object]\n',
		);
	}
	await writeFile(
		join(site.content, 'redirects.yaml'),
		'- from: /en/oss/NoSuchObject/\n  to: /en/oss/NoSuchKey/\n',
	);
	const result = await site.astro('build');
	if (result.code !== 0) throw new Error(result.output);
}, 180_000);

afterAll(async () => {
	await site?.remove();
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
