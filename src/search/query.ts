import { closestCodes, type CodeNames } from '../matching/fuzzy';
import {
	isPlainWord,
	readEntry,
	statusWord,
	type InstantEntry,
	type InstantIndex,
	type InstantProvider,
} from './instant-index';

/**
 * What search does with the words a reader types, before and beside Pagefind: pure, so the unit
 * tests and the browser run the same rules (the ranking suite drives the real search page).
 *
 * - A provider's name ("obs", "阿里云", "huawei") becomes a provider filter, and a bare HTTP status
 *   ("403") a status filter: readers name the provider and status, pages carry them as filters.
 *   A bare status also offers the pages about it first: the quick references and the page
 *   across providers (`statusPageHits`), which Pagefind does not index.
 * - Words the pages write differently (the glossary's avoided spellings and per-provider
 *   renderings, and content/search-synonyms.yaml) give rewritten variants of the query. Rewriting
 *   the query in the browser was chosen over hidden synonym text on the pages: it costs no bytes
 *   on the page views (code pages are at their 12 KB budget), applies to every page at once, and
 *   Pagefind's AND of all words needs the pages' own word, not one more word beside it.
 * - The instant tier answers from the compact index (instant-index.ts): a code, a code with a
 *   typo (the project's fuzzy matcher), a message pasted whole or in part, a summary that says
 *   the query word for word (请求过于频繁 is SlowDown's summary), summaries with each of a word or
 *   two as typed ("lifecycle"), and codes starting with what is typed so far. Its certain answers
 *   stay first when Pagefind's full-text results arrive; the last two are guesses that give way.
 */

/** How an instant hit matched, strongest first. */
export const instantKinds = ['code', 'message', 'typo', 'summary', 'words', 'prefix'] as const;
export type InstantKind = (typeof instantKinds)[number];

export interface InstantHit {
	kind: InstantKind;
	entry: InstantEntry;
	/** The code page, or the matched message's anchor on it. */
	url: string;
	/** The matched message's text, when one matched. */
	message?: string;
}

export interface QueryPlan {
	/** The query as typed, trimmed. */
	raw: string;
	/** The query without the provider and status words: what Pagefind searches ('' when nothing is left). */
	text: string;
	/** The provider a word of the query named. */
	provider?: InstantProvider | undefined;
	/** The HTTP status a bare number of the query named. */
	status?: number | undefined;
	/** `text` and its rewrites with the pages' words, each a Pagefind query. */
	variants: string[];
}

const cjk = /[\p{Script=Han}]/u;
const hasCjk = (text: string) => cjk.test(text);
const lower = (text: string) => text.toLowerCase();

/** Text reduced to letters and digits, lower case: how phrases are compared (spacing and punctuation vary). */
export const squash = (text: string) => lower(text).replace(/[^\p{L}\p{N}]+/gu, '');

/** Latin words and code names of a query: `KMS.DisabledException` stays whole, a final `.` goes. */
export const latinTokens = (text: string) =>
	[...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}._-]*/gu)]
		.map(([token]) => token.replace(/[._-]+$/, ''))
		.filter((token) => !hasCjk(token));

/** Where `word` occurs in `text` as a whole word (Latin) or anywhere (Chinese); -1 if not. */
function findWord(text: string, word: string): number {
	const haystack = lower(text);
	const needle = lower(word);
	if (hasCjk(needle)) return haystack.indexOf(needle);
	const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const match = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}(?=$|[^\\p{L}\\p{N}])`, 'u').exec(
		haystack,
	);
	return match ? match.index + (match[1]?.length ?? 0) : -1;
}

const removeAt = (text: string, at: number, length: number) =>
	`${text.slice(0, at)} ${text.slice(at + length)}`.replace(/\s+/g, ' ').trim();

/** Writes `word` in place of `at…at+length`, spaced from Latin neighbours as the pages space them. */
function replaceAt(text: string, at: number, length: number, word: string): string {
	const before = text.slice(0, at);
	const after = text.slice(at + length);
	const gapBefore =
		before && !/\s$/.test(before) && !(hasCjk(word[0] ?? '') && hasCjk(before.at(-1) ?? ''))
			? ' '
			: '';
	const gapAfter =
		after && !/^\s/.test(after) && !(hasCjk(word.at(-1) ?? '') && hasCjk(after[0] ?? ''))
			? ' '
			: '';
	return `${before}${gapBefore}${word}${gapAfter}${after}`.trim();
}

/** The statuses the site documents, from the index. */
const statusesOf = (index: InstantIndex) => new Set(index.codes.map((row) => row[2]));

/** At most this many rewrites per query: each is one more Pagefind search. */
const maxVariants = 4;

export function planQuery(query: string, index: InstantIndex): QueryPlan {
	const raw = query.trim();
	let text = raw;
	let provider: InstantProvider | undefined;
	// The longest name first: "huawei cloud" before "huawei".
	const names = index.providers
		.flatMap((p) => p.words.map((word) => ({ p, word })))
		.sort((a, b) => b.word.length - a.word.length);
	for (const { p, word } of names) {
		const at = findWord(text, word);
		if (at < 0) continue;
		const rest = removeAt(text, at, word.length);
		if (!rest) break; // the provider's name alone is a query about the name
		provider = p;
		text = rest;
		break;
	}
	let status: number | undefined;
	const known = statusesOf(index);
	const number = statusWord.exec(text);
	if (number?.[2] && known.has(Number(number[2])) && (provider || text.trim() === number[2])) {
		status = Number(number[2]);
		text = removeAt(text, number.index + (number[1]?.length ?? 0), 3);
	}
	return { raw, text, provider, status, variants: rewrites(text, index.synonyms) };
}

/** `text` first, then its rewrites with the pages' words (longest typed word first, no overlaps). */
export function rewrites(text: string, synonyms: Record<string, string[]>): string[] {
	const variants = [text];
	if (!text) return variants;
	const typed = Object.keys(synonyms).sort((a, b) => b.length - a.length);
	const claimed: [number, number][] = [];
	for (const word of typed) {
		const at = findWord(text, word);
		if (at < 0 || claimed.some(([from, to]) => at < to && at + word.length > from)) continue;
		claimed.push([at, at + word.length]);
		const current = [...variants];
		for (const variant of current) {
			const where = findWord(variant, word);
			if (where < 0) continue;
			for (const instead of synonyms[word] ?? []) {
				const rewritten = replaceAt(variant, where, word.length, instead);
				if (!variants.includes(rewritten) && variants.length < maxVariants + 1)
					variants.push(rewritten);
			}
		}
	}
	return variants;
}

/** The words the glossary and the synonyms know, longest first: how Chinese queries are cut first. */
export function vocabulary(synonyms: Record<string, string[]>): string[] {
	const words = new Set([...Object.keys(synonyms), ...Object.values(synonyms).flat()].map(lower));
	return [...words].filter(hasCjk).sort((a, b) => b.length - a.length);
}

/**
 * The words of a query one by one, for the partial-match fallback: Latin at spaces, punctuation
 * dropped; Chinese first by the words the glossary knows (分片上传, 存储空间), then the rest by the
 * browser's segmenter.
 */
export function queryTerms(text: string, locale: string, known: readonly string[]): string[] {
	const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
	const terms: string[] = [];
	const cut = (chunk: string) => {
		const word = known.find((k) => chunk.toLowerCase().includes(k));
		if (word) {
			const at = chunk.toLowerCase().indexOf(word);
			cut(chunk.slice(0, at));
			terms.push(chunk.slice(at, at + word.length));
			cut(chunk.slice(at + word.length));
			return;
		}
		for (const { segment, isWordLike } of segmenter.segment(chunk))
			if (isWordLike) terms.push(segment);
	};
	for (const chunk of text.split(/\s+/)) {
		if (!chunk) continue;
		if (!hasCjk(chunk)) {
			const word = chunk.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
			if (word) terms.push(word);
			continue;
		}
		cut(chunk);
	}
	return [...new Set(terms)];
}

/**
 * Queries that keep most of the words, when all the words together match nothing: each known
 * Chinese word shortened to a shorter known word inside it or inside a synonym of it (分片上传 →
 * 分片; 多段上传 → 段, or 分片 by way of 分片上传), and each word left out in turn. Each with how
 * many of the query's words it keeps.
 */
export function partialQueries(
	terms: readonly string[],
	known: readonly string[],
	synonyms: Record<string, string[]>,
): { q: string; kept: number }[] {
	const out: { q: string; kept: number }[] = [];
	terms.forEach((term, i) => {
		if (!hasCjk(term)) return;
		for (const whole of [term, ...(synonyms[lower(term)] ?? [])]) {
			const shorter = known.find((k) => k.length < whole.length && lower(whole).includes(k));
			if (shorter)
				out.push({ q: terms.map((t, j) => (j === i ? shorter : t)).join(' '), kept: terms.length });
		}
	});
	if (terms.length > 1) {
		terms.forEach((_, i) =>
			out.push({ q: terms.filter((__, j) => j !== i).join(' '), kept: terms.length - 1 }),
		);
	}
	return out;
}

/** Each code of the index by provider id, for the fuzzy matcher. */
function codeNames(entries: readonly InstantEntry[]): CodeNames {
	const names: Record<string, string[]> = {};
	for (const { provider, code } of entries) (names[provider.id] ??= []).push(code);
	return names;
}

const rank = (kind: InstantKind) => instantKinds.indexOf(kind);

/** Below these lengths a phrase says too little to pick a page by itself. */
const minMessagePhrase = 8;
const minSummaryPhrase = 4;
/** A message of this many words or more matches a query that has nearly all of them (this share). */
const minNearWords = 5;
const nearShare = 0.8;

/**
 * The instant tier's hits for a query, best first: one per code page. Within a kind, the
 * provider the query named comes first, then the order found (the index's: provider, then code;
 * messages by how closely they match).
 */
export function instantSearch(plan: QueryPlan, index: InstantIndex, max = 20): InstantHit[] {
	const entries = index.codes.map((row, at) => readEntry(index, row, at));
	const found = new Map<string, InstantHit>();
	const add = (hit: InstantHit) => {
		const key = hit.entry.url;
		const before = found.get(key);
		if (!before || rank(hit.kind) < rank(before.kind)) {
			found.set(
				key,
				before?.message && !hit.message
					? { ...hit, url: before.url, message: before.message }
					: hit,
			);
		} else if (hit.message && !before.message) {
			found.set(key, { ...before, url: hit.url, message: hit.message });
		}
	};
	const tokens = latinTokens(plan.raw).map(lower);
	const tokenSet = new Set(tokens);
	for (const entry of entries)
		if (tokenSet.has(lower(entry.code))) add({ kind: 'code', entry, url: entry.url });

	// As typed: a pasted message may name its provider ("The OSS Access Key Id…").
	const phrase = squash(plan.raw);
	const words = new Set(tokens);
	// The messages matched, best first: found whole or in part (1), or nearly word for word (the
	// share of words in common): an S3 client's wording differs by a word ("The AWS Access Key Id").
	const messages: { hit: InstantHit; score: number }[] = [];
	for (const entry of entries) {
		let best: { hit: InstantHit; score: number } | undefined;
		for (const message of entry.messages) {
			const text = squash(message.text);
			const pasted = text.length >= minMessagePhrase && phrase.includes(text);
			const part = phrase.length >= minMessagePhrase && text.includes(phrase);
			const own = new Set(latinTokens(message.text).map(lower));
			const common = [...own].filter((word) => words.has(word)).length;
			const near = own.size >= minNearWords ? common / Math.max(own.size, words.size) : 0;
			const score = pasted || part ? 1 : near >= nearShare ? near : 0;
			if (score > (best?.score ?? 0)) {
				const url = `${entry.url}#${message.id}`;
				best = { hit: { kind: 'message', entry, url, message: message.text }, score };
			}
		}
		if (best) messages.push(best);
	}
	messages.sort((a, b) => b.score - a.score).forEach(({ hit }) => add(hit));

	const single = tokens.length === 1 && !hasCjk(plan.raw) ? tokens[0] : undefined;
	if (single && found.size === 0 && single.length >= 5) {
		const byUrl = new Map(entries.map((entry) => [`${entry.provider.id}/${entry.code}`, entry]));
		for (const match of closestCodes(single, codeNames(entries), 5, plan.provider?.id)) {
			const entry = byUrl.get(`${match.provider}/${match.code}`);
			if (entry && match.distance > 0) add({ kind: 'typo', entry, url: entry.url });
		}
	}

	// A summary that says the query word for word: Chinese phrases and Latin ones of three words or more.
	const phrases = plan.variants.map(squash).filter((p) => p.length >= minSummaryPhrase);
	const worded = hasCjk(plan.text) || (plan.text.match(/\S+/g) ?? []).length >= 3;
	if (worded) {
		for (const entry of entries) {
			const summary = squash(entry.summary);
			if (phrases.some((p) => summary.includes(p))) add({ kind: 'summary', entry, url: entry.url });
		}
	}

	// A word or two as typed ("lifecycle", "bucket policy"): the summaries that have each, shown
	// while the full text loads, whose ranking then takes over (they are not certain).
	const typed = plan.text.match(/\S+/g) ?? [];
	if (!worded && typed.length > 0 && typed.every(isPlainWord)) {
		for (const entry of entries) {
			if (typed.every((word) => findWord(entry.summary, word) >= 0))
				add({ kind: 'words', entry, url: entry.url });
		}
	}

	if (single && single.length >= 2) {
		for (const entry of entries) {
			if (lower(entry.code).startsWith(single)) add({ kind: 'prefix', entry, url: entry.url });
		}
	}

	// Ties keep the order hits were found in: the index's, or the messages' best first.
	const order = new Map([...found.keys()].map((url, i) => [url, i]));
	const named = (hit: InstantHit) =>
		plan.provider && hit.entry.provider.id !== plan.provider.id ? 1 : 0;
	return [...found.values()]
		.filter((hit) => plan.status === undefined || hit.entry.status === plan.status)
		.sort(
			(a, b) =>
				rank(a.kind) - rank(b.kind) ||
				named(a) - named(b) ||
				(order.get(a.entry.url) ?? 0) - (order.get(b.entry.url) ?? 0),
		)
		.slice(0, max);
}

/** A page about one HTTP status: a provider's quick reference, or the page across providers. */
export interface StatusPageHit {
	status: number;
	/** The provider of a quick reference; none for the page across providers. */
	provider?: InstantProvider | undefined;
	url: string;
	title: string;
	description: string;
}

/**
 * For a bare documented status ("403", "oss 403", "华为 409"), the pages about it, to show before
 * its codes: the quick reference of each provider that has one (only the named provider's, when
 * a provider is named), then the page across providers. None for any other query: a status
 * among other words is a filter only.
 */
export function statusPageHits(plan: QueryPlan, index: InstantIndex): StatusPageHit[] {
	if (plan.status === undefined || plan.text !== '') return [];
	return (index.statusPages ?? []).flatMap(([status, p, url, title, description]) => {
		if (status !== plan.status) return [];
		const provider = p < 0 ? undefined : index.providers[p];
		if (p >= 0 && (!provider || (plan.provider && provider.id !== plan.provider.id))) return [];
		return [{ status, provider, url, title, description }];
	});
}

/** Whether the reader's own filters allow a status page: the page across providers belongs to every provider. */
export function pageAllowedBy(
	hit: StatusPageHit,
	chosen: { provider: string; status: string },
): boolean {
	return (
		(!chosen.provider || !hit.provider || hit.provider.id === chosen.provider) &&
		(!chosen.status || String(hit.status) === chosen.status)
	);
}

/** Instant hits that stay first among full-text results: all but words found in a summary and "starts with what is typed". */
export const isCertain = (hit: InstantHit) => hit.kind !== 'words' && hit.kind !== 'prefix';

/** The page of a URL, without its anchor: how instant and full-text hits are matched up. */
export const pageUrl = (url: string) => url.replace(/#.*$/, '');

/**
 * The final order: the certain instant hits first (summary matches in full-text order among
 * themselves), then the full-text hits on other pages, in their order.
 */
export function mergeHits<T extends { url: string }>(
	certain: readonly InstantHit[],
	full: readonly T[],
): (InstantHit | T)[] {
	const position = new Map<string, number>();
	full.forEach((hit, i) => {
		const page = pageUrl(hit.url);
		if (!position.has(page)) position.set(page, i);
	});
	const summaryRank = (hit: InstantHit) =>
		hit.kind === 'summary' ? (position.get(pageUrl(hit.url)) ?? full.length) : 0;
	const pinned = [...certain].sort(
		(a, b) => rank(a.kind) - rank(b.kind) || summaryRank(a) - summaryRank(b),
	);
	const pinnedPages = new Set(pinned.map((hit) => pageUrl(hit.url)));
	return [...pinned, ...full.filter((hit) => !pinnedPages.has(pageUrl(hit.url)))];
}

/**
 * Pagefind filters for a plan, under the reader's own choices (the search page's selects win).
 * Pagefind's provider filter holds the short name (OSS), the select the id (oss).
 */
export function planFilters(
	plan: QueryPlan,
	chosen: { provider: string; status: string },
	providers: readonly InstantProvider[],
): Record<string, string> {
	const filters: Record<string, string> = {};
	const picked = providers.find((p) => p.id === chosen.provider);
	const provider = chosen.provider
		? (picked?.short ?? chosen.provider.toUpperCase())
		: plan.provider?.short;
	const status = chosen.status || (plan.status === undefined ? '' : String(plan.status));
	if (provider) filters['provider'] = provider;
	if (status) filters['status'] = status;
	return filters;
}

/** Only the hits the reader's own filters allow. */
export function allowedBy(hit: InstantHit, chosen: { provider: string; status: string }): boolean {
	return (
		(!chosen.provider || hit.entry.provider.id === chosen.provider) &&
		(!chosen.status || String(hit.entry.status) === chosen.status)
	);
}
