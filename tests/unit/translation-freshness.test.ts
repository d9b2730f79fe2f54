import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { revisionOf } from '../../src/checks/revision.mjs';
import { findStale, formatStaleReport, isStale } from '../../src/checks/translation-freshness';

const dir = mkdtempSync(join(tmpdir(), 'atlas-freshness-'));
const english = join(dir, 'en.mdx');
writeFileSync(english, '---\ncode: NoSuchKey\n---\nBody\n');
const current = revisionOf('---\ncode: NoSuchKey\n---\nBody\n');

describe('translation freshness', () => {
	it('gives a file a short, stable revision, whatever its line endings', () => {
		expect(current).toMatch(/^[0-9a-f]{12}$/);
		expect(revisionOf('---\r\ncode: NoSuchKey\r\n---\r\nBody\r\n')).toBe(current);
		expect(revisionOf('---\ncode: NoSuchKey\n---\nBody changed\n')).not.toBe(current);
	});

	it('finds a translation of an older revision stale, and a current one fresh', () => {
		expect(isStale({ filePath: 'zh.mdx', translates: current, englishFilePath: english })).toBe(
			false,
		);
		expect(
			isStale({ filePath: 'zh.mdx', translates: '000000000000', englishFilePath: english }),
		).toBe(true);
	});

	it('reports each stale page with both revisions and how to mark it', () => {
		const stale = findStale([
			{ filePath: 'zh/a.mdx', translates: current, englishFilePath: english },
			{ filePath: 'zh/b.mdx', translates: '000000000000', englishFilePath: english },
		]);
		expect(stale.map((s) => s.filePath)).toEqual(['zh/b.mdx']);
		const report = formatStaleReport(stale);
		expect(report).toContain(`zh/b.mdx translates 000000000000; ${english} is now ${current}`);
		expect(report).toContain('npm run translations -- --mark');
	});
});
