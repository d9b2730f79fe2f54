import { describe, expect, it } from 'vitest';
import { langs } from '../../src/i18n/locales';
import { apiSchema } from '../../src/open-data/schema';
import { apiValidator } from '../lib/api-validator';

/**
 * The catalogue's JSON Schema refuses what it must: the dist test (tests/dist/api.test.ts) checks
 * every built file against it, so it has to fail on a broken one.
 */
const site = new URL('https://atlas.example/');
const validate = apiValidator(apiSchema(site));
const each = <T>(value: T) => Object.fromEntries(langs.map((lang) => [lang, value]));
const provider = {
	id: 'oss',
	short: 'OSS',
	name: each('Object storage'),
	pages: each('https://atlas.example/en/oss/'),
	api: 'https://atlas.example/api/v1/oss.json',
};
const codeDocument = () => ({
	$schema: 'https://atlas.example/api/v1/schema.json',
	kind: 'code',
	version: 'v1',
	provider,
	code: {
		code: 'NoSuchKey',
		status: 404,
		summary: each('No such object.'),
		pages: each('https://atlas.example/en/oss/NoSuchKey/'),
		shortLink: 'https://atlas.example/oss/NoSuchKey/',
		api: 'https://atlas.example/api/v1/oss/NoSuchKey.json',
		messages: [
			{
				id: 'key-not-exist',
				formerIds: [],
				text: 'The specified key does not exist.',
				variants: [],
				cause: each('The object is not there.'),
				pages: each('https://atlas.example/en/oss/NoSuchKey/#key-not-exist'),
				shortLink: 'https://atlas.example/oss/NoSuchKey/#key-not-exist',
			},
		],
		equivalents: [],
		retries: [{ sdk: 'oss2', retried: true, because: 'status', attempts: 3, changes: [] }],
	},
});

describe('the catalogue’s JSON Schema', () => {
	it('accepts a well-formed code file', () => {
		expect(validate(codeDocument())).toEqual([]);
	});

	it.each([
		[
			'a status out of range',
			(d: ReturnType<typeof codeDocument>) => Object.assign(d.code, { status: 42 }),
			'/code/status',
		],
		[
			'no messages',
			(d: ReturnType<typeof codeDocument>) => (d.code.messages = []),
			'/code/messages',
		],
		[
			'a field the schema does not name',
			(d: ReturnType<typeof codeDocument>) => Object.assign(d.code, { docUrl: 'x' }),
			'(docUrl)',
		],
		[
			'a page URL that is not a URL',
			(d: ReturnType<typeof codeDocument>) => Object.assign(d.code.pages, { [langs[0]!]: '/en/' }),
			'/code/pages',
		],
		[
			'a language missing',
			(d: ReturnType<typeof codeDocument>) => delete d.code.summary[langs[0]!],
			'/code/summary',
		],
		[
			'a message id that is not an anchor',
			(d: ReturnType<typeof codeDocument>) => (d.code.messages[0]!.id = 'Key Not Exist'),
			'/code/messages/0/id',
		],
		['another version', (d: ReturnType<typeof codeDocument>) => (d.version = 'v2'), '/version'],
	])('refuses %s, naming where', (_, breakIt, where) => {
		const document = codeDocument();
		breakIt(document);
		const problems = validate(document);
		expect(problems.join('\n')).toContain(where);
	});

	it('refuses a file of no known kind', () => {
		expect(validate({ ...codeDocument(), kind: 'codes' })).not.toEqual([]);
	});
});
