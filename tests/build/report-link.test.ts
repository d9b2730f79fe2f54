import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureSite, type FixtureSite } from './fixture-site';

/**
 * The "report a problem" link on code pages comes from one field, package.json's `bugs`: a fork
 * that names its tracker gets the link, prefilled, on every code page in each language; a bad
 * address stops the build and names the field.
 */
let site: FixtureSite | undefined;

async function buildWithBugs(bugs: unknown) {
	site = await fixtureSite('report');
	const manifestPath = join(site.root, 'package.json');
	const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
	await writeFile(manifestPath, JSON.stringify({ ...manifest, bugs }, null, '\t'));
	return site.astro('build');
}

function reportHref(html: string): URL | undefined {
	const match = /<a href="([^"]+)"[^>]*data-report[^>]*>([^<]+)<\/a>/.exec(html);
	return match?.[1] ? new URL(match[1].replaceAll('&amp;', '&')) : undefined;
}

afterEach(async () => {
	await site?.remove();
	site = undefined;
});

describe('report a problem with a code page', () => {
	it('links a new issue on the named tracker, prefilled with the page, in the page’s language', async () => {
		const result = await buildWithBugs({
			url: 'https://github.com/example-org/example-atlas/issues',
		});
		expect(result.output).not.toMatch(/ContentError/);
		expect(result.code).toBe(0);
		const dist = join(site!.root, 'dist');
		const en = reportHref(await readFile(join(dist, 'en/oss/NoSuchKey/index.html'), 'utf8'));
		const zh = reportHref(await readFile(join(dist, 'zh/oss/NoSuchKey/index.html'), 'utf8'));

		expect(en?.origin + en!.pathname).toBe(
			'https://github.com/example-org/example-atlas/issues/new',
		);
		expect(en?.searchParams.get('title')).toBe('OSS NoSuchKey: a problem with the page');
		expect(en?.searchParams.get('body')).toMatch(/^Page: https:\/\/[^/]+\/en\/oss\/NoSuchKey\/\n/);

		expect(zh?.pathname).toBe('/example-org/example-atlas/issues/new');
		expect(zh?.searchParams.get('title')).toBe('OSS NoSuchKey：页面问题');
		expect(zh?.searchParams.get('body')).toMatch(/^页面：https:\/\/[^/]+\/zh\/oss\/NoSuchKey\/\n/);
	});

	it('a tracker address that is not https stops the build, naming package.json and the field', async () => {
		const result = await buildWithBugs({ url: 'http://bugs.example/atlas' });
		expect(result.code).not.toBe(0);
		expect(result.output).toMatch(
			/package\.json › bugs\.url: the issue tracker's address must use https/,
		);
		expect(result.output).not.toMatch(/^\s+at /m);
	});
});
