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
	/** A few sentences for the provider's overview page: what its errors look like and where they are documented. */
	intro: Localized;
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
		intro: {
			en: 'OSS stores data as objects in buckets and is reached over HTTP, through the console, the SDKs or the REST API. When a request fails, OSS answers with an HTTP status and an XML body whose Code names the error and whose Message says what went wrong; the RequestId (and, in newer responses, the EC) identifies the request for support. The codes below come from Alibaba Cloud’s error reference, grouped by the HTTP status they are returned with.',
			zh: 'OSS 以 Object 的形式把数据存放在 Bucket 中，可通过控制台、SDK 或 REST API 经 HTTP 访问。请求失败时，OSS 返回 HTTP 状态码和 XML 消息体：Code 指明错误码，Message 说明出错原因；RequestId（较新的响应中还有 EC）用于向技术支持定位请求。下列错误码来自阿里云的错误码文档，按返回时的 HTTP 状态码分组。',
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
		intro: {
			en: 'OBS stores data as objects in buckets and offers an API compatible with Amazon S3, so many S3 tools and SDKs work with it and its error codes often match S3’s. When the OBS server cannot process a request, it returns an HTTP status and an error code with a description. The codes below come from Huawei Cloud’s table of server-side error codes, grouped by HTTP status.',
			zh: 'OBS 以对象的形式把数据存放在桶中，提供兼容 Amazon S3 的 API，因此许多 S3 工具和 SDK 可以直接使用，其错误码也常与 S3 一致。OBS 服务端无法处理请求时，会返回 HTTP 状态码以及错误码和错误描述。下列错误码来自华为云的服务端错误码表，按 HTTP 状态码分组。',
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

/**
 * Amazon S3: the reference column of the cross-provider comparison. We document no S3 pages, only
 * its codes and statuses (`content/comparison/s3-error-codes.csv`), so it is not a `ProviderId`.
 */
export const referenceProvider = {
	id: 's3',
	short: 'S3',
	name: 'Amazon S3',
} as const;

/** The columns of the comparison: our providers, then the reference. */
export type ComparedId = ProviderId | typeof referenceProvider.id;

export const comparedIds: readonly ComparedId[] = [...providerIds, referenceProvider.id];

export function shortName(id: ComparedId): string {
	return id === referenceProvider.id ? referenceProvider.short : providers[id].short;
}
