import { parse } from 'yaml';
import { ContentError } from '../content-io/content-error';
import type { CodeStatus, ComparisonInput } from '../comparison/model';
import {
	getProvider,
	providerIds,
	referenceIds,
	type ComparedId,
	type ProviderId,
} from '../data/providers';
import { readContentFile } from '../content-io/yaml-file';
import { codePattern } from '../schemas/error-entry';
import { equivalentsFileSchema, type EquivalentsFile } from '../schemas/comparison';
import { isKnownStatus } from '../data/http-statuses';
import { contentDir } from '../content-io/content-dir';

export const equivalentsFile = `${contentDir}/comparison/equivalents.yaml`;

/** A reference provider's table of codes (`codes:` in its registry record). */
export const referenceCodesFile = (id: ComparedId) =>
	`${contentDir}/comparison/${getProvider(id).codes ?? `${id}-error-codes.csv`}`;

export interface ComparisonFiles extends EquivalentsFile {
	/** Each reference provider's codes and statuses, in file order. */
	references: Record<ComparedId, CodeStatus[]>;
}

/** What is wrong with one row, if anything. */
function checkRow(line: string, seen: ReadonlySet<string>): string | undefined {
	if (line.trim() === '') return undefined;
	const [code = '', status = '', ...rest] = line.split(',').map((cell) => cell.trim());
	if (rest.length > 0) return 'expected two cells, code and status';
	if (!codePattern.test(code)) return `"${code}" is not a code name`;
	if (seen.has(code)) return `${code} is listed twice`;
	if (!/^\d{3}$/.test(status) || !isKnownStatus(Number(status))) {
		return `status "${status}" is not one of src/data/http-statuses.ts: add its meaning there first`;
	}
	return undefined;
}

/**
 * `code,http_status` rows, one per code. Every row is checked; all problems are reported at once,
 * by line, so a bad edit to the reference table is found before any page is built.
 */
export function parseReferenceCodes(csv: string, file: string): CodeStatus[] {
	const lines = csv.split(/\r?\n/);
	const problems: string[] = [];
	if (lines[0]?.trim() !== 'code,http_status') {
		problems.push(`  ${file}:1: the header must be "code,http_status"`);
	}
	const rows: CodeStatus[] = [];
	const seen = new Set<string>();
	lines.slice(1).forEach((line, index) => {
		const problem = checkRow(line, seen);
		if (problem) problems.push(`  ${file}:${index + 2}: ${problem}`);
		else if (line.trim() !== '') {
			const [code = '', status = ''] = line.split(',').map((cell) => cell.trim());
			seen.add(code);
			rows.push({ code, status: Number(status) });
		}
	});
	if (problems.length > 0) {
		throw new ContentError(
			`${problems.length} problem(s) in the reference table ${file}:\n${problems.join('\n')}`,
		);
	}
	return rows;
}

export function parseEquivalents(source: string, file = equivalentsFile): EquivalentsFile {
	let raw: unknown;
	try {
		raw = parse(source);
	} catch (error) {
		throw new ContentError(`${file}: ${(error as Error).message}`);
	}
	const result = equivalentsFileSchema.safeParse(raw ?? {});
	if (!result.success) {
		const lines = result.error.issues.map(
			(issue) => `  ${file} › ${issue.path.join('.')}: ${issue.message}`,
		);
		throw new ContentError(`${lines.length} problem(s) in the equivalents:\n${lines.join('\n')}`);
	}
	return result.data;
}

/**
 * The comparison's own content: the S3 reference table and the reviewed equivalents. Read afresh
 * on each call (once per content sync and once per build), so `astro dev` sees edits.
 */
export function loadComparisonFiles(): ComparisonFiles {
	return {
		references: Object.fromEntries(
			referenceIds.map((id) => {
				const file = referenceCodesFile(id);
				return [id, parseReferenceCodes(readContentFile(file), file)];
			}),
		),
		...parseEquivalents(readContentFile(equivalentsFile)),
	};
}

/** Each provider's codes with their statuses, from error entries of one language. */
export function codeStatusesOf(
	entries: readonly { provider: ProviderId; code: string; status: number }[],
): Record<ProviderId, CodeStatus[]> {
	return Object.fromEntries(
		providerIds.map((provider) => [
			provider,
			entries
				.filter((entry) => entry.provider === provider)
				.map(({ code, status }) => ({ code, status })),
		]),
	) as Record<ProviderId, CodeStatus[]>;
}

/** Our codes (as the English pages list them; the twin rule makes them the same in Chinese) and the comparison files. */
export function comparisonInput(
	ours: Record<ProviderId, readonly CodeStatus[]>,
	files: ComparisonFiles,
): ComparisonInput {
	const { references, ...equivalents } = files;
	return { ...equivalents, codes: { ...ours, ...references } };
}
