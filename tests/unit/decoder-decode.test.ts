import { describe, expect, it } from 'vitest';
import type { ProviderId } from '../../src/data/providers';
import { decode, normaliseMessage, type Candidate } from '../../src/decoder/decode';
import { closestCodes, editDistance } from '../../src/matching/fuzzy';
import { buildCodeIndex } from '../../src/decoder/code-index';
import { realCodeIndex } from '../code-index';

/** The real index, from the content: expected statuses and message texts are read from it. */
const index = realCodeIndex();

const ossRequestId = '5C3D9175B6FC201293AD4890';
const ossHost = 'examplebucket.oss-cn-hangzhou.aliyuncs.com';
const obsRequestId = '00000186C5E6F1A2D30A4B5C6D7E8F90';

/** The facts our content gives for a code's message: what a candidate must carry. */
function documented(provider: ProviderId, code: string, id: string) {
	const facts = index.codes[provider]?.[code];
	const message = facts?.messages.find((m) => m.id === id);
	if (!facts || !message) throw new Error(`the content has no ${provider} ${code} #${id}`);
	return { status: facts.status, message: { id, text: message.text } };
}

/**
 * A candidate found by its code, at the given message, which the input carries: as documented,
 * or as `pasted` says.
 */
const byCode = (
	provider: ProviderId,
	code: string,
	id: string,
	matchedBy: Candidate['matchedBy'] = 'code',
	pasted?: string,
): Candidate => {
	const facts = documented(provider, code, id);
	return {
		provider,
		code,
		...facts,
		matchedBy,
		messageBy: 'pasted',
		pasted: pasted ?? facts.message.text,
	};
};

/** A candidate found by its code, whose only documented message the input, carrying none, is. */
const byOnlyMessage = (
	provider: ProviderId,
	code: string,
	id: string,
	matchedBy: Candidate['matchedBy'] = 'code',
): Candidate => ({
	provider,
	code,
	...documented(provider, code, id),
	matchedBy,
	messageBy: 'only',
});

const ids = (candidates: Candidate[]) => candidates.map((c) => `${c.provider}/${c.code}`);

describe('the real index', () => {
	it('has both providers, and the codes these tests rely on', () => {
		expect(Object.keys(index.codes)).toEqual(['oss', 'obs']);
		expect(Object.keys(index.providers)).toEqual(['oss', 'obs']);
		expect(index.codes['oss']?.['BucketAlreadyExists']?.messages.length).toBeGreaterThan(1);
		expect(index.codes['oss']?.['AccessDenied']?.messages.length).toBeGreaterThan(1);
		// An S3 code neither provider documents: the unknown-code case.
		expect(index.codes['oss']?.['AccountProblem']).toBeUndefined();
		expect(index.codes['obs']?.['AccountProblem']).toBeUndefined();
	});

	it('throws on a code listed twice for one provider', () => {
		const entry = { provider: 'oss' as const, code: 'NoSuchKey', status: 404, messages: [] };
		expect(() => buildCodeIndex(index.providers, [entry, entry])).toThrow(/listed twice/);
	});
});

describe('codes with several messages: the right anchor', () => {
	it('OSS BucketAlreadyExists, from an oss2 exception quoting a variant', () => {
		const decoded = decode(
			`oss2.exceptions.ServerError: {'status': 409, 'x-oss-request-id': '${ossRequestId}', 'details': {'Code': 'BucketAlreadyExists', 'Message': "Bucket already exists can't modify storage type", 'RequestId': '${ossRequestId}', 'HostId': '${ossHost}', 'BucketName': 'examplebucket', 'EC': '0015-00000104'}}`,
			index,
		);
		expect(decoded.provider).toBe('oss');
		// The variant leads to its message; the page shows the wording the input carries.
		expect(decoded.candidates).toEqual([
			byCode(
				'oss',
				'BucketAlreadyExists',
				'cannot-modify-storage-class',
				'code',
				"Bucket already exists can't modify storage type",
			),
		]);
		expect(decoded.problem).toBeUndefined();
	});

	it('OSS BucketAlreadyExists, from the Go SDK v2 (its added period dropped)', () => {
		const decoded = decode(
			`operation error PutBucket: Error returned by Service.
Http Status Code: 409.
Error Code: BucketAlreadyExists.
Request Id: ${ossRequestId}.
Message: The requested bucket name is not available.
EC: 0015-00000101.
Timestamp: 2026-11-20 08:00:00 +0000 UTC.
Request Endpoint: PUT https://${ossHost}/.`,
			index,
		);
		expect(decoded.candidates).toEqual([
			byCode('oss', 'BucketAlreadyExists', 'name-not-available'),
		]);
	});

	it('OSS AccessDenied, from a raw response: the query-string message', () => {
		const decoded = decode(
			`HTTP/1.1 403 Forbidden
Server: AliyunOSS
x-oss-request-id: ${ossRequestId}
x-oss-ec: 0002-00000069

<?xml version="1.0" encoding="UTF-8"?>
<Error>
  <Code>AccessDenied</Code>
  <Message>Query-string authentication requires the Signature, Expires and OSSAccessKeyId parameters</Message>
  <RequestId>${ossRequestId}</RequestId>
  <HostId>${ossHost}</HostId>
  <EC>0002-00000069</EC>
</Error>`,
			index,
		);
		expect(decoded.candidates).toEqual([
			byCode('oss', 'AccessDenied', 'query-string-auth-incomplete'),
		]);
	});

	it('OSS AccessDenied with a documented message: the code at that message', () => {
		const decoded = decode(
			`<Error><Code>AccessDenied</Code><Message>You have no right to access this object because of bucket acl.</Message><RequestId>${ossRequestId}</RequestId><HostId>${ossHost}</HostId><EC>0003-00000001</EC></Error>`,
			index,
		);
		expect(decoded.candidates).toEqual([byCode('oss', 'AccessDenied', 'denied-by-bucket-acl')]);
	});

	it('OSS AccessDenied with an undocumented message: the code, no anchor', () => {
		const decoded = decode(
			`<Error><Code>AccessDenied</Code><Message>Denied by a rule this site has never heard of.</Message><RequestId>${ossRequestId}</RequestId><HostId>${ossHost}</HostId><EC>0003-00000001</EC></Error>`,
			index,
		);
		expect(decoded.candidates).toEqual([
			{
				provider: 'oss',
				code: 'AccessDenied',
				status: 403,
				matchedBy: 'code',
				pasted: 'Denied by a rule this site has never heard of.',
			},
		]);
	});

	it('OSS InvalidAccessKeyId, from a one-line Java exception', () => {
		const decoded = decode(
			`com.aliyun.oss.OSSException: The OSS Access Key Id you provided is disabled. [ErrorCode]: InvalidAccessKeyId [RequestId]: ${ossRequestId} [HostId]: ${ossHost}`,
			index,
		);
		expect(decoded.candidates).toEqual([byCode('oss', 'InvalidAccessKeyId', 'key-disabled')]);
	});

	it('OSS EntityTooLarge, from the Go SDK v1, message without its final period', () => {
		const decoded = decode(
			`oss: service returned error: StatusCode=400, ErrorCode=EntityTooLarge, ErrorMessage="Source object Length exceeds the maximum allowed size", RequestId=${ossRequestId}, Ec=0016-00000802`,
			index,
		);
		expect(decoded.candidates).toEqual([
			byCode(
				'oss',
				'EntityTooLarge',
				'source-object-too-large',
				'code',
				'Source object Length exceeds the maximum allowed size',
			),
		]);
	});

	it('OSS InvalidPartOrder, message in different case and spacing', () => {
		const decoded = decode(
			`x-oss-request-id: ${ossRequestId}\n<Error><Code>InvalidPartOrder</Code><Message>part number must be an  integer between 1 and 10000,\n inclusive</Message></Error>`,
			index,
		);
		expect(decoded.candidates).toEqual([
			byCode(
				'oss',
				'InvalidPartOrder',
				'part-number-out-of-range',
				'code',
				'part number must be an  integer between 1 and 10000,\n inclusive',
			),
		]);
	});

	it('OSS InvalidObjectName, the message inside a longer one', () => {
		const decoded = decode(
			`ErrorCode=InvalidObjectName, ErrorMessage="The Length of Object name must be less than 1024. Key: ${'k'.repeat(20)}…", RequestId=${ossRequestId}, Ec=0016-00000005, aliyun`,
			index,
		);
		expect(decoded.candidates).toEqual([
			byCode(
				'oss',
				'InvalidObjectName',
				'object-name-too-long',
				'code',
				`The Length of Object name must be less than 1024. Key: ${'k'.repeat(20)}…`,
			),
		]);
	});

	it('OBS MethodNotAllowed, from an OBS Java exception quoting the variant', () => {
		const decoded = decode(
			`com.obs.services.exception.ObsException: Error message:Request Error.OBS servcie Error Message. -- ResponseCode: 405, ResponseStatus: Method Not Allowed, XML Error Message: <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Error><Code>MethodNotAllowed</Code><Message>The specified method is not allowed against the requested resource.</Message><RequestId>${obsRequestId}</RequestId><HostId>x1VDmCWJ5yYbJSt4U0vW1s5IRBgJmEcnVnNTkO8P2Sy8S4VVv4Ro2Fd9eEyyMx9y</HostId></Error>`,
			index,
		);
		expect(decoded.provider).toBe('obs');
		expect(decoded.candidates).toEqual([
			byCode(
				'obs',
				'MethodNotAllowed',
				'method-not-allowed',
				'code',
				'The specified method is not allowed against the requested resource.',
			),
		]);
	});

	it('an OBS code with one message, worded otherwise in the input: the pasted message, no anchor', () => {
		const decoded = decode(
			`status: 403\nreason: Forbidden\nerrorCode: AccessDenied\nerrorMessage: Access Denied\nrequestId: ${obsRequestId}`,
			index,
		);
		// OBS documents one message for AccessDenied; "Access Denied" is not it, and the page must
		// not show it as if pasted.
		expect(index.codes['obs']?.['AccessDenied']?.messages).toHaveLength(1);
		expect(decoded.candidates).toEqual([
			{
				provider: 'obs',
				code: 'AccessDenied',
				status: 403,
				matchedBy: 'code',
				pasted: 'Access Denied',
			},
		]);
	});

	it('a message nobody documented, without evidence: each provider keeps it, none links a message', () => {
		const decoded = decode(
			'<Error><Code>AccessDenied</Code><Message>Some brand new message nobody documented.</Message><RequestId>ABC</RequestId></Error>',
			index,
		);
		expect(decoded.provider).toBeUndefined();
		expect(decoded.candidates.map((c) => [c.provider, c.message, c.pasted])).toEqual([
			['oss', undefined, 'Some brand new message nobody documented.'],
			['obs', undefined, 'Some brand new message nobody documented.'],
		]);
	});

	it('OBS headers with S3 wording of a code OBS documents otherwise: the pasted wording', () => {
		const decoded = decode(
			'x-obs-error-code: SignatureDoesNotMatch\nx-obs-error-message: The request signature we calculated does not match the signature you provided.',
			index,
		);
		expect(decoded.provider).toBe('obs');
		const [candidate] = decoded.candidates;
		expect(candidate?.code).toBe('SignatureDoesNotMatch');
		expect(candidate?.message).toBeUndefined();
		expect(candidate?.pasted).toBe(
			'The request signature we calculated does not match the signature you provided.',
		);
	});
});

describe('which provider', () => {
	const xml = `<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist.</Message><RequestId>${obsRequestId}</RequestId></Error>`;

	it('without evidence, a code both document gives both, provider undefined', () => {
		const decoded = decode(xml, index);
		expect(decoded.provider).toBeUndefined();
		expect(decoded.candidates).toEqual([
			byCode('oss', 'NoSuchBucket', 'bucket-not-exist'),
			byCode('obs', 'NoSuchBucket', 'bucket-not-found'),
		]);
	});

	it('the same body with an x-oss-request-id header: OSS only', () => {
		const decoded = decode(
			`HTTP/1.1 404 Not Found\nx-oss-request-id: ${ossRequestId}\n\n${xml}`,
			index,
		);
		expect(decoded.provider).toBe('oss');
		expect(ids(decoded.candidates)).toEqual(['oss/NoSuchBucket']);
	});

	it('the same body with an OBS host: OBS only', () => {
		const decoded = decode(
			`GET https://examplebucket.obs.cn-north-4.myhuaweicloud.com/?list-type=2\n${xml}`,
			index,
		);
		expect(decoded.provider).toBe('obs');
		expect(ids(decoded.candidates)).toEqual(['obs/NoSuchBucket']);
	});

	it('the message picks the order when only one provider wrote it', () => {
		const decoded = decode(
			'<Error><Code>AccessDenied</Code><Message>Access denied, because the request does not carry a date header or the header format is incorrect.</Message></Error>',
			index,
		);
		expect(decoded.provider).toBeUndefined();
		expect(decoded.candidates[0]).toEqual(byCode('obs', 'AccessDenied', 'date-header-invalid'));
		expect(ids(decoded.candidates)).toEqual(['obs/AccessDenied', 'oss/AccessDenied']);
	});

	it('a bare code: a provider with one message is not ranked first for that alone', () => {
		const decoded = decode('AccessDenied', index);
		expect(ids(decoded.candidates)).toEqual(['oss/AccessDenied', 'obs/AccessDenied']);
		// OSS documents two messages and the input names neither; OBS's only one is shown, as such.
		expect(decoded.candidates[0]?.message).toBeUndefined();
		expect(decoded.candidates[1]).toEqual(
			byOnlyMessage('obs', 'AccessDenied', 'date-header-invalid'),
		);
	});

	it('without evidence, the status the input gives orders the candidates', () => {
		const decoded = decode(
			'HTTP/1.1 408 Request Timeout\n\n<Error><Code>RequestTimeout</Code></Error>',
			index,
		);
		expect(decoded.provider).toBeUndefined();
		expect(ids(decoded.candidates)).toEqual(['obs/RequestTimeout', 'oss/RequestTimeout']);
		expect(decoded.candidates[0]?.status).toBe(408);
	});

	it('keeps a candidate whose status differs from the input: the page shows both', () => {
		const decoded = decode(
			`HTTP/1.1 400 Bad Request\nServer: OBS\nx-obs-request-id: ${obsRequestId}\n\n<Error><Code>RequestTimeout</Code></Error>`,
			index,
		);
		expect(decoded.parsed.status).toBe(400);
		expect(decoded.candidates).toEqual([byOnlyMessage('obs', 'RequestTimeout', 'socket-timeout')]);
		expect(decoded.candidates[0]?.status).toBe(index.codes['obs']?.['RequestTimeout']?.status);
		expect(decoded.candidates[0]?.status).not.toBe(400);
	});

	it("falls back to the other provider when the evidence's provider lacks the code", () => {
		const decoded = decode(
			`x-oss-request-id: ${ossRequestId}\nError Code: KMS.DisabledException`,
			index,
		);
		expect(decoded.provider).toBe('oss');
		expect(decoded.candidates).toEqual([
			byOnlyMessage('obs', 'KMS.DisabledException', 'key-disabled'),
		]);
	});
});

describe('bare codes', () => {
	it('a code as written: both providers', () => {
		const decoded = decode('NoSuchKey', index);
		expect(decoded.parsed.formats).toEqual(['code']);
		expect(decoded.candidates).toEqual([
			byOnlyMessage('oss', 'NoSuchKey', 'key-not-exist'),
			byOnlyMessage('obs', 'NoSuchKey', 'key-not-found'),
		]);
	});

	it('a lower-cased code: found ignoring case, written as the service writes it', () => {
		const decoded = decode('  "nosuchkey" ', index);
		expect(decoded.candidates).toEqual([
			byOnlyMessage('oss', 'NoSuchKey', 'key-not-exist', 'code-case'),
			byOnlyMessage('obs', 'NoSuchKey', 'key-not-found', 'code-case'),
		]);
	});

	it('a dotted OBS code', () => {
		const decoded = decode('kms.notfoundexception', index);
		expect(decoded.candidates).toEqual([
			byOnlyMessage('obs', 'KMS.NotFoundException', 'key-not-found', 'code-case'),
		]);
	});

	it('codes the providers write in different case: the exact one first', () => {
		const decoded = decode('IncorrectNumberOfFilesInPOSTRequest', index);
		expect(decoded.candidates.map((c) => [c.provider, c.code, c.matchedBy])).toEqual([
			['oss', 'IncorrectNumberOfFilesInPOSTRequest', 'code'],
			['obs', 'IncorrectNumberOfFilesInPostRequest', 'code-case'],
		]);
	});
});

describe('messages without a code', () => {
	it('a bare message, without its final period: found by message', () => {
		const decoded = decode('The specified key does not exist', index);
		expect(decoded.candidates).toEqual([
			byCode('oss', 'NoSuchKey', 'key-not-exist', 'message', 'The specified key does not exist'),
			byCode('obs', 'NoSuchKey', 'key-not-found', 'message', 'The specified key does not exist'),
		]);
		expect(decoded.provider).toBeUndefined();
	});

	it("a message only one provider sends: that provider's code", () => {
		const decoded = decode('Qps limit for the meta operation is exceeded.', index);
		expect(decoded.candidates).toEqual([
			{
				...byCode('oss', 'MetaOperationQpsLimitExceeded', 'meta-qps-exceeded'),
				matchedBy: 'message',
			},
		]);
	});

	it('a message embedded in a log line', () => {
		const decoded = decode(
			'2026-11-20 08:00:01,532 WARN  [uploader-2] PUT photos/2026/cat.jpg failed after 3 attempts: The request signature we calculated does not match the signature you provided. Check your key and signing method. (elapsed 1.2s)',
			index,
		);
		// The whole sentence is the wording OSS's troubleshooting guides print (a variant).
		expect(decoded.candidates[0]).toEqual({
			...byCode('oss', 'SignatureDoesNotMatch', 'signature-mismatch'),
			matchedBy: 'message',
			pasted:
				'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
		});
		// Nothing names the provider: the same code at the other one comes next.
		expect(ids(decoded.candidates)).toEqual([
			'oss/SignatureDoesNotMatch',
			'obs/SignatureDoesNotMatch',
		]);
		expect(decoded.provider).toBeUndefined();
	});

	it('a message several codes share: every one of them', () => {
		const decoded = decode('Please reduce your upload request traffic.', index);
		expect(ids(decoded.candidates)).toEqual([
			'oss/DownloadTrafficRateLimitExceeded',
			'oss/UploadTrafficRateLimitExceeded',
		]);
		expect(decoded.candidates.every((c) => c.matchedBy === 'message')).toBe(true);
	});

	it('a fragment of a message, long enough to stand for it', () => {
		const decoded = decode('upload ID does not exist or the multipart upload job', index);
		expect(decoded.candidates[0]).toEqual(
			byCode(
				'obs',
				'NoSuchUpload',
				'upload-not-found',
				'message',
				'upload ID does not exist or the multipart upload job',
			),
		);
		expect(ids(decoded.candidates)).toEqual(['obs/NoSuchUpload', 'oss/NoSuchUpload']);
	});

	it('an OSS Java exception head alone: the message, within OSS', () => {
		const decoded = decode(
			'com.aliyun.oss.OSSException: The specified bucket does not exist.\n\tat com.aliyun.oss.common.utils.ExceptionFactory.createOSSException(ExceptionFactory.java:114)',
			index,
		);
		expect(decoded.provider).toBe('oss');
		expect(decoded.candidates).toEqual([
			{ ...byCode('oss', 'NoSuchBucket', 'bucket-not-exist'), matchedBy: 'message' },
		]);
	});
});

describe('problems', () => {
	it('blank input: empty', () => {
		for (const input of ['', '  \n\t']) {
			const decoded = decode(input, index);
			expect(decoded.problem).toBe('empty');
			expect(decoded.candidates).toEqual([]);
		}
	});

	it('no code and no known message: unrecognised', () => {
		for (const input of [
			'hello world',
			'<img src=x onerror=alert(1)>',
			'connect ETIMEDOUT 47.96.1.12:443',
		]) {
			const decoded = decode(input, index);
			expect(decoded.problem).toBe('unrecognised');
			expect(decoded.candidates).toEqual([]);
			expect(decoded.suggestions).toEqual([]);
		}
	});

	it('a single unknown word is read as a code: unknown-code, nothing close', () => {
		const decoded = decode('Invalid', index);
		expect(decoded.problem).toBe('unknown-code');
		expect(decoded.suggestions).toEqual([]);
	});

	it('an S3 code neither provider documents: unknown-code', () => {
		const decoded = decode(
			'<Error><Code>AccountProblem</Code><Message>There is a problem with your AWS account that prevents the operation from completing successfully.</Message></Error>',
			index,
		);
		expect(decoded.problem).toBe('unknown-code');
		expect(decoded.parsed.code).toBe('AccountProblem');
		expect(decoded.candidates).toEqual([]);
	});

	it('a typo: unknown-code, with the code it was meant to be', () => {
		const decoded = decode('NoSuchKy', index);
		expect(decoded.problem).toBe('unknown-code');
		expect(decoded.suggestions.slice(0, 2)).toEqual([
			{ provider: 'oss', code: 'NoSuchKey' },
			{ provider: 'obs', code: 'NoSuchKey' },
		]);
		expect(decoded.suggestions.length).toBeLessThanOrEqual(5);
	});

	it("a typo with OBS evidence: OBS's suggestion first", () => {
		const decoded = decode(`x-obs-request-id: ${obsRequestId}\nError Code: NoSuchBuckt`, index);
		expect(decoded.problem).toBe('unknown-code');
		expect(decoded.suggestions[0]).toEqual({ provider: 'obs', code: 'NoSuchBucket' });
	});

	it('an unknown code with a known message: found by the message instead', () => {
		const decoded = decode(
			'<Error><Code>NoSuchObject</Code><Message>The specified key does not exist.</Message></Error>',
			index,
		);
		expect(decoded.problem).toBeUndefined();
		expect(ids(decoded.candidates)).toEqual(['oss/NoSuchKey', 'obs/NoSuchKey']);
		expect(decoded.candidates.every((c) => c.matchedBy === 'message')).toBe(true);
	});

	it('decodes a 1 MB log, with the error in the middle or without one', () => {
		const line = '2026-11-20T08:00:00.123Z INFO [worker-3] listed 1000 objects in 87 ms\n';
		const half = line.repeat(Math.ceil(500_000 / line.length));
		for (const [middle, code] of [
			[
				`HTTP/1.1 404 Not Found\nx-oss-request-id: ${ossRequestId}\n\n<Error><Code>NoSuchUpload</Code></Error>\n`,
				'NoSuchUpload',
			],
			['2026-11-20T08:00:01Z ERROR The specified bucket does not exist.\n', 'NoSuchBucket'],
			['', undefined],
		] as const) {
			const decoded = decode(half + middle + half, index);
			expect(decoded.candidates[0]?.code).toBe(code);
		}
	});
});

/** Code names per provider, as the fuzzy matcher takes them. */
const names = Object.fromEntries(
	Object.entries(index.codes).map(([provider, codes]) => [provider, Object.keys(codes)]),
);

describe('editDistance and closestCodes (shared with the 404 page)', () => {
	it('counts edits, ignoring case; a swap of neighbours is one edit', () => {
		expect(editDistance('NoSuchKey', 'nosuchkey')).toBe(0);
		expect(editDistance('NoSuchKy', 'NoSuchKey')).toBe(1);
		expect(editDistance('NoSuhcKey', 'NoSuchKey')).toBe(1);
		expect(editDistance('NoSuchBucket', 'NoSuchKey')).toBe(4);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('abc', '')).toBe(3);
	});

	it('offers the documented codes within a small distance, nearest first', () => {
		expect(closestCodes('AccesDenied', names, 5)).toEqual([
			{ provider: 'oss', code: 'AccessDenied', distance: 1 },
			{ provider: 'obs', code: 'AccessDenied', distance: 1 },
		]);
		expect(closestCodes('AccesDenied', names, 1, 'obs')).toEqual([
			{ provider: 'obs', code: 'AccessDenied', distance: 1 },
		]);
		expect(closestCodes('hello', names, 5)).toEqual([]);
		expect(closestCodes('x'.repeat(10_000), names, 5)).toEqual([]);
	});
});

describe('normaliseMessage', () => {
	it('collapses whitespace, straightens quotes, drops trailing periods', () => {
		expect(normaliseMessage('  Bucket already exists can’t\n modify location.. ')).toBe(
			"Bucket already exists can't modify location",
		);
	});
});
