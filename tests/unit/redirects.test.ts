import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRedirects, redirectsFile } from '../../src/routing/redirects.mjs';

const write = (text: string) => {
	const file = join(mkdtempSync(join(tmpdir(), 'redirects-')), 'redirects.yaml');
	writeFileSync(file, text);
	return file;
};

describe('declared redirects', () => {
	it('reads old → new paths and writes the hosts’ _redirects file', () => {
		const redirects = loadRedirects(write('- from: /en/oss/Old/\n  to: /en/oss/New/\n'));
		expect(redirects).toEqual({ '/en/oss/Old/': '/en/oss/New/' });
		expect(redirectsFile(redirects)).toContain('/en/oss/Old/ /en/oss/New/ 301\n');
	});

	it('reports each bad entry by its place in the file', () => {
		const file = write(
			'- from: en/oss/Old\n  to: /en/oss/New/\n- from: /a/\n  to: /a/\n- from: /b/\n  to: /c/\n- from: /b/\n  to: /d/\n',
		);
		expect(() => loadRedirects(file)).toThrow(
			[
				'Redirects are invalid:',
				`  ${file} › [0].from: a path from / to a trailing /`,
				`  ${file} › [1]: redirects to itself`,
				`  ${file} › [3].from: declared twice`,
			].join('\n'),
		);
	});

	it('the project’s own file is valid', () => {
		expect(() => loadRedirects('content/redirects.yaml')).not.toThrow();
	});
});
