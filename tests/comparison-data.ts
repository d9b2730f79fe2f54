import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildComparison } from '../src/comparison/model';
import { comparisonInput, loadComparisonFiles } from '../src/data/comparison-files';
import type { ProviderId } from '../src/data/providers';

/**
 * The comparison as the tests expect it, built from the content files read directly (not through
 * Astro): unit tests check the model against it, end-to-end tests check the pages.
 */
export function ourCodes(): Record<ProviderId, { code: string; status: number }[]> {
	const codes: Record<ProviderId, { code: string; status: number }[]> = { oss: [], obs: [] };
	for (const provider of ['oss', 'obs'] as const) {
		const dir = new URL(`../content/errors/en/${provider}/`, import.meta.url);
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
			const data = parse(readFileSync(new URL(file, dir), 'utf8').split(/^---$/m)[1] ?? '');
			codes[provider].push({ code: data.code, status: data.status });
		}
	}
	return codes;
}

export function expectedComparison() {
	const ours = ourCodes();
	const files = loadComparisonFiles();
	const input = comparisonInput(ours, files);
	return { ours, files, input, comparison: buildComparison(input) };
}
