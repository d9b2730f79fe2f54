import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decoder/decode';
import { decodeTicket } from '../../src/decoder/decode-ticket';
import { realCodeIndex } from '../code-index';

const index = realCodeIndex();
const templates = {
	heading: '**{code}** ({provider}, HTTP {status})',
	headingUnknown: '**{code}** (provider unknown)',
	candidates: 'Pages:',
	candidate: '- {code} ({provider}, HTTP {status}): {url}',
	link: 'Details: {url}',
};
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

	it('a paste that does not show the provider: no provider claimed, each page listed', () => {
		expect(
			ticket(
				'<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><RequestId>ABC</RequestId></Error>',
			),
		).toBe(
			[
				'**NoSuchKey** (provider unknown)',
				'> The specified key does not exist.',
				'',
				'RequestId: ABC',
				'Pages:',
				'- NoSuchKey (OSS, HTTP 404): https://example.test/oss/NoSuchKey/#key-not-exist',
				'- NoSuchKey (OBS, HTTP 404): https://example.test/obs/NoSuchKey/#key-not-found',
			].join('\n'),
		);
	});

	it('the message as pasted, even when it is none of the documented wordings', () => {
		const text = ticket(
			'x-obs-error-code: SignatureDoesNotMatch\nx-obs-error-message: Some brand new message nobody documented.',
		);
		expect(text?.split('\n').slice(0, 2)).toEqual([
			'**SignatureDoesNotMatch** (OBS, HTTP 403)',
			'> Some brand new message nobody documented.',
		]);
		// No message anchor: the page documents another wording.
		expect(text).toMatch(/Details: https:\/\/example\.test\/obs\/SignatureDoesNotMatch\/#$/);
	});

	it('a bare code with one documented message: the page at it, no message quoted as pasted', () => {
		expect(ticket('KMS.DisabledException')).toBe(
			[
				'**KMS.DisabledException** (OBS, HTTP 400)',
				'',
				'Details: https://example.test/obs/KMS.DisabledException/#key-disabled',
			].join('\n'),
		);
	});

	it('nothing decoded to a page: no ticket', () => {
		expect(ticket('0026-00000001')).toBeUndefined();
		expect(ticket('hello')).toBeUndefined();
	});
});
