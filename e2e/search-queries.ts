/**
 * The ranking contract: each query with the result(s) a user expects first. A query of a code
 * that both providers use accepts either provider's page. Queries are typed into the search page of
 * the given language; `anchor` also checks that the first hit links to that message.
 */
export interface RankingCase {
	lang: 'en' | 'zh';
	query: string;
	/** `provider/Code` of the acceptable first results. */
	top: string[];
	anchor?: string;
	/** Why this query is in the suite. */
	kind:
		| 'code'
		| 'code, any case'
		| 'dotted code'
		| 'message'
		| 'partial message'
		| 'header'
		| 'term'
		| 'value';
}

export const rankingCases: RankingCase[] = [
	// English site
	{ lang: 'en', kind: 'code', query: 'NoSuchKey', top: ['oss/NoSuchKey', 'obs/NoSuchKey'] },
	{
		lang: 'en',
		kind: 'code, any case',
		query: 'nosuchkey',
		top: ['oss/NoSuchKey', 'obs/NoSuchKey'],
	},
	{
		lang: 'en',
		kind: 'code, any case',
		query: 'NOSUCHKEY',
		top: ['oss/NoSuchKey', 'obs/NoSuchKey'],
	},
	{
		lang: 'en',
		kind: 'dotted code',
		query: 'KMS.DisabledException',
		top: ['obs/KMS.DisabledException'],
	},
	{
		lang: 'en',
		kind: 'dotted code',
		query: 'kms.notfoundexception',
		top: ['obs/KMS.NotFoundException'],
	},
	{
		lang: 'en',
		kind: 'code',
		query: 'WORMConfigurationAlreadyExists',
		top: ['oss/WORMConfigurationAlreadyExists'],
	},
	{
		lang: 'en',
		kind: 'code',
		query: 'CustomDomainAreadyExist',
		top: ['obs/CustomDomainAreadyExist'],
	},
	{ lang: 'en', kind: 'code', query: 'KeyPendingImport', top: ['oss/KeyPendingImport'] },
	{
		lang: 'en',
		kind: 'code, any case',
		query: 'bucketnotempty',
		top: ['oss/BucketNotEmpty', 'obs/BucketNotEmpty'],
	},
	{ lang: 'en', kind: 'code', query: 'SlowDown', top: ['obs/SlowDown'] },
	{
		lang: 'en',
		kind: 'code',
		query: 'IncorrectNumberOfFilesInPostRequest',
		top: ['obs/IncorrectNumberOfFilesInPostRequest', 'oss/IncorrectNumberOfFilesInPOSTRequest'],
	},
	{
		lang: 'en',
		kind: 'message',
		query: 'The requested bucket name is not available',
		top: ['oss/BucketAlreadyExists'],
		anchor: 'name-not-available',
	},
	{
		lang: 'en',
		kind: 'message',
		query: "Bucket already exists can't modify location",
		top: ['oss/BucketAlreadyExists'],
		anchor: 'cannot-modify-location',
	},
	{
		lang: 'en',
		kind: 'message',
		query: "Bucket already exists can't modify storage type",
		top: ['oss/BucketAlreadyExists'],
		anchor: 'cannot-modify-storage-class',
	},
	{
		lang: 'en',
		kind: 'message',
		query: 'The cname has been attatched to your other bucket already',
		top: ['oss/CnameAlreadyExists'],
	},
	{
		lang: 'en',
		kind: 'message',
		query: 'Position is not equal to file length',
		top: ['oss/PositionNotEqualToLength'],
	},
	{
		lang: 'en',
		kind: 'message',
		query: 'The request was rejected because the key state is PendingDeletion',
		top: ['oss/KeyPendingDeletion'],
	},
	{
		lang: 'en',
		kind: 'message',
		query: 'The request was rejected because the key state is Disabled',
		top: ['oss/KeyDisabled'],
	},
	{
		lang: 'en',
		kind: 'message',
		query:
			'The master key is disabled in server-side encryption with KMS-managed keys (SSE-KMS) mode.',
		top: ['obs/KMS.DisabledException'],
	},
	{
		lang: 'en',
		kind: 'message',
		query: 'Qps limit for the meta operation is exceeded.',
		top: ['oss/MetaOperationQpsLimitExceeded'],
	},
	{
		lang: 'en',
		kind: 'message',
		query: 'The Length of Object name must be less than 1024.',
		top: ['oss/InvalidObjectName'],
		anchor: 'object-name-too-long',
	},
	{
		lang: 'en',
		kind: 'message',
		query: 'Too frequent requests. Reduce your request frequency.',
		top: ['obs/SlowDown'],
	},
	{
		lang: 'en',
		kind: 'message',
		query: 'The OSS Access Key Id you provided does not exist in our records.',
		top: ['oss/InvalidAccessKeyId'],
		anchor: 'key-not-found',
	},
	{
		lang: 'en',
		kind: 'partial message',
		query: 'bucket name is not available',
		top: ['oss/BucketAlreadyExists'],
	},
	{
		lang: 'en',
		kind: 'partial message',
		query: 'key state is PendingImport',
		top: ['oss/KeyPendingImport'],
	},
	{
		lang: 'en',
		kind: 'partial message',
		query: 'object you specified is immutable',
		top: ['oss/FileImmutable'],
	},
	{
		lang: 'en',
		kind: 'partial message',
		query: 'live channel is disabled',
		top: ['oss/LiveChannelDisabled'],
	},
	{ lang: 'en', kind: 'header', query: 'x-oss-forbid-overwrite', top: ['oss/FileAlreadyExists'] },
	{
		lang: 'en',
		kind: 'header',
		query: 'x-oss-next-append-position',
		top: ['oss/PositionNotEqualToLength'],
	},
	{ lang: 'en', kind: 'value', query: 'CNAME_IMG', top: ['oss/CnameAlreadyExists'] },
	// Chinese site: Chinese queries, and English codes and messages as users paste them
	{ lang: 'zh', kind: 'code', query: 'NoSuchKey', top: ['oss/NoSuchKey', 'obs/NoSuchKey'] },
	{
		lang: 'zh',
		kind: 'code, any case',
		query: 'nosuchbucket',
		top: ['oss/NoSuchBucket', 'obs/NoSuchBucket'],
	},
	{
		lang: 'zh',
		kind: 'dotted code',
		query: 'KMS.DisabledException',
		top: ['obs/KMS.DisabledException'],
	},
	{ lang: 'zh', kind: 'code', query: 'FileImmutable', top: ['oss/FileImmutable'] },
	{
		lang: 'zh',
		kind: 'message',
		query: 'The requested bucket name is not available',
		top: ['oss/BucketAlreadyExists'],
		anchor: 'name-not-available',
	},
	{
		lang: 'zh',
		kind: 'message',
		query: 'Position is not equal to file length',
		top: ['oss/PositionNotEqualToLength'],
	},
	{ lang: 'zh', kind: 'partial message', query: 'key state is Disabled', top: ['oss/KeyDisabled'] },
	{ lang: 'zh', kind: 'header', query: 'x-oss-forbid-overwrite', top: ['oss/FileAlreadyExists'] },
	{
		lang: 'zh',
		kind: 'term',
		query: '合规保留策略',
		top: ['oss/WORMConfigurationAlreadyExists', 'oss/FileImmutable'],
	},
	{
		lang: 'zh',
		kind: 'term',
		query: '解冻',
		top: ['oss/RestoreAlreadyInProgress', 'oss/InvalidObjectState'],
	},
	{
		lang: 'zh',
		kind: 'term',
		query: '推流',
		top: ['oss/LiveChannelDisabled', 'oss/ChannelStillLive'],
	},
	{ lang: 'zh', kind: 'term', query: '清单规则', top: ['oss/InventoryConfigurationAlreadyExists'] },
	{ lang: 'zh', kind: 'term', query: '桶不存在', top: ['obs/NoSuchBucket'] },
	{ lang: 'zh', kind: 'term', query: '数据容灾类型', top: ['oss/BucketAlreadyExists'] },
	{
		lang: 'zh',
		kind: 'term',
		query: '欠费',
		top: ['obs/InArrearOrInsufficientBalance', 'oss/UserDisable'],
	},
	{
		lang: 'zh',
		kind: 'term',
		query: '主密钥已被禁用',
		top: ['oss/KeyDisabled', 'obs/KMS.DisabledException'],
	},
	{ lang: 'zh', kind: 'term', query: '禁止覆盖', top: ['oss/FileAlreadyExists'] },
	{
		lang: 'zh',
		kind: 'term',
		query: '跨域',
		top: ['oss/AccessForbidden', 'obs/AccessForbidden', 'obs/NoSuchCORSConfiguration'],
	},
];
