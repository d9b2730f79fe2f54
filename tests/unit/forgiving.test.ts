import { describe, expect, it } from 'vitest';
import { recover, type CodeNames } from '../../src/not-found/forgiving';

const codes: CodeNames = {
	oss: ['NoSuchKey', 'NoSuchBucket', 'AccessDenied', 'InvalidArgument', 'KeyDisabled'],
	obs: ['NoSuchKey', 'KMS.DisabledException', 'AccessDenied', 'InvalidPart'],
};

describe('the forgiving 404', () => {
	it('goes to a code written in the wrong case, keeping the anchor', () => {
		expect(recover('/en/oss/nosuchkey/', '#key-not-exist', codes)).toEqual({
			kind: 'go',
			href: '/en/oss/NoSuchKey/#key-not-exist',
		});
		expect(recover('/ZH/OBS/kms.disabledexception', '', codes)).toEqual({
			kind: 'go',
			href: '/zh/obs/KMS.DisabledException/',
		});
	});

	it('goes to the one code a single typo away', () => {
		expect(recover('/en/oss/NoSuchKy/', '', codes)).toEqual({
			kind: 'go',
			href: '/en/oss/NoSuchKey/',
		});
	});

	it('takes a swap of two letters as one typo', () => {
		expect(recover('/en/oss/NoSuchKye/', '', codes)).toEqual({
			kind: 'go',
			href: '/en/oss/NoSuchKey/',
		});
	});

	it('offers, but does not take, a code two typos away', () => {
		const result = recover('/en/oss/NoSchKy/', '', codes);
		expect(result.kind).toBe('suggest');
		expect(result.kind === 'suggest' && result.links[0]?.href).toBe('/en/oss/NoSuchKey/');
	});

	it('offers both providers when a short link in the wrong case fits both', () => {
		expect(recover('/nosuchkey/', '', codes)).toEqual({
			kind: 'suggest',
			links: [
				{ href: '/oss/NoSuchKey/', provider: 'oss', code: 'NoSuchKey' },
				{ href: '/obs/NoSuchKey/', provider: 'obs', code: 'NoSuchKey' },
			],
		});
	});

	it('keeps a language-neutral short link language-neutral', () => {
		expect(recover('/oss/accessdenied/', '', codes)).toEqual({
			kind: 'go',
			href: '/oss/AccessDenied/',
		});
	});

	it('searches for anything else, or offers search when the path names nothing', () => {
		expect(recover('/en/oss/CompletelyDifferent/', '', codes)).toEqual({
			kind: 'search',
			query: 'CompletelyDifferent',
		});
		expect(recover('/', '', codes)).toEqual({ kind: 'search', query: '' });
		expect(recover('/en/%E0%A4%A/', '', codes).kind).toBe('search');
	});
});
