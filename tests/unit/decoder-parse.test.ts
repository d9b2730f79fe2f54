import { describe, expect, it } from 'vitest';
import {
	decodeXmlEntities,
	parseError as parseWith,
	type ParsedError,
} from '../../src/decoder/parse';
import { indexedProviders } from '../code-index';

/** The registry's fingerprints (content/providers/), as the decoder page gets them. */
const fingerprints = Object.entries(indexedProviders()).map(([provider, { fingerprints }]) => ({
	provider,
	fingerprints,
}));
const parseError = (input: string) => parseWith(input, fingerprints);

/** Pasted inputs, as users have them from failed OSS and OBS calls (ids and hosts invented). */
const ossRequestId = '5C3D9175B6FC201293AD4890';
const ossHost = 'examplebucket.oss-cn-hangzhou.aliyuncs.com';
const obsRequestId = '00000186C5E6F1A2D30A4B5C6D7E8F90';
const obsHostId = '6jVQ1RRa8lSyW6t3eWRvuNLTyX8hEw1xb0ojzPXvXXKbg52nT6XJ3B0WplCTNGoJ';

const ossXml = `<?xml version="1.0" encoding="UTF-8"?>
<Error>
  <Code>NoSuchKey</Code>
  <Message>The specified key does not exist.</Message>
  <RequestId>${ossRequestId}</RequestId>
  <HostId>${ossHost}</HostId>
  <Key>a.txt</Key>
  <EC>0026-00000001</EC>
  <RecommendDoc>https://api.aliyun.com/troubleshoot?q=0026-00000001</RecommendDoc>
</Error>`;

const obsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><RequestId>${obsRequestId}</RequestId><HostId>${obsHostId}</HostId><Key>a.txt</Key></Error>`;

const providers = (parsed: ParsedError) => [...new Set(parsed.hints.map((h) => h.provider))];

/** The fields a test cares about, so one assertion shows the whole reading. */
const fields = ({ code, message, status, requestId, hostId, ec }: ParsedError) => ({
	code,
	message,
	status,
	requestId,
	hostId,
	ec,
});

describe('XML error bodies', () => {
	it('reads an OSS body, pretty-printed, with its EC', () => {
		const parsed = parseError(ossXml);
		expect(fields(parsed)).toEqual({
			code: 'NoSuchKey',
			message: 'The specified key does not exist.',
			status: undefined,
			requestId: ossRequestId,
			hostId: ossHost,
			ec: '0026-00000001',
		});
		expect(parsed.formats).toEqual(['xml']);
		expect(providers(parsed)).toEqual(['oss']);
		expect(parsed.hints.map((h) => h.evidence)).toContain('aliyuncs.com host');
	});

	it('reads an OBS body on one line, and names no provider without evidence', () => {
		const parsed = parseError(obsXml);
		expect(fields(parsed)).toEqual({
			code: 'NoSuchKey',
			message: 'The specified key does not exist.',
			status: undefined,
			requestId: obsRequestId,
			hostId: obsHostId,
			ec: undefined,
		});
		expect(parsed.formats).toEqual(['xml']);
		expect(parsed.hints).toEqual([]);
	});

	it('decodes the five entities and numeric references, once; reads CDATA as is', () => {
		const parsed = parseError(
			'<Error><Code>BucketAlreadyExists</Code><Message>Bucket already exists can&apos;t modify location &amp; &quot;x&quot; &lt;y&gt; &#39;z&#x27; &amp;lt;</Message></Error>',
		);
		expect(parsed.message).toBe("Bucket already exists can't modify location & \"x\" <y> 'z' &lt;");
		const cdata = parseError(
			"<Error>\n  <Code><![CDATA[BucketAlreadyExists]]></Code>\n  <Message>\n    <![CDATA[Cannot modify existing bucket's storage class &amp; ]]>\n  </Message>\n</Error>",
		);
		expect(cdata.code).toBe('BucketAlreadyExists');
		expect(cdata.message).toBe("Cannot modify existing bucket's storage class &amp;");
		expect(decodeXmlEntities('&unknown; &#99999999;')).toBe('&unknown; &#99999999;');
	});

	it('takes the first <Error> that has a code, skipping a mention in a log line', () => {
		const parsed = parseError(
			`2026-11-20 08:00:00 WARN response had <Error> element, body follows\n${ossXml}`,
		);
		expect(parsed.code).toBe('NoSuchKey');
	});
});

describe('raw HTTP responses and headers', () => {
	it('reads an OSS response: status line, headers, XML body', () => {
		const parsed = parseError(`HTTP/1.1 404 Not Found
Server: AliyunOSS
Date: Fri, 20 Nov 2026 08:00:00 GMT
Content-Type: application/xml
Content-Length: 351
Connection: keep-alive
x-oss-request-id: ${ossRequestId}
x-oss-server-time: 2
x-oss-ec: 0026-00000001

${ossXml}`);
		expect(fields(parsed)).toEqual({
			code: 'NoSuchKey',
			message: 'The specified key does not exist.',
			status: 404,
			requestId: ossRequestId,
			hostId: ossHost,
			ec: '0026-00000001',
		});
		expect(parsed.formats).toEqual(['http', 'xml']);
		expect(parsed.hints).toContainEqual({ provider: 'oss', evidence: 'x-oss-request-id header' });
		expect(parsed.hints).toContainEqual({ provider: 'oss', evidence: 'Server: AliyunOSS header' });
		expect(providers(parsed)).toEqual(['oss']);
	});

	it('reads an OBS response in S3-compatible mode, x-amz headers included', () => {
		const parsed = parseError(`HTTP/1.1 403 Forbidden
Server: OBS
x-obs-request-id: ${obsRequestId}
x-obs-id-2: 32AAAQAAEAABAAAQAAEAABAAAQAAEAABCS7h+ZyqQOOzIHD6j/WVWaCLaXfDxLlO
x-amz-request-id: ${obsRequestId}
Content-Type: application/xml
Date: Fri, 20 Nov 2026 08:00:00 GMT
Content-Length: 318

<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><RequestId>${obsRequestId}</RequestId><HostId>${obsHostId}</HostId></Error>`);
		expect(parsed.code).toBe('SignatureDoesNotMatch');
		expect(parsed.status).toBe(403);
		expect(parsed.requestId).toBe(obsRequestId);
		// The body's HostId wins over the x-obs-id-2 header.
		expect(parsed.hostId).toBe(obsHostId);
		expect(providers(parsed)).toEqual(['obs']);
		expect(parsed.hints).toContainEqual({ provider: 'obs', evidence: 'Server: OBS header' });
	});

	it('keeps the first RequestId found: the header before the body', () => {
		const parsed = parseError(
			`HTTP/1.1 404 Not Found\nx-oss-request-id: 5C3D9175B6FC201293AD0001\n\n<Error><Code>NoSuchKey</Code><RequestId>5C3D9175B6FC201293AD0002</RequestId></Error>`,
		);
		expect(parsed.requestId).toBe('5C3D9175B6FC201293AD0001');
	});

	it('reads just headers, as curl -v prints them, with x-obs-id-2 as the host id', () => {
		const parsed = parseError(`< HTTP/1.1 404 Not Found
< Server: OBS
< x-obs-request-id: ${obsRequestId}
< x-obs-id-2: 32AAAQAAEAABAAAQAAEAABAAAQAAEAABCSb3Ir5e8pBc7R0hD3pvPt9HmhBL1RH5
< Content-Length: 0`);
		expect(fields(parsed)).toEqual({
			code: undefined,
			message: undefined,
			status: 404,
			requestId: obsRequestId,
			hostId: '32AAAQAAEAABAAAQAAEAABAAAQAAEAABCSb3Ir5e8pBc7R0hD3pvPt9HmhBL1RH5',
			ec: undefined,
		});
		expect(parsed.formats).toEqual(['http']);
		expect(providers(parsed)).toEqual(['obs']);
	});

	it('reads headers without a status line as "headers"', () => {
		const parsed = parseError(`x-oss-request-id: ${ossRequestId}\nx-oss-ec: 0003-00000016`);
		expect(parsed.formats).toEqual(['headers']);
		expect(parsed.ec).toBe('0003-00000016');
		expect(parsed.hints).toContainEqual({ provider: 'oss', evidence: 'x-oss-ec header' });
		expect(parsed.hints).toContainEqual({ provider: 'oss', evidence: 'EC 0003-00000016' });
	});
});

describe('x-oss-err: the error body of a HEAD response, base64-encoded in a header', () => {
	/** Base64 of UTF-8 text, as OSS encodes it (btoa alone only takes Latin-1). */
	const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

	it('decodes the header and reads the XML inside', () => {
		const parsed = parseError(`HTTP/1.1 404 Not Found
Server: AliyunOSS
Date: Fri, 20 Nov 2026 08:00:00 GMT
Content-Length: 0
Connection: keep-alive
x-oss-request-id: ${ossRequestId}
x-oss-ec: 0026-00000001
x-oss-err: ${btoa(ossXml)}`);
		expect(fields(parsed)).toEqual({
			code: 'NoSuchKey',
			message: 'The specified key does not exist.',
			status: 404,
			requestId: ossRequestId,
			hostId: ossHost,
			ec: '0026-00000001',
		});
		expect(parsed.formats).toEqual(['http', 'x-oss-err']);
		expect(parsed.hints).toContainEqual({ provider: 'oss', evidence: 'x-oss-err header' });
	});

	it('decodes UTF-8 inside the base64', () => {
		const xml =
			'<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>You have no right to access this object because of bucket acl. 文件</Message><RequestId>5C3D9175B6FC201293AD4891</RequestId></Error>';
		const parsed = parseError(`x-oss-err: ${base64(xml)}`);
		expect(parsed.code).toBe('AccessDenied');
		expect(parsed.message).toBe(
			'You have no right to access this object because of bucket acl. 文件',
		);
	});

	it('ignores invalid base64 and invalid UTF-8 without throwing', () => {
		for (const header of [
			'x-oss-err: PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4',
			'x-oss-err: PD94bWwgdmVyc2lvbj0i1',
			`x-oss-err: ${btoa('\xff\xfe<Error><Code>NoSuchKey</Code></Error>')}`,
			'x-oss-err: !!!!',
		]) {
			const parsed = parseError(
				`HTTP/1.1 404 Not Found\nx-oss-request-id: ${ossRequestId}\n${header}`,
			);
			expect(parsed.code).toBeUndefined();
			expect(parsed.status).toBe(404);
			expect(parsed.formats).not.toContain('x-oss-err');
		}
	});
});

describe('OSS SDKs', () => {
	it('reads oss2 (Python) after a full traceback', () => {
		const parsed = parseError(`Traceback (most recent call last):
  File "/srv/app/sync.py", line 42, in <module>
    result = bucket.get_object('a.txt')
  File "/usr/local/lib/python3.12/site-packages/oss2/api.py", line 1041, in get_object
    resp = self.__do_object('GET', key, headers=headers, params=params)
  File "/usr/local/lib/python3.12/site-packages/oss2/api.py", line 3155, in __do_object
    return self._do(method, self.bucket_name, key, **kwargs)
  File "/usr/local/lib/python3.12/site-packages/oss2/api.py", line 303, in _do
    raise e
oss2.exceptions.NoSuchKey: {'status': 404, 'x-oss-request-id': '${ossRequestId}', 'details': {'Code': 'NoSuchKey', 'Message': 'The specified key does not exist.', 'RequestId': '${ossRequestId}', 'HostId': '${ossHost}', 'Key': 'a.txt', 'EC': '0026-00000001', 'RecommendDoc': 'https://api.aliyun.com/troubleshoot?q=0026-00000001'}}`);
		expect(fields(parsed)).toEqual({
			code: 'NoSuchKey',
			message: 'The specified key does not exist.',
			status: 404,
			requestId: ossRequestId,
			hostId: ossHost,
			ec: '0026-00000001',
		});
		expect(parsed.formats).toEqual(['oss-python']);
		expect(parsed.hints).toContainEqual({ provider: 'oss', evidence: 'oss2 (OSS Python SDK)' });
	});

	it('reads oss2 ServerError, with a message Python quotes in double quotes', () => {
		const parsed = parseError(
			`oss2.exceptions.ServerError: {'status': 409, 'x-oss-request-id': '${ossRequestId}', 'details': {'Code': 'BucketAlreadyExists', 'Message': "Bucket already exists can't modify location", 'RequestId': '${ossRequestId}', 'HostId': '${ossHost}', 'BucketName': 'examplebucket', 'EC': '0015-00000101'}}`,
		);
		expect(parsed.code).toBe('BucketAlreadyExists');
		expect(parsed.message).toBe("Bucket already exists can't modify location");
		expect(parsed.status).toBe(409);
		expect(parsed.ec).toBe('0015-00000101');
	});

	it('reads an OSS Java exception with its XML and a stack trace', () => {
		const parsed =
			parseError(`Exception in thread "main" com.aliyun.oss.OSSException: The specified key does not exist.
[ErrorCode]: NoSuchKey
[RequestId]: ${ossRequestId}
[HostId]: ${ossHost}
[ResponseError]:
<?xml version="1.0" encoding="UTF-8"?>
<Error>
  <Code>NoSuchKey</Code>
  <Message>The specified key does not exist.</Message>
  <RequestId>${ossRequestId}</RequestId>
  <HostId>${ossHost}</HostId>
  <Key>a.txt</Key>
  <EC>0026-00000001</EC>
</Error>
	at com.aliyun.oss.common.utils.ExceptionFactory.createOSSException(ExceptionFactory.java:114)
	at com.aliyun.oss.internal.OSSErrorResponseHandler.handle(OSSErrorResponseHandler.java:70)
	at com.aliyun.oss.common.comm.ServiceClient.handleResponse(ServiceClient.java:257)
	at com.example.Sync.main(Sync.java:31)`);
		expect(fields(parsed)).toEqual({
			code: 'NoSuchKey',
			message: 'The specified key does not exist.',
			status: undefined,
			requestId: ossRequestId,
			hostId: ossHost,
			ec: '0026-00000001',
		});
		expect(parsed.formats).toEqual(['xml', 'oss-java']);
		expect(parsed.hints).toContainEqual({
			provider: 'oss',
			evidence: 'com.aliyun.oss (OSS Java SDK)',
		});
	});

	it('reads an OSS Java exception on one line, without XML: the message is its first words', () => {
		const parsed = parseError(
			`com.aliyun.oss.OSSException: The OSS Access Key Id you provided is disabled. [ErrorCode]: InvalidAccessKeyId [RequestId]: ${ossRequestId} [HostId]: ${ossHost}`,
		);
		expect(fields(parsed)).toEqual({
			code: 'InvalidAccessKeyId',
			message: 'The OSS Access Key Id you provided is disabled.',
			status: undefined,
			requestId: ossRequestId,
			hostId: ossHost,
			ec: undefined,
		});
	});

	it('reads the Go SDK v1 error', () => {
		const parsed = parseError(
			`oss: service returned error: StatusCode=404, ErrorCode=NoSuchKey, ErrorMessage="The specified key does not exist.", RequestId=${ossRequestId}, Ec=0026-00000001`,
		);
		expect(fields(parsed)).toEqual({
			code: 'NoSuchKey',
			message: 'The specified key does not exist.',
			status: 404,
			requestId: ossRequestId,
			hostId: undefined,
			ec: '0026-00000001',
		});
		expect(parsed.formats).toEqual(['oss-go-v1']);
		expect(providers(parsed)).toEqual(['oss']);
	});

	it('reads the Go SDK v2 error, dropping exactly the period each line adds', () => {
		const parsed = parseError(`operation error GetObject: Error returned by Service.
Http Status Code: 404.
Error Code: NoSuchKey.
Request Id: ${ossRequestId}.
Message: The specified key does not exist..
EC: 0026-00000001.
Timestamp: 2026-11-20 08:00:00 +0000 UTC.
Request Endpoint: GET https://${ossHost}/a.txt.`);
		expect(fields(parsed)).toEqual({
			code: 'NoSuchKey',
			message: 'The specified key does not exist.',
			status: 404,
			requestId: ossRequestId,
			hostId: undefined,
			ec: '0026-00000001',
		});
		expect(parsed.formats).toEqual(['oss-go-v2']);
		expect(providers(parsed)).toEqual(['oss']);

		const noPeriod = parseError(`operation error PutBucket: Error returned by Service.
Http Status Code: 409.
Error Code: BucketAlreadyExists.
Request Id: ${ossRequestId}.
Message: The requested bucket name is not available.
EC: 0015-00000101.`);
		expect(noPeriod.message).toBe('The requested bucket name is not available');
		expect(noPeriod.code).toBe('BucketAlreadyExists');
	});
});

describe('OBS SDKs', () => {
	it('reads an OBS Java exception: the XML wins over the SDK wrapper text', () => {
		const parsed = parseError(
			`com.obs.services.exception.ObsException: Error message:Request Error.OBS servcie Error Message. -- ResponseCode: 404, ResponseStatus: Not Found, XML Error Message: ${obsXml}`,
		);
		expect(fields(parsed)).toEqual({
			code: 'NoSuchKey',
			message: 'The specified key does not exist.',
			status: 404,
			requestId: obsRequestId,
			hostId: obsHostId,
			ec: undefined,
		});
		expect(parsed.formats).toEqual(['xml', 'obs-java']);
		expect(providers(parsed)).toEqual(['obs']);
	});

	it('reads an OBS Java exception without XML (a HEAD request)', () => {
		const parsed = parseError(
			`com.obs.services.exception.ObsException: Error message:Request Error.OBS servcie Error Message. -- ResponseCode: 404, ResponseStatus: Not Found, RequestId: ${obsRequestId}, HostId: ${obsHostId}`,
		);
		expect(fields(parsed)).toEqual({
			code: undefined,
			message: undefined,
			status: 404,
			requestId: obsRequestId,
			hostId: obsHostId,
			ec: undefined,
		});
	});

	it("reads what OBS's Java samples print, colons without spaces", () => {
		const parsed = parseError(`HTTP Code: 404
Error Code:NoSuchKey
Error Message: The specified key does not exist.
Request ID:${obsRequestId}
Host ID:${obsHostId}`);
		expect(fields(parsed)).toEqual({
			code: 'NoSuchKey',
			message: 'The specified key does not exist.',
			status: 404,
			requestId: obsRequestId,
			hostId: obsHostId,
			ec: undefined,
		});
		expect(parsed.formats).toEqual(['fields']);
		// Nothing in it is OBS's alone: no provider.
		expect(parsed.hints).toEqual([]);
	});

	it('reads the fields OBS Python users print', () => {
		const parsed = parseError(`status: 404
reason: Not Found
errorCode: NoSuchKey
errorMessage: The specified key does not exist.
requestId: ${obsRequestId}`);
		expect(fields(parsed)).toMatchObject({
			code: 'NoSuchKey',
			message: 'The specified key does not exist.',
			status: 404,
			requestId: obsRequestId,
		});
		expect(parsed.formats).toEqual(['obs-python']);
		expect(providers(parsed)).toEqual(['obs']);
	});

	it('reads the repr of an OBS Python result, headers as pairs', () => {
		const parsed = parseError(
			`{'status': 403, 'reason': 'Forbidden', 'errorCode': 'AccessDenied', 'errorMessage': 'Access denied, because the request does not carry a date header or the header format is incorrect.', 'body': None, 'requestId': '${obsRequestId}', 'hostId': '${obsHostId}', 'resource': None, 'header': [('x-obs-request-id', '${obsRequestId}'), ('x-obs-id-2', '32AAAQAAEAABAAAQAAEAABAAAQAAEAABCS7h+ZyqQOOzIHD6j/WVWaCLaXfDxLlO'), ('content-type', 'application/xml'), ('server', 'OBS')]}`,
		);
		expect(fields(parsed)).toEqual({
			code: 'AccessDenied',
			message:
				'Access denied, because the request does not carry a date header or the header format is incorrect.',
			status: 403,
			requestId: obsRequestId,
			hostId: obsHostId,
			ec: undefined,
		});
		expect(parsed.hints).toContainEqual({ provider: 'obs', evidence: 'Server: OBS header' });
		expect(parsed.hints).toContainEqual({ provider: 'obs', evidence: 'x-obs-request-id header' });
		expect(providers(parsed)).toEqual(['obs']);
	});

	it('reads the OBS Go SDK error, its message unquoted', () => {
		const parsed = parseError(
			`obs: service returned error: Status=404 Not Found, Code=NoSuchBucket, Message=The specified bucket does not exist., RequestId=${obsRequestId}`,
		);
		expect(parsed.code).toBe('NoSuchBucket');
		expect(parsed.message).toBe('The specified bucket does not exist.');
		expect(parsed.status).toBe(404);
		expect(parsed.requestId).toBe(obsRequestId);
		expect(providers(parsed)).toEqual(['obs']);
	});
});

describe('S3 tools pointed at OSS or OBS', () => {
	it('reads boto3, naming no provider', () => {
		const parsed = parseError(
			'botocore.exceptions.ClientError: An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist.',
		);
		expect(parsed.code).toBe('NoSuchBucket');
		expect(parsed.message).toBe('The specified bucket does not exist.');
		expect(parsed.formats).toEqual(['boto3']);
		expect(parsed.hints).toEqual([]);
	});
});

describe('bare codes and messages', () => {
	it('reads a code alone, trimmed and unquoted', () => {
		for (const [input, code] of [
			['NoSuchKey', 'NoSuchKey'],
			['  nosuchkey\n', 'nosuchkey'],
			['"KMS.DisabledException"', 'KMS.DisabledException'],
			["`'AccessDenied'`", 'AccessDenied'],
		] as const) {
			const parsed = parseError(input);
			expect(parsed.code).toBe(code);
			expect(parsed.message).toBeUndefined();
			expect(parsed.formats).toEqual(['code']);
			expect(parsed.hints).toEqual([]);
		}
	});

	it('reads a message alone, whitespace collapsed', () => {
		const parsed = parseError('  The specified   key does\nnot exist  ');
		expect(parsed.code).toBeUndefined();
		expect(parsed.message).toBe('The specified key does not exist');
		expect(parsed.formats).toEqual(['message']);
	});

	it('reads labelled JSON fields', () => {
		const parsed = parseError(
			`{"level":"error","code":"NoSuchUpload","message":"The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.","requestId":"${ossRequestId}"}`,
		);
		expect(parsed.code).toBe('NoSuchUpload');
		expect(parsed.message).toMatch(/^The specified upload does not exist\./);
		expect(parsed.requestId).toBe(ossRequestId);
	});
});

describe('robustness', () => {
	it('returns an empty result for empty or blank input', () => {
		for (const input of ['', '   ', '\n\t\n']) {
			expect(parseError(input)).toEqual({ hints: [], formats: [], errors: [] });
		}
	});

	it('treats markup as text: nothing is read out of it but strings', () => {
		const markup = '<img src=x onerror=alert(1)>';
		const parsed = parseError(markup);
		expect(parsed.code).toBeUndefined();
		expect(parsed.message).toBe(markup);
		const inXml = parseError(
			'<Error><Code><img src=x onerror=alert(1)></Code><Message><script>alert(1)</script></Message></Error>',
		);
		expect(inXml.code).toBeUndefined();
		for (const value of Object.values(fields(inXml))) {
			expect(['string', 'number', 'undefined']).toContain(typeof value);
		}
	});

	it('parses a 1 MB log with the error in the middle', () => {
		const line =
			'2026-11-20T08:00:00.123Z INFO [worker-3] uploaded part 17 of 40 (etag "9B2CF535F27731C974343645A3985328", 5.0 MiB) status=200\n';
		const half = line.repeat(Math.ceil(500_000 / line.length));
		const log = `${half}2026-11-20T08:00:01.456Z ERROR [worker-3] oss: service returned error: StatusCode=403, ErrorCode=AccessDenied, ErrorMessage="You have no right to access this object because of bucket acl.", RequestId=${ossRequestId}, Ec=0003-00000001\n${half}`;
		expect(log.length).toBeGreaterThan(1_000_000);
		const parsed = parseError(log);
		expect(parsed.code).toBe('AccessDenied');
		expect(parsed.status).toBe(403);
		expect(parsed.ec).toBe('0003-00000001');
	});

	it('parses 1 MB of junk and finds nothing in it', () => {
		const junks = [
			'x'.repeat(1_000_000),
			'<Error><Code>\'"[: ='.repeat(60_000),
			'code: message: status: requestid= '.repeat(30_000),
			`${'<Code>'.repeat(100_000)}${'a'.repeat(400_000)}`,
			`x-oss-err: ${'A'.repeat(1_000_000)}`,
			`'Message': '${'\\'.repeat(1_000_000)}`,
			`<![CDATA[${']'.repeat(1_000_000)}`,
			Array.from({ length: 100_000 }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 95))).join(
				'',
			),
		];
		for (const junk of junks) {
			const parsed = parseError(junk);
			expect(parsed.code).toBeUndefined();
		}
	});
});
