import { describe, expect, it } from 'vitest';
import {
	buildComparison,
	checkComparison,
	codeAnchor,
	groupAnchor,
	type ComparisonInput,
} from '../../src/comparison/model';
import { parseEquivalents, parseReferenceCodes } from '../../src/loaders/comparison-files';

/** A small comparison: one shared code with differing statuses, one group, one code per provider alone. */
function input(overrides: Partial<ComparisonInput> = {}): ComparisonInput {
	return {
		codes: {
			oss: [
				{ code: 'RequestTimeout', status: 400 },
				{ code: 'KeyDisabled', status: 409 },
				{ code: 'OnlyOss', status: 403 },
			],
			obs: [
				{ code: 'RequestTimeout', status: 408 },
				{ code: 'KMS.DisabledException', status: 400 },
			],
			s3: [
				{ code: 'RequestTimeout', status: 400 },
				{ code: 'NoSuchKey', status: 404 },
			],
		},
		equivalents: [
			{
				id: 'kms-key-disabled',
				codes: { oss: ['KeyDisabled'], obs: ['KMS.DisabledException'] },
				note: { en: 'Disabled key.', zh: '密钥已禁用。' },
			},
		],
		notes: { RequestTimeout: { en: 'OBS says 408.', zh: 'OBS 返回 408。' } },
		...overrides,
	};
}

describe('buildComparison', () => {
	const comparison = buildComparison(input());

	it('has one row per code name, with the status of every provider that returns it', () => {
		const row = comparison.rows.find((r) => r.code === 'RequestTimeout');
		expect(row?.statuses).toEqual({ oss: 400, obs: 408, s3: 400 });
		expect(comparison.rows.map((r) => r.code).sort()).toEqual(
			['KeyDisabled', 'KMS.DisabledException', 'NoSuchKey', 'OnlyOss', 'RequestTimeout'].sort(),
		);
	});

	it('flags a shared code whose statuses differ, and only that', () => {
		const flagged = comparison.rows.filter((r) => r.statusDiffers).map((r) => r.code);
		expect(flagged).toEqual(['RequestTimeout']);
		expect(comparison.rows.find((r) => r.code === 'RequestTimeout')?.note?.en).toBe(
			'OBS says 408.',
		);
	});

	it('keeps a group of equivalents together, flagged when its statuses differ', () => {
		const unit = comparison.units.find((u) => u.group?.id === 'kms-key-disabled');
		expect(unit?.anchor).toBe(groupAnchor('kms-key-disabled'));
		expect(unit?.rows.map((r) => r.code)).toEqual(['KeyDisabled', 'KMS.DisabledException']);
		expect(unit?.providers).toEqual(['oss', 'obs']);
		expect(unit?.statuses).toEqual([400, 409]);
		expect(unit?.statusDiffers).toBe(true);
	});

	it('finds the unit of a code only at a provider that returns it', () => {
		expect(comparison.unitOf('obs', 'KMS.DisabledException')?.group?.id).toBe('kms-key-disabled');
		expect(comparison.unitOf('oss', 'KeyDisabled')?.group?.id).toBe('kms-key-disabled');
		expect(comparison.unitOf('oss', 'NoSuchKey')).toBeUndefined();
		expect(comparison.unitOf('s3', 'NoSuchKey')?.anchor).toBe(codeAnchor('NoSuchKey'));
	});

	it('orders units by code name, ignoring case', () => {
		const firsts = comparison.units.map((u) => u.rows[0]?.code);
		expect(firsts).toEqual(['KeyDisabled', 'NoSuchKey', 'OnlyOss', 'RequestTimeout']);
	});

	it('counts codes, shared names and differences', () => {
		expect(comparison.summary).toEqual({
			codes: { oss: 3, obs: 2, s3: 2 },
			shared: 1,
			inAll: 1,
			statusDiffers: 1,
			groups: 1,
			groupsWithStatusDiffering: 1,
		});
		expect(comparison.statuses).toEqual([400, 403, 404, 408, 409]);
	});

	it('treats codes that differ only by case as different codes', () => {
		const cased = buildComparison(
			input({
				codes: {
					oss: [],
					obs: [{ code: 'IncorrectNumberOfFilesInPostRequest', status: 400 }],
					s3: [{ code: 'IncorrectNumberOfFilesInPOSTRequest', status: 400 }],
				},
				equivalents: [],
				notes: {},
			}),
		);
		expect(cased.rows).toHaveLength(2);
		expect(cased.summary.shared).toBe(0);
	});
});

describe('checkComparison: the rules of the comparison content', () => {
	const check = (overrides: Partial<ComparisonInput>) =>
		checkComparison(input(overrides), 'equivalents.yaml');

	it('passes valid data', () => {
		expect(check({})).toEqual([]);
	});

	it('reports a code a provider does not have', () => {
		const problems = check({
			equivalents: [
				{
					id: 'typo',
					codes: { oss: ['KeyDisabld'], obs: ['KMS.DisabledException'] },
					note: { en: 'x', zh: 'x' },
				},
			],
		});
		expect(problems).toContainEqual({
			file: 'equivalents.yaml',
			field: 'equivalents[0].codes.oss',
			message: 'OSS has no code KeyDisabld',
		});
	});

	it('reports a code in two groups, and a repeated group id', () => {
		const group = {
			id: 'same',
			codes: { oss: ['KeyDisabled'], obs: ['KMS.DisabledException'] },
			note: { en: 'x', zh: 'x' },
		};
		const problems = check({ equivalents: [group, { ...group, id: 'other' }, group] });
		expect(problems.map((p) => p.message)).toEqual(
			expect.arrayContaining([
				'KeyDisabled is already in the group "same"',
				'"same" is used twice',
			]),
		);
	});

	it('reports a group whose codes all have the same name', () => {
		const problems = check({
			equivalents: [
				{
					id: 'pointless',
					codes: { oss: ['RequestTimeout'], obs: ['RequestTimeout'] },
					note: { en: 'x', zh: 'x' },
				},
			],
		});
		expect(problems.map((p) => p.field)).toContain('equivalents[0].codes');
	});

	it('requires a note for every shared code whose statuses differ', () => {
		const problems = check({ notes: {} });
		expect(problems).toEqual([
			{
				file: 'equivalents.yaml',
				field: 'notes',
				message:
					'RequestTimeout has different statuses (OSS 400, OBS 408, S3 400): explain it under notes.RequestTimeout',
			},
		]);
	});

	it('reports a note on a code no provider has', () => {
		const problems = check({
			notes: { ...input().notes, NoSuchCode: { en: 'x', zh: 'x' } },
		});
		expect(problems).toEqual([
			{
				file: 'equivalents.yaml',
				field: 'notes.NoSuchCode',
				message: 'no provider has a code NoSuchCode',
			},
		]);
	});
});

describe('reading the comparison files', () => {
	it('reads a reference table', () => {
		expect(
			parseReferenceCodes('code,http_status\nNoSuchKey,404\nSlowDown,503\n', 's3.csv'),
		).toEqual([
			{ code: 'NoSuchKey', status: 404 },
			{ code: 'SlowDown', status: 503 },
		]);
	});

	it('reports every bad row of a reference table by line', () => {
		expect(() =>
			parseReferenceCodes(
				'code,http_status\nNoSuchKey,404\nNoSuchKey,404\nBad Code,400\nTeapot,418\nA,400,x\n',
				's3.csv',
			),
		).toThrow(
			[
				'4 problem(s) in the reference table s3.csv:',
				'  s3.csv:3: NoSuchKey is listed twice',
				'  s3.csv:4: "Bad Code" is not a code name',
				'  s3.csv:5: status "418" is not one of src/data/http-statuses.ts: add its meaning there first',
				'  s3.csv:6: expected two cells, code and status',
			].join('\n'),
		);
	});

	it('reads a provider’s own numbers from an optional third column, and checks them', () => {
		expect(
			parseReferenceCodes(
				'code,http_status,provider_codes\nInvalidPart,400,10025 10048\nNoSuchKey,404\n',
				'r2.csv',
			),
		).toEqual([
			{ code: 'InvalidPart', status: 400, providerCodes: ['10025', '10048'] },
			{ code: 'NoSuchKey', status: 404 },
		]);
		expect(() =>
			parseReferenceCodes(
				'code,http_status,provider_codes\nInvalidPart,400,10025,x\nNoSuchKey,404,ten\n',
				'r2.csv',
			),
		).toThrow(
			[
				'2 problem(s) in the reference table r2.csv:',
				'  r2.csv:2: expected at most three cells',
				'  r2.csv:3: provider_codes "ten" must be numbers separated by single spaces',
			].join('\n'),
		);
	});

	it('rejects a table without its header', () => {
		expect(() => parseReferenceCodes('NoSuchKey,404\n', 's3.csv')).toThrow(
			's3.csv:1: the header must be "code,http_status" or "code,http_status,provider_codes"',
		);
	});

	it('names the field of a malformed equivalents file', () => {
		expect(() =>
			parseEquivalents(
				'equivalents:\n  - id: Bad Id\n    codes: { oss: [A] }\n    note: { en: x }\n',
				'eq.yaml',
			),
		).toThrow(
			/eq\.yaml › equivalents\.0\.id: use lower-case words[\s\S]*eq\.yaml › equivalents\.0\.codes: a group needs codes of at least two providers[\s\S]*eq\.yaml › equivalents\.0\.note\.zh/,
		);
	});

	it('names the line of invalid YAML', () => {
		expect(() => parseEquivalents('equivalents: [\n', 'eq.yaml')).toThrow(/^eq\.yaml: /);
	});
});
