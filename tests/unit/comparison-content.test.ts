import { describe, expect, it } from 'vitest';
import { checkComparison } from '../../src/comparison/model';
import { equivalentsFile } from '../../src/loaders/comparison-files';
import { expectedComparison } from '../comparison-data';

const { ours, files, input, comparison } = expectedComparison();

describe('the comparison of the real content', () => {
	it('breaks none of its rules (every equivalent names a real code)', () => {
		expect(checkComparison(input, equivalentsFile)).toEqual([]);
	});

	it('holds every code of every provider, with its status', () => {
		const all = Object.entries({ ...ours, ...files.references }).flatMap(([provider, codes]) =>
			codes.map((c) => [provider, c] as const),
		);
		expect(all.length).toBeGreaterThan(250);
		for (const [provider, { code, status }] of all) {
			const row = comparison.rows.find((r) => r.code === code);
			expect(row?.statuses[provider], `${provider} ${code}`).toBe(status);
			expect(comparison.unitOf(provider, code), `${provider} ${code}`).toBeDefined();
		}
		const listed = comparison.rows.reduce((sum, row) => sum + Object.keys(row.statuses).length, 0);
		expect(listed).toBe(all.length);
	});

	it('brings the reference tables in whole, each code with its meaning in every language', () => {
		expect(files.references['s3']).toHaveLength(130);
		expect(files.references['r2']).toHaveLength(28);
		for (const rows of Object.values(files.references)) {
			for (const row of rows) {
				expect(row.meaning?.en, row.code).toBeTruthy();
				expect(row.meaning?.zh, row.code).toBeTruthy();
			}
		}
	});

	it('keeps R2’s own numbers, and shows R2’s codes that AWS does not list as rows', () => {
		const row = (code: string) => comparison.rows.find((r) => r.code === code);
		expect(row('InvalidPart')?.providerCodes['r2']).toEqual(['10025', '10048']);
		for (const code of [
			'BucketConflict',
			'ClientDisconnect',
			'ExpiredRequest',
			'NotEntitled',
			'ObjectLockedByBucketPolicy',
			'TooManyRequests',
			'Unauthorized',
			'InvalidObjectName',
		]) {
			expect(row(code)?.statuses['r2'], code).toBeDefined();
			expect(row(code)?.statuses['s3'], code).toBeUndefined();
		}
		expect(row('Unauthorized')).toMatchObject({
			statuses: { obs: 403, r2: 401 },
			statusDiffers: true,
		});
	});

	it('flags the documented status differences', () => {
		const row = (code: string) => comparison.rows.find((r) => r.code === code);
		expect(row('RequestTimeout')).toMatchObject({
			statuses: { oss: 400, obs: 408, s3: 400 },
			statusDiffers: true,
		});
		expect(row('NotImplemented')).toMatchObject({
			statuses: { oss: 400, s3: 501 },
			statusDiffers: true,
		});
		expect(row('NoSuchKey')?.statusDiffers).toBe(false);
	});

	it('pairs the equivalents the product asks for', () => {
		const together = (a: string, b: string) =>
			comparison.rows.some((r) => r.code === a) &&
			comparison.units.find((u) => u.rows.some((r) => r.code === a)) ===
				comparison.units.find((u) => u.rows.some((r) => r.code === b));
		expect(together('CnameAlreadyExists', 'CustomDomainAreadyExist')).toBe(true);
		expect(together('KeyDisabled', 'KMS.DisabledException')).toBe(true);
		expect(together('MetaOperationQpsLimitExceeded', 'SlowDown')).toBe(true);
		const kms = comparison.unitOf('obs', 'KMS.DisabledException');
		expect(kms?.statusDiffers).toBe(true);
	});
});
