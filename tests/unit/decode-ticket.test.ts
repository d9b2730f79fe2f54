import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decoder/decode';
import { decodeTicket } from '../../src/decoder/decode-ticket';
import { realCodeIndex } from '../code-index';

const index = realCodeIndex();
const templates = { heading: '**{code}** ({provider}, HTTP {status})', link: 'Details: {url}' };
const ticket = (input: string) =>
	decodeTicket(
		decode(input, index),
		(id) => id.toUpperCase(),
		(c) => `https://example.test/${c.provider}/${c.code}/#${c.message?.id ?? ''}`,
		templates,
	);

describe('the decoder ticket', () => {
	it('the paste as support needs it: code, message as pasted, ids, the page', () => {
		expect(
			ticket(
				"oss2.exceptions.NoSuchKey: {'status': 404, 'details': {'Code': 'NoSuchKey', 'Message': 'The specified key does not exist.', 'RequestId': '6745A1B2C3D4E5F6A7B8C9D0', 'EC': '0026-00000001'}}",
			),
		).toBe(
			[
				'**NoSuchKey** (OSS, HTTP 404)',
				'> The specified key does not exist.',
				'',
				'RequestId: 6745A1B2C3D4E5F6A7B8C9D0',
				'EC: 0026-00000001',
				'Details: https://example.test/oss/NoSuchKey/#key-not-exist',
			].join('\n'),
		);
	});

	it('the status the paste shows, when it differs from ours', () => {
		expect(
			ticket('HTTP/1.1 400 Bad Request\n<Error><Code>NoSuchKey</Code></Error> aliyuncs.com'),
		).toMatch(/^\*\*NoSuchKey\*\* \(OSS, HTTP 400\)\n/);
	});

	it('nothing decoded to a page: no ticket', () => {
		expect(ticket('0026-00000001')).toBeUndefined();
		expect(ticket('hello')).toBeUndefined();
	});
});
