import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decoder/decode';
import { realCodeIndex } from '../code-index';
import { realReferenceIndex } from '../comparison-data';

/**
 * The decoder beyond our own pages: a paste from Cloudflare R2 (its host, or its own number for
 * an error) is read as R2's, with what the comparison says of the code; an EC alone is explained
 * with the provider's own diagnosis link; a log with several errors lists each one.
 */
const index = realCodeIndex();
const references = realReferenceIndex();

describe('Cloudflare R2', () => {
	it('an R2 host: R2 returns the code with its status, number and meaning, S3 beside it', () => {
		const decoded = decode(
			'GET https://examplebucket.0123456789abcdef0123456789abcdef.r2.cloudflarestorage.com/reports/2026.csv\nHTTP/1.1 404 Not Found\n<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
			index,
			references,
		);
		expect(decoded.provider).toBe('r2');
		expect(decoded.reference?.provider).toBe('r2');
		expect(decoded.reference?.code).toBe('NoSuchKey');
		expect(decoded.reference?.facts?.statuses).toMatchObject({ r2: 404, s3: 404 });
		expect(decoded.reference?.facts?.providerCodes['r2']).toEqual(['10007']);
		expect(decoded.reference?.facts?.meanings['s3']?.en).toBeTruthy();
		expect(decoded.parsed.hints).toContainEqual({
			provider: 'r2',
			evidence: 'r2.cloudflarestorage.com host',
		});
		// Our pages for the same code come after, for both providers (no evidence names one).
		expect(decoded.candidates.map((c) => c.provider).sort()).toEqual(['obs', 'oss']);
	});

	it("R2's own number in a Workers API message names the code and the provider", () => {
		// The shape of Cloudflare's own example on its R2 "Error codes" page.
		const decoded = decode(
			'put: Your metadata headers exceed the maximum allowed metadata size. (10012)',
			index,
			references,
		);
		expect(decoded.reference).toMatchObject({ provider: 'r2', code: 'MetadataTooLarge' });
		expect(decoded.parsed.hints).toContainEqual({
			provider: 'r2',
			evidence: 'R2 error number 10012',
		});
		expect(decoded.problem).toBeUndefined();
	});

	it('a code R2 lists and AWS does not, from an R2 host', () => {
		const decoded = decode(
			'https://examplebucket.r2.cloudflarestorage.com/ <Error><Code>BucketConflict</Code></Error>',
			index,
			references,
		);
		expect(decoded.reference?.facts?.statuses['r2']).toBe(409);
		expect(decoded.reference?.facts?.statuses['s3']).toBeUndefined();
		expect(decoded.problem).toBeUndefined();
	});

	it('a code R2 does not list: said so, not invented', () => {
		const decoded = decode(
			'https://examplebucket.r2.cloudflarestorage.com/ <Error><Code>SecondLevelDomainForbidden</Code></Error>',
			index,
			references,
		);
		expect(decoded.reference).toEqual({ provider: 'r2' });
		expect(decoded.candidates.map((c) => `${c.provider}/${c.code}`)).toEqual([
			'oss/SecondLevelDomainForbidden',
		]);
	});

	it('without the reference index, an R2 paste is decoded against our pages alone', () => {
		const decoded = decode('<Error><Code>NoSuchKey</Code></Error> r2.cloudflarestorage.com', index);
		expect(decoded.reference).toBeUndefined();
		expect(decoded.candidates).toHaveLength(2);
	});
});

describe('an EC', () => {
	it("alone: OSS's, with OSS's diagnosis link", () => {
		const decoded = decode('0026-00000001', index, references);
		expect(decoded.provider).toBe('oss');
		expect(decoded.ec).toEqual({
			value: '0026-00000001',
			provider: 'oss',
			diagnosis: 'https://api.aliyun.com/troubleshoot?q=0026-00000001',
		});
		expect(decoded.problem).toBeUndefined();
	});

	it('the link the paste carries wins over the one built from the EC', () => {
		const decoded = decode(
			"{'EC': '0016-00000502', 'RecommendDoc': 'https://api.aliyun.com/troubleshoot?q=0016-00000502&lang=en'}",
			index,
		);
		expect(decoded.ec?.diagnosis).toBe(
			'https://api.aliyun.com/troubleshoot?q=0016-00000502&lang=en',
		);
	});
});

describe('several errors', () => {
	it('each in order, the last one ended the operation; the answer is the last', () => {
		const body = (code: string, id: string) =>
			`<Error><Code>${code}</Code><RequestId>${id}</RequestId></Error>`;
		const decoded = decode(
			`attempt 1: ${body('RequestTimeout', '5C3D9175B6FC201293AD4891')}\nattempt 2: ${body('NoSuchUpload', '5C3D9175B6FC201293AD4892')}`,
			index,
		);
		expect(decoded.errors.map((e) => [e.code, e.status, e.ended])).toEqual([
			['RequestTimeout', 400, false],
			['NoSuchUpload', 404, true],
		]);
		expect(decoded.candidates[0]?.code).toBe('NoSuchUpload');
	});

	it('the same response printed twice (by the SDK, then the application) is one error', () => {
		const once =
			'[ErrorCode]: AccessDenied\n[RequestId]: 5C3D9175B6FC201293AD4890\n<Error><Code>AccessDenied</Code><RequestId>5C3D9175B6FC201293AD4890</RequestId></Error>';
		expect(decode(`${once}\n${once}`, index).errors).toEqual([]);
	});
});
