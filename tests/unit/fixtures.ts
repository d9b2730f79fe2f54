import type { CheckedEntry } from '../../src/checks/content-rules';
import type { ErrorEntryData } from '../../src/schemas/error-entry';

/** A valid English/Chinese pair of one small code, to be broken one field at a time by a test. */
export function validPair(): [CheckedEntry, CheckedEntry] {
	const data = (lang: 'en' | 'zh'): ErrorEntryData => ({
		provider: 'oss',
		code: 'NoSuchKey',
		status: 404,
		summary: lang === 'en' ? 'The object does not exist.' : '对象不存在。',
		messages: [
			{
				id: 'key-not-exist',
				text: 'The specified key does not exist.',
				variants: [],
				formerIds: [],
				cause: lang === 'en' ? 'No object has this name.' : '不存在该名称的 Object。',
			},
		],
		related: [],
		sources: ['oss-error-responses'],
		sourceNotes: [],
		...(lang === 'zh' ? { translates: '0123456789ab' } : {}),
	});
	const body =
		'<Message id="key-not-exist">\n<Cause>\n\nx\n\n</Cause>\n<Solution>\n\ny\n\n</Solution>\n</Message>\n';
	return (['en', 'zh'] as const).map((lang) => ({
		id: `${lang}/oss/NoSuchKey`,
		filePath: `content/errors/${lang}/oss/NoSuchKey.mdx`,
		data: data(lang),
		body,
	})) as [CheckedEntry, CheckedEntry];
}
