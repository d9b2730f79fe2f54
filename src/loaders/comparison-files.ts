import { ContentError } from '../content-io/content-error';
import type { CodeStatus, ComparisonInput } from '../comparison/model';
import {
	getProvider,
	providerIds,
	referenceIds,
	type ComparedId,
	type ProviderId,
} from '../data/providers';
import { parseYaml, readContentFile, readYamlFile } from '../content-io/yaml-file';
import { z } from 'astro/zod';
import { localizedText } from '../i18n/localized-text';
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

/** The header of a reference table: code and status, and optionally the provider's own numbers. */
const headers = ['code,http_status', 'code,http_status,provider_codes'];

/** What is wrong with one row, if anything. */
function checkRow(line: string, seen: ReadonlySet<string>, cells: number): string | undefined {
	if (line.trim() === '') return undefined;
	const [code = '', status = '', numbers = '', ...rest] = line
		.split(',')
		.map((cell) => cell.trim());
	if (rest.length > 0 || (cells === 2 && numbers))
		return cells === 2 ? 'expected two cells, code and status' : 'expected at most three cells';
	if (numbers && !/^\d+( \d+)*$/.test(numbers))
		return `provider_codes "${numbers}" must be numbers separated by single spaces`;
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
	const header = lines[0]?.trim() ?? '';
	if (!headers.includes(header)) {
		problems.push(`  ${file}:1: the header must be "${headers.join('" or "')}"`);
	}
	const cells = header.split(',').length;
	const rows: CodeStatus[] = [];
	const seen = new Set<string>();
	lines.slice(1).forEach((line, index) => {
		const problem = checkRow(line, seen, cells);
		if (problem) problems.push(`  ${file}:${index + 2}: ${problem}`);
		else if (line.trim() !== '') {
			const [code = '', status = '', numbers = ''] = line.split(',').map((cell) => cell.trim());
			seen.add(code);
			rows.push({
				code,
				status: Number(status),
				...(numbers ? { providerCodes: numbers.split(' ') } : {}),
			});
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
	return parseYaml(source, file, equivalentsFileSchema, 'the equivalents');
}

const meaningsSchema = z.record(z.string().regex(codePattern, 'not a code name'), localizedText);

/** A reference provider's file of meanings (`meanings:` of its record), if it has one. */
export const meaningsFile = (id: ComparedId) => {
	const name = getProvider(id).meanings;
	return name ? `${contentDir}/comparison/${name}` : undefined;
};

/**
 * A reference provider's meanings (`meanings:` of its record) joined to its table: every code of
 * the table has one and no other code does, or the build stops naming the codes.
 */
function withMeanings(id: ComparedId, rows: CodeStatus[]): CodeStatus[] {
	const file = meaningsFile(id);
	if (!file) return rows;
	const meanings = readYamlFile(file, meaningsSchema, `the meanings of ${id}'s codes`);
	const codes = new Set(rows.map((row) => row.code));
	const problems = [
		...rows
			.filter((row) => !meanings[row.code])
			.map((row) => `  ${file} › ${row.code}: missing (the table lists it)`),
		...Object.keys(meanings)
			.filter((code) => !codes.has(code))
			.map((code) => `  ${file} › ${code}: not a code of ${referenceCodesFile(id)}`),
	];
	if (problems.length > 0) {
		throw new ContentError(
			`${problems.length} problem(s) in the meanings of ${id}:\n${problems.join('\n')}`,
		);
	}
	return rows.map((row) => ({ ...row, meaning: meanings[row.code] }));
}

/**
 * The comparison's own content: the reference tables and the reviewed equivalents. Read afresh
 * on each call (once per content sync and once per build), so `astro dev` sees edits.
 */
export function loadComparisonFiles(): ComparisonFiles {
	return {
		references: Object.fromEntries(
			referenceIds.map((id) => {
				const file = referenceCodesFile(id);
				return [id, withMeanings(id, parseReferenceCodes(readContentFile(file), file))];
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
