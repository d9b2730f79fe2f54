import { describe, expect, it } from 'vitest';
import { destinationOf } from '../../src/decoder/paste-or-search';
import { realCodeIndex } from '../code-index';

/** The home page's box, on the real code list: where each kind of input is sent. */
const index = realCodeIndex();

describe("the home page's box", () => {
	it('sends a code one provider documents to its page, whatever its case', () => {
		expect(destinationOf('cnamealreadyexists', index)).toEqual({
			kind: 'code',
			matches: [{ provider: 'oss', code: 'CnameAlreadyExists' }],
		});
		expect(destinationOf('  KMS.DisabledException \n', index)).toEqual({
			kind: 'code',
			matches: [{ provider: 'obs', code: 'KMS.DisabledException' }],
		});
	});

	it('offers a choice for a code several providers document, in provider order', () => {
		expect(destinationOf('nosuchkey', index)).toEqual({
			kind: 'code',
			matches: [
				{ provider: 'oss', code: 'NoSuchKey' },
				{ provider: 'obs', code: 'NoSuchKey' },
			],
		});
	});

	it('sends tool output to the decoder, as pasted (trimmed)', () => {
		const xml =
			'<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>';
		expect(destinationOf(`\n${xml}\n`, index)).toEqual({ kind: 'decode', text: xml });
		const headers = 'HTTP/1.1 403 Forbidden\nx-oss-request-id: 5C3D9175B6FC201293AD4890';
		expect(destinationOf(headers, index)).toEqual({ kind: 'decode', text: headers });
		const json = `{"Code": "AccessDenied", "Message": "Access denied.", "RequestId": "5C3D9175B6FC201293AD4890"}`;
		expect(destinationOf(json, index).kind).toBe('decode');
		const oss2 = `oss2.exceptions.NoSuchKey: {'status': 404, 'details': {'Code': 'NoSuchKey'}}`;
		expect(destinationOf(oss2, index).kind).toBe('decode');
		// Several lines of anything are output, not a query.
		expect(destinationOf('NoSuchKey\nNoSuchBucket', index).kind).toBe('decode');
	});

	it('searches for words, a message, and a code no provider documents', () => {
		expect(destinationOf('bucket policy', index)).toEqual({
			kind: 'search',
			query: 'bucket policy',
		});
		expect(destinationOf('The specified key does not exist.', index).kind).toBe('search');
		expect(destinationOf('AccountProblem', index)).toEqual({
			kind: 'search',
			query: 'AccountProblem',
		});
		expect(destinationOf('跨域', index)).toEqual({ kind: 'search', query: '跨域' });
	});

	it('without the code list, searches for what may be a code, and still decodes output', () => {
		expect(destinationOf('NoSuchKey', undefined)).toEqual({ kind: 'search', query: 'NoSuchKey' });
		expect(destinationOf('<Error><Code>NoSuchKey</Code></Error>', undefined).kind).toBe('decode');
	});

	it('does nothing with blank input', () => {
		expect(destinationOf(' \n\t', index)).toEqual({ kind: 'empty' });
	});
});
