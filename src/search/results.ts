import type { PagefindFragment, PagefindSubResult } from './pagefind';

/**
 * Pagefind's ranking, as the search UI and the ranking suite (e2e/search-ranking.spec.ts) use it.
 * Exact words count for more than near spellings (Pagefind's default is 1): a Chinese term such
 * as 跨域 must find the pages that say 跨域 before those that merely share a character (跨区域).
 */
export const searchOptions = { ranking: { termSimilarity: 6 } } as const;

/** What a search result shows: the code, its provider and status, the matched message. */
export interface SearchHit {
	/** The code page, or the message's anchor on it. */
	url: string;
	/** The code, or the title of a page that is not a code's (a guide, a status page). */
	code: string;
	/** Whether `code` is a code name (shown as code) rather than a page's title. */
	isCode: boolean;
	provider: string;
	status: string;
	/** The matched message (the sub-result's heading), or the page title when no message matched. */
	title: string;
	/** Pagefind's excerpt: escaped text with matches wrapped in <mark>. */
	excerpt: string;
	/** Whether the link goes to one message of the page. */
	isMessage: boolean;
}

const score = (sub: PagefindSubResult) =>
	sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);

/** How many different words of the query a section matched (its `locations` index `content`'s words). */
function coverage(sub: PagefindSubResult, words: string[]): number {
	const normalize = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
	return new Set(sub.locations.map((location) => normalize(words[location] ?? ''))).size;
}

/**
 * One hit per page, pointing at the part of the page that matched best: on a code page, the
 * message section (its heading is the verbatim message) that matched the most different words
 * of the query, then the highest score. Similar messages of one code share most of their words;
 * the word that tells them apart ("location", "storage") must decide.
 */
export function toHit(fragment: PagefindFragment): SearchHit {
	const words = fragment.content.split(/\s+/);
	const sections = fragment.sub_results.filter((sub) => sub.anchor?.element === 'h2');
	const best = [...sections].sort(
		(a, b) => coverage(b, words) - coverage(a, words) || score(b) - score(a),
	)[0];
	// A code page's title is its h1: the code. Only code pages carry a provider (a guide has none).
	const code = fragment.meta['title'] ?? '';
	return {
		url: best?.url ?? fragment.url,
		code,
		isCode: Boolean(fragment.meta['provider']),
		provider: fragment.meta['provider'] ?? '',
		status: fragment.meta['status'] ?? '',
		title: best?.title ?? fragment.meta['title'] ?? code,
		excerpt: best?.excerpt ?? fragment.excerpt,
		isMessage: best !== undefined,
	};
}

/** Search state as it appears in a shareable URL: `?q=…&provider=oss&status=409`. */
export interface SearchQuery {
	q: string;
	provider: string;
	status: string;
}

export function readQuery(params: URLSearchParams): SearchQuery {
	return {
		q: (params.get('q') ?? '').slice(0, 500),
		provider: params.get('provider') ?? '',
		status: params.get('status') ?? '',
	};
}

export function writeQuery(query: SearchQuery): string {
	const params = new URLSearchParams();
	if (query.q) params.set('q', query.q);
	if (query.provider) params.set('provider', query.provider);
	if (query.status) params.set('status', query.status);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** Text as HTML (hits show Pagefind's excerpts as HTML; an instant hit's summary is plain text). */
export const escapeHtml = (text: string) =>
	text.replace(
		/[&<>"]/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
	);

const entities: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'",
	'&#x27;': "'",
};
const entity = /&(?:amp|lt|gt|quot|#39|#x27);/;

/** Excerpt HTML without marks, as text: entities read. */
const plainOf = (html: string) =>
	html.replace(new RegExp(entity.source, 'g'), (e) => entities[e] ?? e);

/** A query of this many words is a message pasted, not words typed to find one. */
const pastedWords = 5;

/**
 * The excerpt of a hit as shown under its message, for a pasted message: without highlights —
 * they would mark every "the" and "not" of the message wherever they recur, not what tells the
 * hits apart — and, as the message heads the hit already, from where the message ends when the
 * excerpt begins with it (nothing, if that was all). For words typed, the excerpt stays as
 * Pagefind gives it: its highlights show which words of the message matched.
 */
export function tidyExcerpt(
	hit: Pick<SearchHit, 'excerpt' | 'title' | 'isMessage'>,
	query: string,
): string {
	if (!hit.isMessage || (query.match(/\S+/g) ?? []).length < pastedWords) return hit.excerpt;
	const html = hit.excerpt.replace(/<\/?mark>/g, '');
	const message = hit.title.trim();
	if (!message || !plainOf(html).trimStart().startsWith(message)) return html;
	// Walk past the message, counting characters of text (an entity is one).
	let at = html.length - html.trimStart().length;
	const leading = new RegExp(`^${entity.source}`);
	for (let seen = 0; at < html.length && seen < message.length; seen += 1)
		at += leading.exec(html.slice(at))?.[0].length ?? 1;
	return html.slice(at).replace(/^[\s.。]+/u, '');
}
