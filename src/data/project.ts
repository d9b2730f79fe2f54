import { ContentError } from '../content-io/content-error';
import manifest from '../../package.json';

/**
 * Where readers report a problem with a page: the project's issue tracker, from the `bugs` field
 * of package.json (npm's own place for it, a string or `{ "url": … }`). A fork or a new home sets
 * it there and nowhere else. Without it, code pages carry no report link: a made-up address would
 * be a broken link on every page.
 */
export const issueTracker: URL | undefined = readTracker((manifest as { bugs?: unknown }).bugs);

/** The tracker from `bugs`; anything but an https address (or nothing) fails the build, naming the field. */
export function readTracker(bugs: unknown): URL | undefined {
	if (bugs === undefined) return undefined;
	const value = typeof bugs === 'object' && bugs !== null ? (bugs as { url?: unknown }).url : bugs;
	const field = typeof bugs === 'string' ? 'bugs' : 'bugs.url';
	if (typeof value !== 'string' || !URL.canParse(value)) {
		throw new ContentError(
			`package.json › ${field}: expected the issue tracker's https address, got ${JSON.stringify(value)}`,
		);
	}
	const url = new URL(value);
	if (url.protocol !== 'https:') {
		throw new ContentError(
			`package.json › ${field}: the issue tracker's address must use https, got ${value}`,
		);
	}
	return url;
}

/** A report's prefilled title and body, in the page's language. */
export interface Report {
	title: string;
	body: string;
}

/**
 * The address that opens a new report on the tracker, prefilled where the tracker reads a
 * prefill from the query (GitHub's and GitLab's issue forms, per their documentation); any other
 * tracker is linked as given, and the reader writes the report there.
 */
export function reportUrl(tracker: URL, report: Report): string {
	const path = tracker.pathname.replace(/\/+$/, '');
	if (tracker.hostname === 'github.com' && /^\/[^/]+\/[^/]+\/issues$/.test(path)) {
		const url = new URL(`${path}/new`, tracker);
		url.searchParams.set('title', report.title);
		url.searchParams.set('body', report.body);
		return url.href;
	}
	if (tracker.hostname === 'gitlab.com' && /\/-\/issues$/.test(path)) {
		const url = new URL(`${path}/new`, tracker);
		url.searchParams.set('issue[title]', report.title);
		url.searchParams.set('issue[description]', report.body);
		return url.href;
	}
	return tracker.href;
}
