import { describe, expect, it } from 'vitest';
import { readTracker, reportUrl } from '../../src/data/project';

const report = {
	title: 'OSS NoSuchKey: a problem with the page',
	body: 'Page: https://x/en/oss/NoSuchKey/\n\nWhat is wrong:\n',
};

describe('the issue tracker from package.json `bugs`', () => {
	it('is absent when the field is', () => {
		expect(readTracker(undefined)).toBeUndefined();
	});

	it('reads npm’s two forms, a string and { url }', () => {
		expect(readTracker('https://bugs.example/atlas')?.href).toBe('https://bugs.example/atlas');
		expect(readTracker({ url: 'https://bugs.example/atlas', email: 'x@y' })?.href).toBe(
			'https://bugs.example/atlas',
		);
	});

	it('refuses what is not an https address, naming the field', () => {
		expect(() => readTracker({ email: 'bugs@example.org' })).toThrow(
			/^package\.json › bugs\.url: expected the issue tracker's https address, got undefined$/,
		);
		expect(() => readTracker('github.com/x/y')).toThrow(/^package\.json › bugs: expected/);
		expect(() => readTracker('http://bugs.example/')).toThrow(
			/^package\.json › bugs: the issue tracker's address must use https/,
		);
	});
});

describe('a new report’s address', () => {
	it('opens GitHub’s new-issue form with title and body', () => {
		const url = new URL(reportUrl(new URL('https://github.com/o/r/issues/'), report));
		expect(url.origin + url.pathname).toBe('https://github.com/o/r/issues/new');
		expect(url.searchParams.get('title')).toBe(report.title);
		expect(url.searchParams.get('body')).toBe(report.body);
	});

	it('opens GitLab’s new-issue form with its own parameter names', () => {
		const url = new URL(reportUrl(new URL('https://gitlab.com/group/sub/atlas/-/issues'), report));
		expect(url.pathname).toBe('/group/sub/atlas/-/issues/new');
		expect(url.searchParams.get('issue[title]')).toBe(report.title);
		expect(url.searchParams.get('issue[description]')).toBe(report.body);
	});

	it('links any other tracker as given, since nothing says how it reads a prefill', () => {
		expect(reportUrl(new URL('https://bugs.example/atlas?component=site'), report)).toBe(
			'https://bugs.example/atlas?component=site',
		);
		// A GitHub address that is not a repository's issues is not guessed at either.
		expect(reportUrl(new URL('https://github.com/o/r'), report)).toBe('https://github.com/o/r');
	});
});
