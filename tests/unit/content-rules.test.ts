import { describe, expect, it } from 'vitest';
import {
	checkErrorEntries,
	formatProblems,
	parseMessageSections,
	type CheckedEntry,
} from '../../src/checks/content-rules';
import { validPair } from './fixtures';

const en = 'content/errors/en/oss/NoSuchKey.mdx';
const zh = 'content/errors/zh/oss/NoSuchKey.mdx';

/** Breaks the valid pair with `edit` and returns the problems as `file › field` strings. */
function problemsAfter(
	edit: (pair: [CheckedEntry, CheckedEntry]) => CheckedEntry[] | void,
): string[] {
	const pair = validPair();
	const entries = edit(pair) ?? pair;
	return checkErrorEntries(entries).map((p) => `${p.file} › ${p.field}: ${p.message}`);
}

describe('content rules', () => {
	it('accept a valid pair', () => {
		expect(checkErrorEntries(validPair())).toEqual([]);
	});

	it('keep Markdown out of plain-text fields, which readers see as written', () => {
		const problems = problemsAfter(([english, chinese]) => {
			english.data.summary = 'The `NoSuchKey` object does not exist.';
			english.data.sourceNotes = ['See [the source](https://example.com).'];
			chinese.data.messages[0]!.cause = '**对象**不存在。';
		});
		expect(problems).toEqual([
			expect.stringMatching(new RegExp(`^${en} › summary: is plain text, shown as written: "\``)),
			expect.stringMatching(new RegExp(`^${en} › sourceNotes\\[0\\]: is plain text`)),
			expect.stringMatching(
				new RegExp(`^${zh} › messages\\[0\\]\\.cause: is plain text, shown as written: "\\*\\*"`),
			),
		]);
		// Names, tags and ordinary asterisks are plain text: "<Error>", "5 * 1024", "x-oss-meta-*".
		expect(
			problemsAfter(([english]) => {
				english.data.summary = 'The <Error> body says so; 5 * 1024 bytes; x-oss-meta-* headers.';
			}),
		).toEqual([]);
	});

	it('require a Chinese twin for every English file', () => {
		const problems = problemsAfter(([english]) => [english]);
		expect(problems).toEqual([
			expect.stringMatching(
				/^content\/errors\/en\/oss\/NoSuchKey\.mdx › file: has no Chinese twin at content\/errors\/zh\/oss\/NoSuchKey\.mdx/,
			),
		]);
	});

	it('require an English twin for every Chinese file', () => {
		const problems = problemsAfter(([, chinese]) => [chinese]);
		expect(problems).toEqual([
			expect.stringMatching(new RegExp(`^${zh} › file: has no English twin`)),
		]);
	});

	it.each([
		['status', (e: CheckedEntry) => void (e.data.status = 409), 'status: is 409'],
		[
			'message ids',
			(e: CheckedEntry) => void (e.data.messages[0]!.id = 'other'),
			'messages: ids are [other]',
		],
		[
			'message text',
			(e: CheckedEntry) => void (e.data.messages[0]!.text = 'The specified key does not exist'),
			'messages[0].text: must quote the service verbatim',
		],
		[
			'variants',
			(e: CheckedEntry) => void (e.data.messages[0]!.variants = ['x']),
			'messages[0].variants: must match',
		],
		[
			'related codes',
			(e: CheckedEntry) => void (e.data.related = ['NoSuchKey']),
			'related: must list the same codes',
		],
	])('require twins to agree on %s', (_, edit, expected) => {
		const problems = problemsAfter(([, chinese]) => {
			edit(chinese);
			if (chinese.data.messages[0]!.id === 'other')
				chinese.body = chinese.body.replace('key-not-exist', 'other');
		});
		expect(problems.some((p) => p.startsWith(`${zh} › ${expected}`))).toBe(true);
	});

	it('require twins to agree on the code', () => {
		const problems = problemsAfter(([, chinese]) => void (chinese.data.code = 'NoSuchKeys'));
		expect(problems).toContain(
			`${zh} › code: is "NoSuchKeys" but the file is named "NoSuchKey.mdx"`,
		);
		expect(problems.some((p) => p.startsWith(`${zh} › code: is "NoSuchKeys", its twin`))).toBe(
			true,
		);
	});

	it('reject a message id used twice in a file', () => {
		const problems = problemsAfter(([english]) => {
			english.data.messages.push({ ...english.data.messages[0]! });
		});
		expect(problems).toContain(`${en} › messages[1].id: "key-not-exist" is used twice`);
	});

	it('reject a former id that is already an anchor on the page', () => {
		const problems = problemsAfter(([english, chinese]) => {
			english.data.messages[0]!.formerIds = ['key-not-exist'];
			chinese.data.messages[0]!.formerIds = ['key-not-exist'];
		});
		expect(problems).toContain(
			`${en} › messages[0].formerIds[0]: "key-not-exist" is already an anchor on this page`,
		);
	});

	it('require twins to keep the same former ids', () => {
		const problems = problemsAfter(([english]) => {
			english.data.messages[0]!.formerIds = ['old-id'];
		});
		expect(problems.some((p) => p.includes('messages[0].formerIds: must match its twin'))).toBe(
			true,
		);
	});

	it('require a body section for every message', () => {
		const problems = problemsAfter(([english]) => void (english.body = ''));
		expect(problems).toContain(
			`${en} › messages[0].id: "key-not-exist" has no <Message id="key-not-exist"> section in the body`,
		);
	});

	it('reject a body section for an unknown message', () => {
		const problems = problemsAfter(
			([english]) =>
				void (english.body +=
					'<Message id="ghost"><Cause>a</Cause><Solution>b</Solution></Message>'),
		);
		expect(problems).toContain(`${en} › body: <Message id="ghost"> has no entry in messages`);
	});

	it('require Cause and Solution in every section', () => {
		const problems = problemsAfter(
			([english]) =>
				void (english.body = english.body.replace(/<Solution>[\s\S]*<\/Solution>/, '')),
		);
		expect(problems).toContain(
			`${en} › body: <Message id="key-not-exist"> has no <Solution> section`,
		);
	});

	it('reject a section without an id', () => {
		const problems = problemsAfter(
			([english]) => void (english.body += '<Message><Cause/><Solution/></Message>'),
		);
		expect(problems).toContain(`${en} › body: a <Message> section has no id="…" attribute`);
	});

	it('reject an unknown provider folder', () => {
		const problems = problemsAfter((pair) => {
			for (const entry of pair) {
				entry.id = entry.id.replace('/oss/', '/s3/');
				entry.filePath = entry.filePath.replace('/oss/', '/s3/');
			}
		});
		expect(problems).toContain(
			'content/errors/en/s3/NoSuchKey.mdx › file: unknown provider folder "s3"',
		);
	});

	it('reject a file in the wrong provider folder', () => {
		const problems = problemsAfter(([english]) => void (english.data.provider = 'obs'));
		expect(problems).toContain(`${en} › provider: is "obs" but the file is in the "oss" folder`);
	});

	it('reject a related code the provider does not have', () => {
		const problems = problemsAfter((pair) => {
			for (const entry of pair) entry.data.related = ['NoSuchBucket'];
		});
		expect(problems).toContain(
			`${en} › related[0]: "NoSuchBucket" is not a code of provider "oss" on this site`,
		);
	});

	it('reject codes that differ only in case', () => {
		const problems = problemsAfter((pair) => {
			const lower = validPair().map((entry) => ({
				...entry,
				id: entry.id.replace('NoSuchKey', 'nosuchkey'),
				filePath: entry.filePath.replace('NoSuchKey', 'nosuchkey'),
				data: { ...entry.data, code: 'nosuchkey' },
			}));
			return [...pair, ...lower];
		});
		expect(problems).toContain(
			`content/errors/en/oss/nosuchkey.mdx › code: differs only in case from ${en}`,
		);
	});

	it('reject a file outside the {lang}/{provider}/{Code} layout', () => {
		const problems = problemsAfter(([english, chinese]) => [
			{ ...english, id: 'fr/oss/NoSuchKey', filePath: 'content/errors/fr/oss/NoSuchKey.mdx' },
			english,
			chinese,
		]);
		expect(problems).toContain(
			'content/errors/fr/oss/NoSuchKey.mdx › file: must be at content/errors/{en|zh}/{provider}/{Code}.mdx',
		);
	});

	it('require a translation to record the English revision it follows', () => {
		const problems = problemsAfter(([, chinese]) => void delete chinese.data.translates);
		expect(problems).toContain(
			`${zh} › translates: is missing: once translated, run \`npm run translations -- --mark ${zh}\``,
		);
	});

	it('reject a translation stamp on the English original', () => {
		const problems = problemsAfter(([english]) => void (english.data.translates = '0123456789ab'));
		expect(problems).toContain(
			`${en} › translates: belongs on translations only, not on the English original`,
		);
	});

	it('format every problem on its own line, file first', () => {
		expect(formatProblems([{ file: 'a.mdx', field: 'status', message: 'bad' }])).toBe(
			'1 content problem:\n  a.mdx › status: bad',
		);
	});
});

describe('message sections', () => {
	it('are read with their ids, in order', () => {
		const sections = parseMessageSections(
			`<Message id="a">x</Message>\n<Message id='b'>y</Message>`,
		);
		expect(sections.map((s) => s.id)).toEqual(['a', 'b']);
	});

	it('ignore tags inside code blocks and inline code', () => {
		const body =
			'<Message id="a">\n\n```xml\n<Error><Message>Boom</Message></Error>\n```\n\nUse `</Message>` here.\n<Cause>c</Cause><Solution>s</Solution>\n</Message>';
		const [section] = parseMessageSections(body);
		expect(parseMessageSections(body)).toHaveLength(1);
		expect(section?.inner).toContain('<Solution>');
	});
});
