import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { providerIds } from '../../src/data/providers';
import { ContentError } from '../../src/content-io/content-error';
import { loadGlossary } from '../../src/loaders/glossary';
import { providerWords, searchSynonyms, synonymsFrom } from '../../src/loaders/search-vocabulary';
import {
	buildInstantIndex,
	partsFor,
	type InstantSource,
	type InstantStatusSource,
} from '../../src/search/instant-index';
import { href } from '../../src/routing/urls';
import {
	allowedBy,
	instantSearch,
	isCertain,
	mergeHits,
	pageAllowedBy,
	pageUrl,
	partialQueries,
	planFilters,
	planQuery,
	queryTerms,
	rewrites,
	statusPageHits,
	vocabulary,
	type InstantHit,
} from '../../src/search/query';

/**
 * The query rules of search (src/search/query.ts) over the real provider registry and the real
 * synonyms (glossary + content/search-synonyms.yaml), with a few codes as the pages state them.
 */
const code = (
	provider: string,
	name: string,
	status: number,
	summary: string,
	messages: [string, string][] = [],
): InstantSource => ({
	provider,
	code: name,
	status,
	url: `/zh/${provider}/${name}/`,
	summary,
	messages: messages.map(([id, text]) => ({ id, text })),
});

const sources = [
	code('oss', 'InvalidAccessKeyId', 403, '请求中的 AccessKey ID 不存在。', [
		['key-not-found', 'The OSS Access Key Id you provided does not exist in our records.'],
	]),
	code('oss', 'NoSuchBucket', 404, '请求中指定的 Bucket 不存在。', [
		['bucket-not-exist', 'The specified bucket does not exist.'],
	]),
	code('oss', 'NoSuchKey', 404, '请求中指定的 Object 在 Bucket 中不存在。', [
		['key-not-exist', 'The specified key does not exist.'],
	]),
	code('obs', 'NoSuchKey', 404, '请求中指定的对象不存在。'),
	code('obs', 'SignatureDoesNotMatch', 403, '请求中携带的签名与 OBS 为该请求计算出的签名不一致。'),
	code('obs', 'SlowDown', 503, '请求过于频繁，OBS 对请求进行了限流。'),
	code(
		'obs',
		'TooManyWrongSignature',
		400,
		'错误过于频繁，OBS 拒绝了请求；错误码名称指向签名错误。',
	),
];
/** Quick references (OSS has none for 503 here) and pages across providers, listed out of order. */
const statusPage = (status: number, provider?: 'oss' | 'obs'): InstantStatusSource => ({
	status,
	provider,
	url: provider
		? href('zh', { kind: 'providerStatus', provider, status })
		: href('zh', { kind: 'status', status }),
	title: `${provider ?? 'HTTP'} ${status}`,
	description: `${status}`,
});
const statusSources = [
	statusPage(403),
	statusPage(503, 'obs'),
	statusPage(403, 'obs'),
	statusPage(403, 'oss'),
	statusPage(404, 'oss'),
	statusPage(503),
];
const index = buildInstantIndex(providerWords(), searchSynonyms('zh'), sources, statusSources);
const search = (query: string) => instantSearch(planQuery(query, index), index);
const first = (query: string) => search(query)[0];

describe('provider and status words', () => {
	it('turns a provider named in any language or by its vendor into a filter', () => {
		for (const [query, provider, rest] of [
			['obs SignatureDoesNotMatch', 'obs', 'SignatureDoesNotMatch'],
			['阿里云 NoSuchKey', 'oss', 'NoSuchKey'],
			['NoSuchKey Alibaba Cloud', 'oss', 'NoSuchKey'],
			['华为云签名不匹配', 'obs', '签名不匹配'],
			// The vendor as readers say it, without the 云 both names end in.
			['华为 NoSuchKey', 'obs', 'NoSuchKey'],
			['阿里 NoSuchKey', 'oss', 'NoSuchKey'],
		] as const) {
			const plan = planQuery(query, index);
			expect([plan.provider?.id, plan.text], query).toEqual([provider, rest]);
		}
	});

	it('reads a bare documented status as a status filter, with a provider word or alone', () => {
		expect(planQuery('huawei 403', index)).toMatchObject({ text: '', status: 403 });
		expect(planQuery('huawei 403', index).provider?.id).toBe('obs');
		expect(planQuery('404', index)).toMatchObject({ text: '', status: 404 });
		// A number that is no documented status, or one inside a message, stays a word.
		expect(planQuery('999', index)).toMatchObject({ text: '999', status: undefined });
		expect(planQuery('error 404 here', index)).toMatchObject({ text: 'error 404 here' });
	});

	it('offers for a bare status its quick references, then the page across providers', () => {
		const pages = (query: string) =>
			statusPageHits(planQuery(query, index), index).map((hit) => hit.url);
		expect(pages('403')).toEqual([
			href('zh', { kind: 'providerStatus', provider: 'oss', status: 403 }),
			href('zh', { kind: 'providerStatus', provider: 'obs', status: 403 }),
			href('zh', { kind: 'status', status: 403 }),
		]);
		// Only the named provider's quick reference; only pages that exist.
		expect(pages('华为 403')).toEqual([
			href('zh', { kind: 'providerStatus', provider: 'obs', status: 403 }),
			href('zh', { kind: 'status', status: 403 }),
		]);
		expect(pages('oss 503')).toEqual([href('zh', { kind: 'status', status: 503 })]);
		expect(pages('404')).toEqual([
			href('zh', { kind: 'providerStatus', provider: 'oss', status: 404 }),
		]);
		// A status among other words is a filter only; a number no page has is a word.
		expect(pages('403 签名')).toEqual([]);
		expect(pages('999')).toEqual([]);
	});

	it('keeps to the reader’s filters: the page across providers belongs to every provider', () => {
		const hits = statusPageHits(planQuery('403', index), index);
		expect(
			hits.filter((hit) => pageAllowedBy(hit, { provider: 'obs', status: '' })).map((h) => h.url),
		).toEqual([
			href('zh', { kind: 'providerStatus', provider: 'obs', status: 403 }),
			href('zh', { kind: 'status', status: 403 }),
		]);
		expect(hits.filter((hit) => pageAllowedBy(hit, { provider: '', status: '404' }))).toEqual([]);
	});

	it('says which quick reference names a provider that is not documented', () => {
		expect(() =>
			buildInstantIndex(providerWords(), {}, [], [{ ...statusPage(403), provider: 'r2' }]),
		).toThrow(/\/zh\/status\/403\/ is of r2, not a documented provider/);
	});

	it('leaves a provider’s name alone as the query, and a word that only contains one', () => {
		expect(planQuery('obs', index).provider).toBeUndefined();
		expect(planQuery('jobs failing', index).provider).toBeUndefined();
	});

	it('maps the filters to Pagefind’s values; the reader’s own choice wins', () => {
		const plan = planQuery('obs NoSuchKey', index);
		expect(planFilters(plan, { provider: '', status: '' }, index.providers)).toEqual({
			provider: 'OBS',
		});
		expect(planFilters(plan, { provider: 'oss', status: '404' }, index.providers)).toEqual({
			provider: 'OSS',
			status: '404',
		});
	});
});

describe('synonyms', () => {
	it('rewrites readers’ words with the pages’ words', () => {
		expect(rewrites('签名不匹配', index.synonyms)).toContain('签名不一致');
		expect(rewrites('存储空间不存在', index.synonyms)).toEqual(
			expect.arrayContaining(['Bucket 不存在', '桶不存在']),
		);
		// The glossary's renderings per provider stand for each other.
		expect(rewrites('多段上传 顺序', index.synonyms)).toContain('分片上传 顺序');
	});

	it('keeps the query first and rewrites nothing it does not know', () => {
		expect(rewrites('NoSuchKey', index.synonyms)).toEqual(['NoSuchKey']);
	});

	it('says which synonym entry names a term the glossary lacks', () => {
		expect(() =>
			synonymsFrom(loadGlossary(), [{ lang: 'zh', typed: ['x'], term: 'no-such-term' }], 'zh'),
		).toThrow(ContentError);
		expect(() =>
			synonymsFrom(loadGlossary(), [{ lang: 'zh', typed: ['x'], term: 'no-such-term' }], 'zh'),
		).toThrow(/search-synonyms\.yaml › 0\.term: the glossary has no term "no-such-term"/);
	});
});

describe('partial matches', () => {
	const known = vocabulary(index.synonyms);
	it('cuts Chinese at the glossary’s words before the segmenter', () => {
		expect(queryTerms('分片上传 顺序', 'zh-CN', known)).toEqual(['分片上传', '顺序']);
		expect(queryTerms('The AWS Access Key Id.', 'en', known)).toEqual([
			'The',
			'AWS',
			'Access',
			'Key',
			'Id',
		]);
	});

	it('offers each word left out, and a known word shortened to one inside it', () => {
		const queries = partialQueries(['分片上传', '顺序'], known, index.synonyms);
		expect(queries).toContainEqual({ q: '分片 顺序', kept: 2 });
		expect(queries).toContainEqual({ q: '顺序', kept: 1 });
		// By way of a synonym: OBS's 多段上传 is OSS's 分片上传.
		expect(partialQueries(['多段上传', '顺序'], known, index.synonyms)).toContainEqual({
			q: '分片 顺序',
			kept: 2,
		});
	});
});

describe('the instant tier', () => {
	it('finds a code in any case, and a typo in the middle of one', () => {
		expect(first('nosuchbucket')).toMatchObject({ kind: 'code', url: '/zh/oss/NoSuchBucket/' });
		expect(first('InvalidAccesKeyId')).toMatchObject({
			kind: 'typo',
			url: '/zh/oss/InvalidAccessKeyId/',
		});
		expect(first('NoSuchBuckt')).toMatchObject({ kind: 'typo', url: '/zh/oss/NoSuchBucket/' });
	});

	it('puts the named provider’s page first', () => {
		expect(first('obs NoSuchKey')?.url).toBe('/zh/obs/NoSuchKey/');
		expect(first('阿里云 NoSuchKey')?.url).toBe('/zh/oss/NoSuchKey/');
	});

	it('finds a message pasted whole (inside log text) or in part, at its anchor', () => {
		expect(
			first('ERROR: The OSS Access Key Id you provided does not exist in our records. (403)'),
		).toMatchObject({ kind: 'message', url: '/zh/oss/InvalidAccessKeyId/#key-not-found' });
		expect(first('specified bucket does not')?.url).toBe('/zh/oss/NoSuchBucket/#bucket-not-exist');
	});

	it('finds a summary that says the query, or its synonym, word for word', () => {
		expect(first('请求过于频繁')?.url).toBe('/zh/obs/SlowDown/');
		expect(search('请求过于频繁').map((hit) => hit.entry.code)).not.toContain(
			'TooManyWrongSignature',
		);
		expect(first('对象不存在')?.url).toBe('/zh/obs/NoSuchKey/');
		expect(search('签名不匹配').map((hit) => hit.url)).toEqual(['/zh/obs/SignatureDoesNotMatch/']);
	});

	it('offers the codes that start with what is typed so far, as uncertain', () => {
		const hits = search('NoSuch');
		expect(hits.map((hit) => [hit.kind, hit.entry.code])).toEqual([
			['prefix', 'NoSuchBucket'],
			['prefix', 'NoSuchKey'],
			['prefix', 'NoSuchKey'],
		]);
	});

	it('keeps to the reader’s filters', () => {
		const hits = search('NoSuchKey').filter((hit) =>
			allowedBy(hit, { provider: 'obs', status: '' }),
		);
		expect(hits.map((hit) => hit.url)).toEqual(['/zh/obs/NoSuchKey/']);
	});
});

describe('a word or two as typed', () => {
	const english = buildInstantIndex(providerWords(), searchSynonyms('en'), [
		code('oss', 'NoSuchLifecycle', 404, 'The bucket has no lifecycle rules configured.'),
		code('obs', 'InvalidBucketPolicy', 400, 'The bucket policy in the request is invalid.'),
		code('obs', 'NoSuchBucket', 404, 'The bucket in the request does not exist.'),
	]);
	const find = (query: string) =>
		instantSearch(planQuery(query, english), english).map((hit) => [hit.kind, hit.entry.code]);

	it('finds the summaries that have each word, as guesses the full text replaces', () => {
		expect(find('lifecycle')).toEqual([['words', 'NoSuchLifecycle']]);
		expect(find('Bucket policy')).toEqual([['words', 'InvalidBucketPolicy']]);
		// The provider named comes first (its filter is the page's to apply).
		expect(find('obs bucket')).toEqual([
			['words', 'InvalidBucketPolicy'],
			['words', 'NoSuchBucket'],
			['words', 'NoSuchLifecycle'],
		]);
		expect(find('lifecycle').map(([kind]) => isCertain({ kind } as InstantHit))).toEqual([false]);
	});

	it('matches whole words only, and leaves code names to the code rules', () => {
		expect(find('life')).toEqual([]);
		expect(find('NoSuchLifecycle')).toEqual([['code', 'NoSuchLifecycle']]);
	});
});

describe('merging the tiers', () => {
	it('keeps certain instant hits first and each page once', () => {
		const instant = search('InvalidAccesKeyId');
		const full = [{ url: '/zh/oss/InvalidArgument/#x' }, { url: '/zh/oss/InvalidAccessKeyId/#y' }];
		expect(mergeHits(instant, full).map((hit) => hit.url)).toEqual([
			'/zh/oss/InvalidAccessKeyId/',
			'/zh/oss/InvalidArgument/#x',
		]);
	});
});

describe('a message in an S3 client’s words', () => {
	it('finds the provider’s message that differs by a word, at its anchor', () => {
		expect(
			first('The AWS Access Key Id you provided does not exist in our records.'),
		).toMatchObject({ kind: 'message', url: '/zh/oss/InvalidAccessKeyId/#key-not-found' });
		// Few words in common is no match.
		expect(search('The bucket you provided is fine')).toEqual([]);
	});
});

describe('which parts of the index a query loads', () => {
	it('loads the codes alone for a code; summaries for Chinese and for words; messages for a phrase; status pages for a status', () => {
		expect(partsFor('NoSuchKey')).toEqual({ summaries: false, messages: false, statuses: false });
		expect(partsFor('obs NoSuchKey')).toEqual({
			summaries: false,
			messages: false,
			statuses: false,
		});
		expect(partsFor('存储空间')).toEqual({ summaries: true, messages: false, statuses: false });
		expect(partsFor('lifecycle')).toEqual({ summaries: true, messages: false, statuses: false });
		expect(partsFor('bucket Policy')).toEqual({
			summaries: true,
			messages: false,
			statuses: false,
		});
		expect(partsFor('KMS.DisabledException')).toEqual({
			summaries: false,
			messages: false,
			statuses: false,
		});
		expect(partsFor('OSS')).toEqual({ summaries: false, messages: false, statuses: false });
		expect(partsFor('The specified bucket does not exist.')).toEqual({
			summaries: true,
			messages: true,
			statuses: false,
		});
		// A status alone or with a provider's name; not a number inside a word.
		expect(partsFor('403')).toEqual({ summaries: false, messages: false, statuses: true });
		expect(partsFor('华为 409')).toMatchObject({ statuses: true });
		expect(partsFor('x-oss-403')).toMatchObject({ statuses: false });
	});
});

describe('too many requests, as Chinese readers say it', () => {
	// The real summaries: each provider words throttling its own way (content/search-synonyms.yaml).
	const real: InstantSource[] = providerIds.flatMap((provider) => {
		const dir = new URL(`../../content/errors/zh/${provider}/`, import.meta.url);
		return readdirSync(dir)
			.filter((file) => file.endsWith('.mdx'))
			.map((file) => {
				const data = parse(readFileSync(new URL(file, dir), 'utf8').split(/^---$/m)[1] ?? '') as {
					code: string;
					status: number;
					summary: string;
				};
				return code(provider, data.code, data.status, data.summary);
			});
	});
	const zh = buildInstantIndex(providerWords(), searchSynonyms('zh'), real);

	it.each([
		'请求过于频繁',
		'请求太频繁',
		'请求频繁',
		'访问过于频繁',
		'请求过多',
		'请求太多',
		'限流',
		'流控',
	])('%s finds both providers’ throttling codes at once', (query) => {
		const found = instantSearch(planQuery(query, zh), zh).map((hit) => pageUrl(hit.url));
		expect(found).toEqual(
			expect.arrayContaining([
				'/zh/obs/SlowDown/',
				'/zh/oss/QpsLimitExceeded/',
				'/zh/oss/TotalQpsLimitExceeded/',
				'/zh/oss/MetaOperationQpsLimitExceeded/',
			]),
		);
	});
});
