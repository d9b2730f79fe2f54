import { describe, expect, it } from 'vitest';
import { readQuery, tidyExcerpt, toHit, writeQuery } from '../../src/search/results';
import { isWorthSearching } from '../../src/search/search.client';
import type { PagefindFragment, PagefindSubResult } from '../../src/search/pagefind';

const section = (id: string, title: string, locations: number[], score = 1): PagefindSubResult => ({
	title,
	url: `/en/oss/BucketAlreadyExists/#${id}`,
	excerpt: `…<mark>${title}</mark>…`,
	locations,
	weighted_locations: locations.map((location) => ({ weight: 1, balanced_score: score, location })),
	anchor: { element: 'h2', id },
});

// Words 0–5 of one message, 6–11 of another: "location" (5) only in the first.
const content =
	"Bucket already exists can't modify location Bucket already exists can't modify storage";
const fragment: PagefindFragment = {
	url: '/en/oss/BucketAlreadyExists/',
	content,
	excerpt: 'page excerpt',
	meta: { title: 'BucketAlreadyExists', provider: 'OSS', status: '409' },
	filters: {},
	sub_results: [
		section(
			'cannot-modify-location',
			"Bucket already exists can't modify location",
			[0, 1, 2, 3, 4, 5],
			1,
		),
		section(
			'cannot-modify-storage-class',
			"Bucket already exists can't modify storage type",
			[6, 7, 8, 9, 10, 0, 1],
			3,
		),
	],
};

describe('search hits', () => {
	it('link to the message that matched the most different words, not the highest raw score', () => {
		const hit = toHit(fragment);
		expect(hit.url).toBe('/en/oss/BucketAlreadyExists/#cannot-modify-location');
		expect(hit).toMatchObject({
			code: 'BucketAlreadyExists',
			provider: 'OSS',
			status: '409',
			isMessage: true,
		});
	});

	it('tell a code (a page with a provider) from a guide’s title', () => {
		expect(toHit(fragment).isCode).toBe(true);
		const guide = toHit({
			...fragment,
			url: '/en/guide/retries/',
			meta: { title: 'When to retry an error' },
			sub_results: [],
		});
		expect(guide).toMatchObject({ code: 'When to retry an error', isCode: false });
	});

	it('link to the page itself when no message section matched', () => {
		const hit = toHit({ ...fragment, sub_results: [] });
		expect(hit).toMatchObject({
			url: '/en/oss/BucketAlreadyExists/',
			title: 'BucketAlreadyExists',
			isMessage: false,
		});
	});
});

describe('search state in the URL', () => {
	it('round-trips query and filters', () => {
		const query = { q: "can't modify", provider: 'oss', status: '409' };
		expect(readQuery(new URLSearchParams(writeQuery(query)))).toEqual(query);
		expect(writeQuery({ q: '', provider: '', status: '' })).toBe('');
	});
});

describe('when to search', () => {
	it.each([
		['', false],
		['N', false],
		['No', true],
		['桶', true],
		[' 4 ', false],
	])('%j → %s', (text, expected) => {
		expect(isWorthSearching(text)).toBe(expected);
	});
});

describe('excerpts under a message', () => {
	const message = 'The specified bucket does not exist.';
	const hit = {
		title: message,
		isMessage: true,
		excerpt:
			'<mark>The</mark> <mark>specified</mark> <mark>bucket</mark> <mark>does</mark> <mark>not</mark> <mark>exist.</mark> <mark>The</mark> <mark>bucket</mark> named in <mark>the</mark> request <mark>does</mark> <mark>not</mark> <mark>exist.</mark>',
	};

	it('go on after a pasted message they begin with, without highlights', () => {
		expect(tidyExcerpt(hit, message)).toBe('The bucket named in the request does not exist.');
		expect(tidyExcerpt(hit, `ErrorMessage: ${message} RequestId: 5C3D`)).toBe(
			'The bucket named in the request does not exist.',
		);
	});

	it('are empty when they only repeat the pasted message; an entity counts as its character', () => {
		const only = { ...hit, excerpt: '<mark>The</mark> specified bucket does not exist.' };
		expect(tidyExcerpt(only, message)).toBe('');
		const quoted = { title: "Bucket already exists can't modify location.", isMessage: true };
		const excerpt =
			'Bucket already exists can&#x27;t <mark>modify</mark> location. The &lt;Bucket&gt;…';
		expect(tidyExcerpt({ ...quoted, excerpt }, quoted.title)).toBe('The &lt;Bucket&gt;…');
	});

	it('stay as Pagefind gives them for words typed: the highlights show what matched', () => {
		expect(tidyExcerpt(hit, 'bucket does not exist')).toBe(hit.excerpt);
	});

	it('leave a page’s excerpt as it is, and one that begins elsewhere but its highlights', () => {
		expect(tidyExcerpt({ ...hit, isMessage: false }, message)).toBe(hit.excerpt);
		const other = { ...hit, excerpt: 'No <mark>bucket</mark> here.' };
		expect(tidyExcerpt(other, message)).toBe('No bucket here.');
	});
});
