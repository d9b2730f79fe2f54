import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { revisionOf } from '../../src/checks/revision.mjs';
import type { CodeIndex } from '../../src/decoder/code-index';
import { decode } from '../../src/decoder/decode';
import { fixtureSite, type FixtureSite } from './fixture-site';

/**
 * Providers are data: a third documented provider (`tst`) and a second reference column (`ref`)
 * are declared only in the fixture's registry (`content/providers/*.yaml`), with a content folder
 * and a table of codes. No line of code names them; the built site must show them everywhere a
 * provider appears.
 */
let site: FixtureSite;
let dir = '';
const page = (path: string) => readFile(join(dir, 'dist', path, 'index.html'), 'utf8');

const tstRecord = `role: documented
order: 3
short: TST
name: { en: Test Storage Service (TST), zh: 测试存储服务 TST }
vendor: { en: Test Cloud, zh: 测试云 }
tagline: { en: A storage service that exists only in this test., zh: 只存在于本测试中的存储服务。 }
intro: { en: Its codes come from the fixture., zh: 其错误码来自测试数据。 }
docsHome: { en: 'https://tst.example/docs/', zh: 'https://tst.example/zh/docs/' }
fingerprints:
  hosts: [tst-storage.example]
  headerPrefixes: [x-tst-]
sources:
  tst-errors: { title: TST error codes, language: en, url: 'https://tst.example/docs/errors' }
`;

const refRecord = `role: reference
order: 4
short: REF
name: { en: Reference Store, zh: Reference Store }
vendor: { en: Reference Inc, zh: Reference Inc }
docsHome: { en: 'https://ref.example/', zh: 'https://ref.example/' }
codes: ref-error-codes.csv
`;

function codePage(lang: 'en' | 'zh', code: string, status: number, original?: string): string {
	const frontmatter = [
		'provider: tst',
		`code: ${code}`,
		`status: ${status}`,
		`summary: ${lang === 'en' ? 'A test code.' : '测试错误码。'}`,
		'messages:',
		`  - id: only-message`,
		`    text: The ${code} message of TST.`,
		`    cause: ${lang === 'en' ? 'A test cause.' : '测试原因。'}`,
		'sources: [tst-errors]',
		...(original ? [`translates: '${revisionOf(original)}'`] : []),
	];
	const [cause, solution] = lang === 'en' ? ['It happens.', 'Fix it.'] : ['出现了。', '修复它。'];
	return `---\n${frontmatter.join('\n')}\n---\n\n<Message id="only-message">\n<Cause>\n\n${cause}\n\n</Cause>\n<Solution>\n\n${solution}\n\n</Solution>\n</Message>\n`;
}

beforeAll(async () => {
	site = await fixtureSite('third');
	dir = site.root;
	const { content } = site;
	await writeFile(join(content, 'providers/tst.yaml'), tstRecord);
	await writeFile(join(content, 'providers/ref.yaml'), refRecord);
	await writeFile(
		join(content, 'comparison/ref-error-codes.csv'),
		'code,http_status\nNoSuchKey,404\nRefOnlyCode,400\n',
	);
	await mkdir(join(content, 'errors/en/tst'), { recursive: true });
	await mkdir(join(content, 'errors/zh/tst'), { recursive: true });
	for (const [code, status] of [
		['NoSuchKey', 404],
		['TstConflict', 409],
	] as const) {
		const english = codePage('en', code, status);
		await writeFile(join(content, `errors/en/tst/${code}.mdx`), english);
		await writeFile(
			join(content, `errors/zh/tst/${code}.mdx`),
			codePage('zh', code, status, english),
		);
	}
	// A term written per provider needs the new provider's rendering too (the glossary says so).
	const glossary = await readFile(join(content, 'glossary.yaml'), 'utf8');
	await writeFile(
		join(content, 'glossary.yaml'),
		glossary.replace('    obs: 对象\n', '    obs: 对象\n    tst: 对象\n'),
	);
	const result = await site.astro('build');
	if (result.code !== 0) throw new Error(result.output);
}, 180_000);

afterAll(async () => {
	await site?.remove();
});

describe('a provider declared only in the registry', () => {
	it('gets its pages: overview, status quick reference and code pages in both languages', async () => {
		expect(await page('en/tst')).toContain('A storage service that exists only in this test.');
		expect(await page('zh/tst/409')).toContain('TstConflict');
		expect(await page('en/tst/NoSuchKey')).toContain('The NoSuchKey message of TST.');
		expect(await page('zh/tst/TstConflict')).toContain('测试原因。');
		expect(await page('tst/NoSuchKey')).toContain('/zh/tst/NoSuchKey/');
	});

	it('is in the header, on the home page and in the phrases that name the providers', async () => {
		const home = await page('en');
		expect(home).toContain('href="/en/tst/"');
		expect(home).toContain('Alibaba Cloud OSS, Huawei Cloud OBS and Test Cloud TST');
	});

	it('is a column of the comparison, beside the reference columns, with its own rows', async () => {
		const compare = await page('en/compare');
		for (const column of ['>TST<', 'REF (reference)', 'S3 (reference)'])
			expect(compare).toContain(column);
		expect(compare).toContain('id="code-TstConflict"');
		expect(compare).toContain('id="code-RefOnlyCode"');
		expect(compare).toContain('value="only-tst"');
		expect(compare).toContain('value="only-ref"');
	});

	it('is on the status pages, and the reference column too', async () => {
		const conflict = await page('en/status/409');
		expect(conflict).toContain('id="provider-tst"');
		expect(conflict).toContain('/en/tst/TstConflict/');
		const bad = await page('en/status/400');
		expect(bad).toContain('id="provider-ref"');
		expect(bad).toContain('/en/compare/#code-RefOnlyCode');
	});

	it('is a search filter, and its pages carry it', async () => {
		expect(await page('en/search')).toMatch(/<option value="tst">TST<\/option>/);
		expect(await page('en/tst/NoSuchKey')).toContain('data-pagefind-filter="provider:TST"');
	});

	it('is among "other providers" of a shared code', async () => {
		const other = await page('en/oss/NoSuchKey');
		expect(other).toContain('/en/tst/NoSuchKey/');
		expect(other).toContain('Reference Store (reference)');
	});

	it('is in the sitemap', async () => {
		const sitemap = await readFile(join(dir, 'dist/sitemap.xml'), 'utf8');
		expect(sitemap).toContain('/en/tst/NoSuchKey/');
		expect(sitemap).toContain('/zh/tst/409/');
	});

	it('is in the JSON catalogue: the index, its own file, a file per code', async () => {
		const json = async (path: string) =>
			JSON.parse(await readFile(join(dir, 'dist', path), 'utf8'));
		const index = (await json('api/v1/index.json')) as { providers: { id: string }[] };
		expect(index.providers.map((provider) => provider.id)).toContain('tst');
		const own = (await json('api/v1/tst.json')) as { codes: { code: string }[] };
		expect(own.codes.map((record) => record.code)).toContain('NoSuchKey');
		const shared = (await json('api/v1/oss/NoSuchKey.json')) as {
			code: { equivalents: { provider: string }[] };
		};
		expect(shared.code.equivalents.map((e) => e.provider)).toEqual(
			expect.arrayContaining(['tst', 'ref']),
		);
	});

	it('is recognised by the decoder, from its registry fingerprints', async () => {
		const index = JSON.parse(await readFile(join(dir, 'dist/codes.json'), 'utf8')) as CodeIndex;
		expect(index.providers['tst']?.fingerprints.hosts).toEqual(['tst-storage.example']);
		const decoded = decode(
			'HTTP/1.1 404 Not Found\nx-tst-request-id: 42\nHost: bucket.tst-storage.example\n\n<Error><Code>NoSuchKey</Code></Error>',
			index,
		);
		expect(decoded.provider).toBe('tst');
		expect(decoded.candidates[0]).toMatchObject({ provider: 'tst', code: 'NoSuchKey' });
	});

	it('is held to the code-page budget: the dist tests find its pages by the registry', async () => {
		vi.resetModules();
		process.env['ATLAS_CONTENT_DIR'] = join(dir, 'content');
		try {
			const { codePathPattern } = await import('../dist/site');
			expect(codePathPattern.test('/en/tst/NoSuchKey/')).toBe(true);
			expect(codePathPattern.test('/zh/tst/TstConflict/')).toBe(true);
		} finally {
			delete process.env['ATLAS_CONTENT_DIR'];
			vi.resetModules();
		}
	});
});
