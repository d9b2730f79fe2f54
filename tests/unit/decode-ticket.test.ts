import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decoder/decode';
import { decodeTicket } from '../../src/decoder/decode-ticket';
import { dictionaries } from '../../src/strings/ui';
import { ticketMarkdown } from '../../src/support/ticket';
import { realCodeIndex } from '../code-index';

const index = realCodeIndex();
/** The templates the decoder page hands its script, from the real dictionaries. */
const templates = (lang: 'en' | 'zh') => ({
	heading: dictionaries[lang]['ticket.heading'],
	headingBare: dictionaries[lang]['decode.ticketHeading'],
	headingUnknown: dictionaries[lang]['decode.ticketHeadingUnknown'],
	candidates: dictionaries[lang]['decode.ticketCandidates'],
	candidate: dictionaries[lang]['decode.ticketCandidate'],
	link: dictionaries[lang]['ticket.link'],
});
const ticket = (input: string, lang: 'en' | 'zh' = 'en') =>
	decodeTicket(
		decode(input, index),
		(id) => id.toUpperCase(),
		(c) => `https://example.test/${c.provider}/${c.code}/#${c.message?.id ?? ''}`,
		templates(lang),
	);

describe('the decoder ticket', () => {
	it('the paste as support needs it: code, message as pasted, ids, the page', () => {
		expect(
			ticket(
				"oss2.exceptions.NoSuchKey: {'status': 404, 'details': {'Code': 'NoSuchKey', 'Message': 'The specified key does not exist.', 'RequestId': '6745A1B2C3D4E5F6A7B8C9D0', 'HostId': 'examplebucket.oss-cn-hangzhou.aliyuncs.com', 'EC': '0026-00000001'}}",
			),
		).toBe(
			[
				'**NoSuchKey** (OSS, HTTP 404 Not Found)',
				'> The specified key does not exist.',
				'',
				'RequestId: 6745A1B2C3D4E5F6A7B8C9D0',
				'HostId: examplebucket.oss-cn-hangzhou.aliyuncs.com',
				'EC: 0026-00000001',
				'Details: https://example.test/oss/NoSuchKey/#key-not-exist',
			].join('\n'),
		);
	});

	it("begins as the code page's ticket begins, in each language", () => {
		for (const lang of ['en', 'zh'] as const) {
			const decoded = ticket(
				'x-oss-request-id: 6745A1B2C3D4E5F6A7B8C9D0\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
				lang,
			);
			const page = ticketMarkdown(
				{
					code: 'NoSuchKey',
					provider: 'OSS',
					status: 404,
					reason: 'Not Found',
					message: 'The specified key does not exist.',
					cause: '-',
					url: '-',
					retriedBy: '',
				},
				{
					heading: dictionaries[lang]['ticket.heading'],
					cause: dictionaries[lang]['ticket.cause'],
					link: dictionaries[lang]['ticket.link'],
					retries: dictionaries[lang]['ticket.retries'],
					noRetries: dictionaries[lang]['ticket.noRetries'],
				},
			);
			expect(decoded?.split('\n').slice(0, 3)).toEqual(page.split('\n').slice(0, 3));
		}
	});

	it('the status the paste shows, when it differs from ours', () => {
		expect(
			ticket('HTTP/1.1 400 Bad Request\n<Error><Code>NoSuchKey</Code></Error> aliyuncs.com'),
		).toMatch(/^\*\*NoSuchKey\*\* \(OSS, HTTP 400 Bad Request\)\n/);
	});

	it('a status without a known reason phrase: the heading without one', () => {
		expect(
			ticket('HTTP/1.1 418 Teapot\n<Error><Code>NoSuchKey</Code></Error> aliyuncs.com'),
		).toMatch(/^\*\*NoSuchKey\*\* \(OSS, HTTP 418\)\n/);
	});

	it('a paste that does not show the provider: no provider claimed, each page listed', () => {
		expect(
			ticket(
				'<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><RequestId>ABC</RequestId></Error>',
			),
		).toBe(
			[
				'**NoSuchKey** (provider not known from the paste)',
				'> The specified key does not exist.',
				'',
				'RequestId: ABC',
				"The paste does not show which provider returned it; each provider's page:",
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
			'**SignatureDoesNotMatch** (OBS, HTTP 403 Forbidden)',
			'> Some brand new message nobody documented.',
		]);
		// No message anchor: the page documents another wording.
		expect(text).toMatch(/Details: https:\/\/example\.test\/obs\/SignatureDoesNotMatch\/#$/);
	});

	it('a bare code with one documented message: the page at it, no message quoted as pasted', () => {
		expect(ticket('KMS.DisabledException', 'zh')).toBe(
			[
				'**KMS.DisabledException**（OBS 错误码，HTTP 400 Bad Request）',
				'',
				'详情：https://example.test/obs/KMS.DisabledException/#key-disabled',
			].join('\n'),
		);
	});

	it('nothing decoded to a page: no ticket', () => {
		expect(ticket('0026-00000001')).toBeUndefined();
		expect(ticket('hello')).toBeUndefined();
	});
});
