import type { Localized } from '../i18n/locales';

export interface HttpStatus {
	/** The reason phrase of RFC 9110 (English on every page: it is what tools print). */
	reason: string;
	/** What the status means for an object-storage request, in one sentence. */
	meaning: Localized;
}

/**
 * Every HTTP status that a documented code is returned with. A code whose status is not
 * listed here fails the content schema, so a new status gets its meaning before its first code.
 */
export const httpStatuses = {
	203: {
		reason: 'Non-Authoritative Information',
		meaning: {
			en: 'OSS returns it when the callback to your application server after an upload fails.',
			zh: 'OSS 在上传后回调应用服务器失败时返回此状态码。',
		},
	},
	301: {
		reason: 'Moved Permanently',
		meaning: {
			en: 'The bucket must be reached at another address; send this and later requests there.',
			zh: '必须通过另一个地址访问该 Bucket（桶），后续请求请发往该地址。',
		},
	},
	304: {
		reason: 'Not Modified',
		meaning: {
			en: 'A conditional request found the object unchanged, so no body is returned.',
			zh: '条件请求发现对象未被修改，因此不返回消息体。',
		},
	},
	307: {
		reason: 'Temporary Redirect',
		meaning: {
			en: 'Send the request to another address for now, for example while DNS is being updated.',
			zh: '暂时需要把请求发往另一个地址，例如 DNS 正在更新时。',
		},
	},
	400: {
		reason: 'Bad Request',
		meaning: {
			en: 'The request itself is wrong: a parameter, header, body or name is invalid. Fix it before retrying.',
			zh: '请求本身有误：参数、请求头、消息体或名称不合法。修正之后再重试。',
		},
	},
	401: {
		reason: 'Unauthorized',
		meaning: {
			en: 'The request carries no valid credentials, or none at all.',
			zh: '请求没有携带有效的身份凭证，或根本没有携带凭证。',
		},
	},
	403: {
		reason: 'Forbidden',
		meaning: {
			en: 'The request was understood but refused: credentials, signature, permissions or account state.',
			zh: '请求已被理解但被拒绝：凭证、签名、权限或账号状态有问题。',
		},
	},
	404: {
		reason: 'Not Found',
		meaning: {
			en: 'The bucket, object, configuration or other resource named in the request does not exist.',
			zh: '请求中指定的存储桶、对象、配置或其他资源不存在。',
		},
	},
	405: {
		reason: 'Method Not Allowed',
		meaning: {
			en: 'The operation is not allowed on this resource.',
			zh: '不允许对该资源执行此操作。',
		},
	},
	408: {
		reason: 'Request Timeout',
		meaning: {
			en: 'The server stopped waiting for the rest of the request.',
			zh: '服务端等待请求剩余部分超时。',
		},
	},
	409: {
		reason: 'Conflict',
		meaning: {
			en: 'The request conflicts with the current state of the resource: it already exists, is in use, or is in a state that forbids the change.',
			zh: '请求与资源的当前状态冲突：资源已存在、正在使用中，或其状态不允许此变更。',
		},
	},
	411: {
		reason: 'Length Required',
		meaning: {
			en: 'The request must state its body length in the Content-Length header.',
			zh: '请求必须在 Content-Length 请求头中声明消息体长度。',
		},
	},
	412: {
		reason: 'Precondition Failed',
		meaning: {
			en: 'A condition in the request headers (such as If-Match) did not hold.',
			zh: '请求头中的条件（例如 If-Match）不成立。',
		},
	},
	416: {
		reason: 'Range Not Satisfiable',
		meaning: {
			en: 'The requested byte range lies outside the object.',
			zh: '请求的字节范围超出了对象的大小。',
		},
	},
	424: {
		reason: 'Failed Dependency',
		meaning: {
			en: 'The request depended on another request or source that failed, such as fetching an object from the origin of a back-to-origin rule.',
			zh: '请求所依赖的另一个请求或数据源失败，例如按回源规则从源站获取对象失败。',
		},
	},
	429: {
		reason: 'Too Many Requests',
		meaning: {
			en: 'Too many requests were sent in a short time; lower the request rate, then retry.',
			zh: '短时间内发送的请求过多；请降低请求频率后重试。',
		},
	},
	500: {
		reason: 'Internal Server Error',
		meaning: {
			en: 'The service failed while handling a valid request; retrying usually helps.',
			zh: '服务端在处理合法请求时出错，通常重试即可。',
		},
	},
	501: {
		reason: 'Not Implemented',
		meaning: {
			en: 'The request uses a feature that the service does not implement.',
			zh: '请求用到了服务未实现的功能。',
		},
	},
	503: {
		reason: 'Service Unavailable',
		meaning: {
			en: 'The service is unavailable for now or is throttling the request.',
			zh: '服务暂时不可用，或正在对请求限流。',
		},
	},
} as const satisfies Record<number, HttpStatus>;

export type StatusCode = keyof typeof httpStatuses;

export function isKnownStatus(status: number): status is StatusCode {
	return Object.hasOwn(httpStatuses, status);
}
