import { describe, expect, it } from 'vitest';
import { alternates, href } from '../../src/routing/urls';

describe('URL contract', () => {
	it.each([
		[{ kind: 'home' } as const, '/en/'],
		[{ kind: 'provider', provider: 'oss' } as const, '/en/oss/'],
		[{ kind: 'status', provider: 'oss', status: 409 } as const, '/en/oss/409/'],
		[{ kind: 'code', provider: 'oss', code: 'NoSuchKey' } as const, '/en/oss/NoSuchKey/'],
		[
			{ kind: 'code', provider: 'obs', code: 'KMS.DisabledException' } as const,
			'/en/obs/KMS.DisabledException/',
		],
	])('%j → %s', (route, path) => {
		expect(href('en', route)).toBe(path);
	});

	it('keeps the code exactly as the service spells it', () => {
		expect(
			href('zh', { kind: 'code', provider: 'oss', code: 'WORMConfigurationAlreadyExists' }),
		).toBe('/zh/oss/WORMConfigurationAlreadyExists/');
	});

	it('puts the message anchor after the trailing slash', () => {
		expect(
			href(
				'zh',
				{ kind: 'code', provider: 'oss', code: 'BucketAlreadyExists' },
				'cannot-modify-location',
			),
		).toBe('/zh/oss/BucketAlreadyExists/#cannot-modify-location');
	});

	it('gives the same route in every language', () => {
		expect(alternates({ kind: 'status', provider: 'obs', status: 404 })).toEqual([
			{ lang: 'en', href: '/en/obs/404/' },
			{ lang: 'zh', href: '/zh/obs/404/' },
		]);
	});
});
