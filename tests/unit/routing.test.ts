import { describe, expect, it } from 'vitest';
import { providerIds } from '../../src/data/providers';
import { langs } from '../../src/i18n/locales';
import {
	alternates,
	apiFileNames,
	apiHref,
	apiSegment,
	href,
	openSearchHref,
	parentOf,
	reservedSegments,
	routeKinds,
	shortLink,
} from '../../src/routing/urls';

describe('URL contract', () => {
	it.each([
		[{ kind: 'home' } as const, '/en/'],
		[{ kind: 'provider', provider: 'oss' } as const, '/en/oss/'],
		[{ kind: 'providerStatus', provider: 'oss', status: 409 } as const, '/en/oss/409/'],
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
		expect(alternates({ kind: 'providerStatus', provider: 'obs', status: 404 })).toEqual([
			{ lang: 'en', href: '/en/obs/404/' },
			{ lang: 'zh', href: '/zh/obs/404/' },
		]);
	});

	it('short links never collide with language paths (both are a first segment)', () => {
		for (const provider of providerIds) expect(langs).not.toContain(provider);
		expect(shortLink('obs', 'KMS.DisabledException', 'kms-disabled')).toBe(
			'/obs/KMS.DisabledException/#kms-disabled',
		);
	});

	it('gives every page kind its own first segment below the language', () => {
		expect([...reservedSegments].sort()).toEqual(
			['compare', 'decode', 'glossary', 'guide', 'search', 'status'].sort(),
		);
		for (const provider of providerIds) expect(reservedSegments).not.toContain(provider);
		expect(href('zh', { kind: 'status', status: 409 })).toBe('/zh/status/409/');
		expect(href('en', { kind: 'compare' }, 'code-NoSuchKey')).toBe('/en/compare/#code-NoSuchKey');
	});

	it('knows each page’s parent: the breadcrumbs of every kind end at home', () => {
		const statusOf = () => 409;
		expect(
			parentOf({ kind: 'code', provider: 'oss', code: 'BucketAlreadyExists' }, statusOf),
		).toEqual({
			kind: 'providerStatus',
			provider: 'oss',
			status: 409,
		});
		expect(parentOf({ kind: 'providerStatus', provider: 'oss', status: 409 })).toEqual({
			kind: 'provider',
			provider: 'oss',
		});
		expect(parentOf({ kind: 'status', status: 409 })).toEqual({ kind: 'statusIndex' });
		expect(parentOf({ kind: 'compare' })).toEqual({ kind: 'home' });
		expect(parentOf({ kind: 'home' })).toBeUndefined();
		expect(routeKinds).toHaveLength(11);
	});
});

describe('the JSON catalogue and OpenSearch URLs', () => {
	it('spells each file under the versioned folder, the code as the service spells it', () => {
		expect(apiHref({ kind: 'index' })).toBe('/api/v1/index.json');
		expect(apiHref({ kind: 'schema' })).toBe('/api/v1/schema.json');
		expect(apiHref({ kind: 'provider', provider: 'obs' })).toBe('/api/v1/obs.json');
		expect(apiHref({ kind: 'code', provider: 'obs', code: 'KMS.DisabledException' })).toBe(
			'/api/v1/obs/KMS.DisabledException.json',
		);
		expect(openSearchHref('zh')).toBe('/zh/opensearch.xml');
	});

	it('no provider is named like the catalogue’s folder or its own files', () => {
		for (const provider of providerIds) {
			expect(provider).not.toBe(apiSegment);
			expect(apiFileNames).not.toContain(provider);
		}
	});
});
