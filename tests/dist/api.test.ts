import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { providerIds } from '../../src/data/providers';
import { defaultLang, langs } from '../../src/i18n/locales';
import { apiHref } from '../../src/routing/urls';
import { apiValidator } from '../lib/api-validator';
import { builtPages, codePathPattern, dist, idsOf } from './site';

/**
 * The catalogue as JSON (`/api/v1/…`), as built: every file valid against the published schema,
 * complete (a file per provider and per code page), and every URL in it opens a built page, at
 * its anchor. The schema refusing broken files is tested in tests/unit/api-schema.test.ts.
 */
const read = (path: string): unknown => JSON.parse(readFileSync(join(dist, path), 'utf8'));
const apiFolder = join(dist, apiHref({ kind: 'index' }), '..');
/** Every JSON file of the catalogue but the schema, by URL path. */
const files = readdirSync(apiFolder, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.json'))
	.map(
		(file) =>
			`${apiHref({ kind: 'index' }).replace(/index\.json$/, '')}${file.split(sep).join('/')}`,
	)
	.filter((path) => path !== apiHref({ kind: 'schema' }))
	.sort();

interface Index {
	schema: string;
	providers: { id: string; api: string; codes: number; messages: number }[];
}
interface CodeRecord {
	code: string;
	api: string;
	messages: unknown[];
}

describe('the JSON catalogue', () => {
	const schema = read(apiHref({ kind: 'schema' })) as { $id: string };
	const index = read(apiHref({ kind: 'index' })) as Index;
	const site = new URL(schema.$id).origin;
	/** A URL of the catalogue as the path of a built file. */
	const pathOf = (url: string) => {
		expect(url.startsWith(`${site}/`), `${url} is not on the site ${site}`).toBe(true);
		return url.slice(site.length);
	};

	it('has a file per documented provider and per code page', () => {
		expect(index.providers.map((provider) => provider.id)).toEqual(providerIds);
		for (const provider of providerIds) {
			expect(files).toContain(apiHref({ kind: 'provider', provider }));
		}
		// `/en/oss/NoSuchKey/` → `/api/v1/oss/NoSuchKey.json`
		const expected = builtPages()
			.map((page) => codePathPattern.exec(page.path))
			.filter((match) => match?.[1] === defaultLang)
			.map((match) => {
				const [, , provider = '', code = ''] = match!.input.split('/');
				return apiHref({ kind: 'code', provider, code: decodeURIComponent(code) });
			})
			.sort();
		const codeFiles = files.filter((path) => path.split('/').length === 5);
		expect(codeFiles).toEqual(expected);
		expect(expected.length).toBeGreaterThan(providerIds.length);
	});

	it('validates, every file, against the published schema', () => {
		const validate = apiValidator(schema);
		const problems = files.flatMap((path) => validate(read(path)).map((p) => `${path} ${p}`));
		expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
		expect(files.length).toBeGreaterThan(providerIds.length + 1);
	});

	it('counts what the provider files hold, and each code file repeats its record', () => {
		for (const provider of index.providers) {
			const file = read(pathOf(provider.api)) as { codes: CodeRecord[] };
			expect(file.codes.length, provider.id).toBe(provider.codes);
			expect(file.codes.reduce((sum, code) => sum + code.messages.length, 0)).toBe(
				provider.messages,
			);
			for (const record of file.codes) {
				expect((read(pathOf(record.api)) as { code: CodeRecord }).code, record.api).toEqual(record);
			}
		}
	});

	it('links only to pages and anchors that are built', () => {
		const anchors = new Map(builtPages().map((page) => [page.path, idsOf(page.html)]));
		const broken: string[] = [];
		for (const path of files) {
			const text = readFileSync(join(dist, path), 'utf8');
			for (const [url] of text.matchAll(new RegExp(`${site.replace(/\W/g, '\\$&')}/[^"]*`, 'g'))) {
				const [target = '', anchor] = pathOf(url).split('#');
				const lands = (path: string) => {
					const ids = anchors.get(decodeURIComponent(path));
					return ids !== undefined && (!anchor || ids.has(decodeURIComponent(anchor)));
				};
				// A short link's page forwards to the same path in the reader's language, anchor kept.
				const ok = target.endsWith('/')
					? lands(target) ||
						(anchors.has(target) && langs.every((lang) => lands(`/${lang}${target}`)))
					: existsSync(join(dist, decodeURIComponent(target)));
				if (!ok) broken.push(`${path}: ${url}`);
			}
		}
		expect(broken, broken.slice(0, 20).join('\n')).toEqual([]);
	});

	it('names the schema every file follows, and every language', () => {
		for (const path of files) {
			expect((read(path) as { $schema: string }).$schema, path).toBe(index.schema);
		}
		expect(index.schema).toBe(schema.$id);
		expect(
			(read(apiHref({ kind: 'index' })) as { languages: { id: string }[] }).languages.map(
				(l) => l.id,
			),
		).toEqual(langs);
	});
});
