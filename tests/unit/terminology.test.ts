import { describe, expect, it } from 'vitest';
import { proseOfErrorEntry } from '../../src/checks/prose';
import { checkTerminology, rendering } from '../../src/checks/terminology';
import type { GlossaryTerm } from '../../src/schemas/glossary';
import { validPair } from './fixtures';

const glossary: Record<string, GlossaryTerm> = {
	bucket: {
		en: 'bucket',
		zh: { oss: 'Bucket', obs: '桶' },
		definition: { en: 'A container for objects.', zh: '存放对象的容器。' },
		avoid: [{ text: '存储桶', lang: 'zh' }],
	},
	'multipart-upload': {
		en: 'multipart upload',
		zh: { oss: '分片上传', obs: '多段上传' },
		definition: { en: 'Uploading an object in parts.', zh: '分多个部分上传一个对象。' },
		avoid: [
			{ text: 'multi-part upload', lang: 'en' },
			{ text: '多段上传', lang: 'zh', provider: 'oss' },
			{ text: '分片上传', lang: 'zh', provider: 'obs' },
		],
	},
};

describe('terminology check', () => {
	it('flags a term written the other way, naming file, field and the right rendering', () => {
		const [, chinese] = validPair();
		chinese.data.summary = '存储桶中的 Object 不存在。';
		expect(checkTerminology(proseOfErrorEntry(chinese), glossary)).toEqual([
			{
				file: chinese.filePath,
				field: 'summary',
				message: 'writes "存储桶"; the glossary term "bucket" is written "Bucket" here',
			},
		]);
	});

	it('applies provider-specific spellings only to that provider', () => {
		const [, chinese] = validPair();
		chinese.body =
			'<Message id="key-not-exist">\n<Cause>\n\n多段上传未完成。\n\n</Cause><Solution>x</Solution></Message>';
		expect(checkTerminology(proseOfErrorEntry(chinese), glossary).map((p) => p.field)).toEqual([
			'body',
		]);
		chinese.data.provider = 'obs';
		expect(checkTerminology(proseOfErrorEntry(chinese), glossary)).toEqual([]);
	});

	it('matches English whole words in any case', () => {
		const [english] = validPair();
		english.data.messages[0]!.cause = 'A Multi-part upload was aborted.';
		expect(checkTerminology(proseOfErrorEntry(english), glossary).map((p) => p.field)).toEqual([
			'messages[0].cause',
		]);
	});

	it('leaves verbatim messages and code alone', () => {
		const [english] = validPair();
		english.data.messages[0]!.text = 'The multi-part upload failed.';
		english.body = 'Set `multi-part upload` in the header.\n\n```\nmulti-part upload\n```\n';
		expect(checkTerminology(proseOfErrorEntry(english), glossary)).toEqual([]);
	});

	it('renders a term for each language and provider', () => {
		const term = glossary['bucket']!;
		expect(rendering(term, 'en', 'oss')).toBe('bucket');
		expect(rendering(term, 'zh', 'obs')).toBe('桶');
		expect(rendering(term, 'zh')).toBe('Bucket / 桶');
	});
});
