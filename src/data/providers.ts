import type { Localized } from '../i18n/locales';

export interface Provider {
	/** Short name used in navigation and badges. */
	short: string;
	/** Full product name. */
	name: Localized;
	/** The company behind the service. */
	vendor: Localized;
	/** One sentence: what the service is. */
	tagline: Localized;
	/** The provider's own public documentation home (we never link into pages we do not host). */
	docsHome: Localized;
}

/** The providers whose error codes the site documents. Keys are the URL segment. */
export const providers = {
	oss: {
		short: 'OSS',
		name: { en: 'Alibaba Cloud Object Storage Service (OSS)', zh: '阿里云对象存储 OSS' },
		vendor: { en: 'Alibaba Cloud', zh: '阿里云' },
		tagline: {
			en: 'Alibaba Cloud’s object storage, with an API close to Amazon S3’s.',
			zh: '阿里云的对象存储服务，API 与 Amazon S3 相近。',
		},
		docsHome: {
			en: 'https://www.alibabacloud.com/help/en/oss/',
			zh: 'https://help.aliyun.com/zh/oss/',
		},
	},
	obs: {
		short: 'OBS',
		name: { en: 'Huawei Cloud Object Storage Service (OBS)', zh: '华为云对象存储服务 OBS' },
		vendor: { en: 'Huawei Cloud', zh: '华为云' },
		tagline: {
			en: 'Huawei Cloud’s object storage, compatible with the Amazon S3 API.',
			zh: '华为云的对象存储服务，兼容 Amazon S3 API。',
		},
		docsHome: {
			en: 'https://support.huaweicloud.com/intl/en-us/obs/',
			zh: 'https://support.huaweicloud.com/obs/',
		},
	},
} as const satisfies Record<string, Provider>;

export type ProviderId = keyof typeof providers;

export const providerIds = Object.keys(providers) as [ProviderId, ...ProviderId[]];

export function isProviderId(value: string): value is ProviderId {
	return Object.hasOwn(providers, value);
}
