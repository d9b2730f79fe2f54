import { describe, expect, it } from 'vitest';
import { loadSdks } from '../../src/loaders/retry';
import { adviceFor, retryAnswer } from '../../src/retry/rules';

/**
 * The retry rules as read from each SDK's source (content/sdk-retry/), against cases the source
 * notes state (../shared/sources/sdk-retry/ when the project was written): a 503 SlowDown, a 400
 * RequestTimeout (OSS's status), a 408 RequestTimeout (OBS's), a 403 RequestTimeTooSkewed, a 404
 * NoSuchKey, a 500 InternalError.
 */
const sdks = new Map(loadSdks().map((sdk) => [sdk.id, sdk]));
const retried = (id: string, code: string, status: number) => {
	const sdk = sdks.get(id);
	if (!sdk) throw new Error(`no SDK ${id}`);
	return retryAnswer(sdk, code, status).retried;
};

describe('SDK retry rules', () => {
	it('cover the SDKs of the sources', () => {
		expect([...sdks.keys()]).toEqual([
			'botocore-legacy',
			'botocore-standard',
			'oss-v2-go',
			'oss-v2-python',
			'oss2',
			'obs-go',
			'obs-python',
			'minio-go',
		]);
	});

	it.each([
		// SDK, code, status, retried
		['botocore-legacy', 'SlowDown', 503, true],
		['botocore-legacy', 'RequestTimeout', 400, true],
		['botocore-legacy', 'RequestTimeout', 408, false],
		['botocore-legacy', 'RequestTimeTooSkewed', 403, false],
		['botocore-legacy', 'NoSuchKey', 404, false],
		['botocore-legacy', 'InternalError', 500, true],
		['botocore-standard', 'SlowDown', 503, true],
		['botocore-standard', 'RequestTimeout', 400, true],
		['botocore-standard', 'RequestTimeout', 408, true],
		['botocore-standard', 'RequestTimeTooSkewed', 403, false],
		['botocore-standard', 'NoSuchKey', 404, false],
		['botocore-standard', 'BadDigest', 400, false],
		['oss-v2-go', 'SlowDown', 503, true],
		['oss-v2-go', 'RequestTimeout', 400, false],
		['oss-v2-go', 'RequestTimeTooSkewed', 403, true],
		['oss-v2-go', 'BadRequest', 400, true],
		['oss-v2-go', 'NoSuchKey', 404, false],
		['oss-v2-go', 'QpsLimitExceeded', 429, true],
		['oss-v2-python', 'InvalidAccessKeyId', 401, true],
		['oss-v2-python', 'NoSuchKey', 404, false],
		['oss2', 'InternalError', 500, false],
		['oss2', 'SlowDown', 503, false],
		['obs-go', 'ServiceUnavailable', 503, true],
		['obs-go', 'RequestTimeout', 408, false],
		['obs-go', 'RequestTimeTooSkewed', 403, false],
		['obs-python', 'InternalError', 500, true],
		['obs-python', 'NoSuchKey', 404, false],
		['minio-go', 'SlowDown', 503, true],
		['minio-go', 'RequestTimeout', 400, true],
		['minio-go', 'ExpiredToken', 400, true],
		['minio-go', 'NoSuchKey', 404, false],
	] as const)('%s: %s (%i) retried: %s', (id, code, status, expected) => {
		expect(retried(id, code, status)).toBe(expected);
	});

	it('count attempts in all, the first one included', () => {
		const answer = retryAnswer(sdks.get('botocore-legacy')!, 'InternalError', 500);
		expect(answer).toEqual({ retried: true, because: 'status', attempts: 5, history: [] });
		expect(retryAnswer(sdks.get('oss-v2-go')!, 'BadRequest', 400)).toMatchObject({
			retried: true,
			because: 'code',
			attempts: 3,
		});
	});

	it('say since which version, where the behaviour changed for this status or code', () => {
		const invalid = retryAnswer(sdks.get('oss-v2-go')!, 'InvalidArgument', 400);
		expect(invalid.retried).toBe(false);
		expect(invalid.history[0]?.en).toMatch(/before 2024-04-03/);
		expect(retryAnswer(sdks.get('oss-v2-go')!, 'NoSuchKey', 404).history).toEqual([]);
		expect(retryAnswer(sdks.get('minio-go')!, 'SlowDown', 503).history[0]?.en).toMatch(/PR 972/);
	});

	it('say what to do when nothing retries, by the status', () => {
		expect(adviceFor(404)).toBe('fix-request');
		expect(adviceFor(409)).toBe('wait-for-state');
		expect(adviceFor(429)).toBe('back-off');
		expect(adviceFor(503)).toBe('back-off');
	});
});
