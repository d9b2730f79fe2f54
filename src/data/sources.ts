import type { Lang } from '../i18n/locales';
import type { ProviderId } from './providers';

export interface Source {
	provider: ProviderId;
	/** The document's own title, as published. */
	title: string;
	/** Language the document is written in. */
	language: Lang;
	/** Edition, as the document dates itself or as the copy we read was dated (ISO date), when known. */
	updated?: string;
	/**
	 * The provider's public page for this document; the provider's documentation home when the
	 * exact page is not known. Code pages link it.
	 */
	url: string;
	/** Where the copy we read from was kept (repository, commit, path), for maintainers. */
	origin?: string;
}

const ossHome = {
	en: 'https://www.alibabacloud.com/help/en/oss/',
	zh: 'https://help.aliyun.com/zh/oss/',
};
const obsErrorCodes = {
	en: 'https://support.huaweicloud.com/intl/en-us/sdk-java-devg-obs/obs_21_2002.html',
	zh: 'https://support.huaweicloud.com/sdk-java-devg-obs/obs_21_2002.html',
};

/** Alibaba Cloud's 2021 "HTTP {status} status code" family, read from its public docs repository. */
const oss2021Statuses = [203, 400, 403, 404, 405, 409, 411, 412, 416, 424, 500, 503] as const;
const oss2021Origin = 'github.com/AlibabaCloudDocs/oss at f6840917';

function oss2021(status: (typeof oss2021Statuses)[number], language: Lang): Source {
	return {
		provider: 'oss',
		title: language === 'en' ? `HTTP ${status} status code` : `${status}错误`,
		language,
		updated: '2021-07-14',
		url: ossHome[language],
		origin: `${oss2021Origin}, ${language === 'en' ? 'intl.en-US' : 'intl.zh-CN'}/…/${status}.md`,
	};
}

/**
 * Provider documents the site's facts come from. Content files cite them by key in `sources`;
 * an unknown key fails the content schema. Newer editions win where editions disagree:
 * for OSS `oss-409-2026` > `oss-error-responses` > the 2021 family; for OBS the English
 * `obs-server-error-codes` > Huawei's Chinese tables.
 */
export const sources = {
	'oss-409-2026': {
		provider: 'oss',
		title: 'HTTP status code 409',
		language: 'en',
		updated: '2026-02-27',
		url: ossHome.en,
	},
	'oss-409-zh': {
		provider: 'oss',
		title: '409错误',
		language: 'zh',
		url: ossHome.zh,
	},
	'oss-error-responses': {
		provider: 'oss',
		title: 'Error responses',
		language: 'en',
		url: ossHome.en,
	},
	'oss-2021-203': oss2021(203, 'en'),
	'oss-2021-400': oss2021(400, 'en'),
	'oss-2021-403': oss2021(403, 'en'),
	'oss-2021-404': oss2021(404, 'en'),
	'oss-2021-405': oss2021(405, 'en'),
	'oss-2021-409': oss2021(409, 'en'),
	'oss-2021-411': oss2021(411, 'en'),
	'oss-2021-412': oss2021(412, 'en'),
	'oss-2021-416': oss2021(416, 'en'),
	'oss-2021-424': oss2021(424, 'en'),
	'oss-2021-500': oss2021(500, 'en'),
	'oss-2021-503': oss2021(503, 'en'),
	'oss-2021-203-zh': oss2021(203, 'zh'),
	'oss-2021-400-zh': oss2021(400, 'zh'),
	'oss-2021-403-zh': oss2021(403, 'zh'),
	'oss-2021-404-zh': oss2021(404, 'zh'),
	'oss-2021-405-zh': oss2021(405, 'zh'),
	'oss-2021-409-zh': oss2021(409, 'zh'),
	'oss-2021-411-zh': oss2021(411, 'zh'),
	'oss-2021-412-zh': oss2021(412, 'zh'),
	'oss-2021-416-zh': oss2021(416, 'zh'),
	'oss-2021-424-zh': oss2021(424, 'zh'),
	'oss-2021-500-zh': oss2021(500, 'zh'),
	'oss-2021-503-zh': oss2021(503, 'zh'),
	'oss-2021-error-responses': {
		provider: 'oss',
		title: 'Error responses',
		language: 'en',
		updated: '2021-07-14',
		url: ossHome.en,
		origin: `${oss2021Origin}, intl.en-US/…/Error responses.md`,
	},
	'oss-2021-obtain-request-ids': {
		provider: 'oss',
		title: 'Obtain request IDs',
		language: 'en',
		updated: '2021-07-14',
		url: ossHome.en,
		origin: `${oss2021Origin}, intl.en-US/…/Obtain request IDs.md`,
	},
	'oss-2021-error-responses-zh': {
		provider: 'oss',
		title: 'OSS错误响应',
		language: 'zh',
		updated: '2021-07-14',
		url: ossHome.zh,
		origin: `${oss2021Origin}, intl.zh-CN/开发指南/错误处理/`,
	},
	'oss-429': {
		provider: 'oss',
		title: 'HTTP status code 429',
		language: 'en',
		updated: '2024-12-03',
		url: 'https://help.aliyun.com/en/oss/user-guide/429-error',
	},
	'oss-429-zh': {
		provider: 'oss',
		title: '429错误',
		language: 'zh',
		updated: '2024-12-03',
		url: 'https://www.alibabacloud.com/help/zh/oss/support/429-error',
	},
	'obs-server-error-codes': {
		provider: 'obs',
		title: 'OBS Server-side Error Codes',
		language: 'en',
		url: obsErrorCodes.en,
	},
	'obs-server-error-codes-zh': {
		provider: 'obs',
		title: 'OBS服务端错误码(Java SDK)',
		language: 'zh',
		updated: '2024-04-01',
		url: obsErrorCodes.zh,
		origin: 'github.com/huaweicloudDocs/obs at b5515cf0 (page obs_21_2002)',
	},
	'obs-api-error-codes-zh': {
		provider: 'obs',
		title: '错误码',
		language: 'zh',
		updated: '2024-04-01',
		url: 'https://support.huaweicloud.com/obs/',
		origin: 'github.com/huaweicloudDocs/obs at b5515cf0 (page obs_04_0115)',
	},
	'obs-api-error-codes-otc': {
		provider: 'obs',
		title: 'Error Codes (Object Storage Service API Reference, Open Telekom Cloud)',
		language: 'en',
		updated: '2026-04-22',
		url: 'https://github.com/opentelekomcloud-docs/object-storage-service',
		origin: 'github.com/opentelekomcloud-docs/object-storage-service at b9835f85',
	},
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;

export const sourceIds = Object.keys(sources) as [SourceId, ...SourceId[]];
