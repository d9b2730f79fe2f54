import type { Problem } from '../checks/content-rules';
import { comparedIds, shortName, type ComparedId } from '../data/providers';
import type { Localized } from '../i18n/locales';
import type { EquivalentGroup, EquivalentsFile } from '../schemas/comparison';

/**
 * The cross-provider comparison, computed from data alone (no Astro): one row per code name,
 * its status at each provider; rows grouped into units, a unit being one code or one group of
 * equivalents. Pages render units; the unit tests check the rules here.
 */

export interface CodeStatus {
	code: string;
	status: number;
	/** A reference provider's own numbers for the code (Cloudflare R2's `10007`…), when it has them. */
	providerCodes?: string[] | undefined;
	/** What the code means, in each language: reference providers, whose codes have no page of ours. */
	meaning?: Localized | undefined;
}

export interface ComparisonInput extends EquivalentsFile {
	/** Every code of every compared provider. */
	codes: Record<ComparedId, readonly CodeStatus[]>;
}

export interface ComparisonRow {
	code: string;
	/** The status at each provider that has this code. */
	statuses: Partial<Record<ComparedId, number>>;
	/** What the code means at each reference provider that says (no page of ours explains it). */
	meanings: Partial<Record<ComparedId, Localized>>;
	/** A reference provider's own numbers for the code. */
	providerCodes: Partial<Record<ComparedId, string[]>>;
	/** Several providers return this code, not all with the same status. */
	statusDiffers: boolean;
	/** The code's note: why the statuses differ, or a nuance. */
	note?: Localized | undefined;
}

export interface ComparisonUnit {
	/** Anchor on the comparison page. */
	anchor: string;
	rows: ComparisonRow[];
	/** The equivalents group, when the unit is one. */
	group?: EquivalentGroup | undefined;
	providers: ComparedId[];
	/** Every status of the unit, ascending. */
	statuses: number[];
	/** The providers disagree on the status: within a row, or across a group. */
	statusDiffers: boolean;
}

export interface ComparisonSummary {
	codes: Record<ComparedId, number>;
	/** Code names returned by two providers or more. */
	shared: number;
	/** Code names returned by every compared provider. */
	inAll: number;
	/** Shared code names whose status differs. */
	statusDiffers: number;
	groups: number;
	/** Groups whose providers answer with different statuses. */
	groupsWithStatusDiffering: number;
}

export interface Comparison {
	units: ComparisonUnit[];
	/** Every row, in unit order. */
	rows: ComparisonRow[];
	/** Every status any provider returns, ascending. */
	statuses: number[];
	summary: ComparisonSummary;
	/** The unit of a code at a provider. */
	unitOf(provider: ComparedId, code: string): ComparisonUnit | undefined;
}

import { codeAnchor, groupAnchor } from './anchors';

export { codeAnchor, groupAnchor };

const byName = (a: string, b: string) =>
	a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);

/** Statuses of each code name, across providers. */
function statusesByName(codes: ComparisonInput['codes']): Map<string, ComparisonRow['statuses']> {
	const names = new Map<string, ComparisonRow['statuses']>();
	for (const [provider, list] of Object.entries(codes)) {
		for (const { code, status } of list) {
			const statuses = names.get(code) ?? {};
			statuses[provider] = status;
			names.set(code, statuses);
		}
	}
	return names;
}

const distinct = (values: Iterable<number>) => [...new Set(values)].sort((a, b) => a - b);

const statusesOf = (statuses: ComparisonRow['statuses']) =>
	Object.values(statuses).filter((status) => status !== undefined);

const differs = (statuses: ComparisonRow['statuses']) => distinct(statusesOf(statuses)).length > 1;

const groupNames = (group: EquivalentGroup) =>
	[...new Set(comparedIds.flatMap((provider) => group.codes[provider] ?? []))].sort(byName);

/** Per code name, what each provider says of it beyond its status (meaning, own numbers). */
function factsByName(codes: ComparisonInput['codes']) {
	const facts = new Map<string, Pick<ComparisonRow, 'meanings' | 'providerCodes'>>();
	for (const [provider, list] of Object.entries(codes)) {
		for (const { code, meaning, providerCodes } of list) {
			const row = facts.get(code) ?? { meanings: {}, providerCodes: {} };
			if (meaning) row.meanings[provider] = meaning;
			if (providerCodes?.length) row.providerCodes[provider] = providerCodes;
			facts.set(code, row);
		}
	}
	return facts;
}

export function buildComparison(input: ComparisonInput): Comparison {
	const names = statusesByName(input.codes);
	const facts = factsByName(input.codes);
	const rowOf = (code: string): ComparisonRow => {
		const statuses = names.get(code) ?? {};
		const statusDiffers = differs(statuses);
		return {
			code,
			statuses,
			meanings: facts.get(code)?.meanings ?? {},
			providerCodes: facts.get(code)?.providerCodes ?? {},
			statusDiffers,
			note: statusDiffers ? input.notes[code] : undefined,
		};
	};
	const unitOf = (
		anchor: string,
		rows: ComparisonRow[],
		group?: EquivalentGroup,
	): ComparisonUnit => {
		const statuses = distinct(rows.flatMap((row) => statusesOf(row.statuses)));
		return {
			anchor,
			rows,
			group,
			providers: comparedIds.filter((p) => rows.some((row) => row.statuses[p] !== undefined)),
			statuses,
			statusDiffers: rows.some((row) => row.statusDiffers) || statuses.length > 1,
		};
	};

	const grouped = new Set<string>();
	const units: ComparisonUnit[] = input.equivalents.map((group) => {
		const groupRows = groupNames(group).map(rowOf);
		for (const row of groupRows) grouped.add(row.code);
		return unitOf(groupAnchor(group.id), groupRows, group);
	});
	for (const code of names.keys()) {
		if (!grouped.has(code)) units.push(unitOf(codeAnchor(code), [rowOf(code)]));
	}
	units.sort((a, b) => byName(a.rows[0]?.code ?? '', b.rows[0]?.code ?? ''));

	const index = new Map<string, ComparisonUnit>();
	for (const unit of units) for (const row of unit.rows) index.set(row.code, unit);

	const rows = units.flatMap((unit) => unit.rows);
	const providerCount = (row: ComparisonRow) => Object.keys(row.statuses).length;
	return {
		units,
		rows,
		statuses: distinct(units.flatMap((unit) => unit.statuses)),
		summary: {
			codes: Object.fromEntries(
				Object.entries(input.codes).map(([p, list]) => [p, list.length]),
			) as Record<ComparedId, number>,
			shared: rows.filter((row) => providerCount(row) > 1).length,
			inAll: rows.filter((row) => providerCount(row) === Object.keys(input.codes).length).length,
			statusDiffers: rows.filter((row) => row.statusDiffers).length,
			groups: input.equivalents.length,
			groupsWithStatusDiffering: units.filter((unit) => unit.group && unit.statusDiffers).length,
		},
		unitOf: (provider, code) => {
			const unit = index.get(code);
			return unit?.rows.some((row) => row.code === code && row.statuses[provider] !== undefined)
				? unit
				: undefined;
		},
	};
}

/** The same code, or one of its reviewed equivalents, at another compared provider. */
export interface Counterpart {
	provider: ComparedId;
	code: string;
	status: number;
	/** What the code means there, when that provider is a reference column (no page of ours). */
	meaning?: Localized | undefined;
	/** The same code name as the one asked about (else an equivalent of its group). */
	same: boolean;
}

/**
 * A code's counterparts at every other compared provider, in the comparison's order: the code
 * page's "Other providers" and the JSON catalogue list the same ones.
 */
export function counterpartsOf(
	comparison: Comparison,
	provider: ComparedId,
	code: string,
): Counterpart[] {
	return (comparison.unitOf(provider, code)?.rows ?? []).flatMap((row) =>
		comparedIds
			.filter((id) => id !== provider && row.statuses[id] !== undefined)
			.map((id) => ({
				provider: id,
				code: row.code,
				status: row.statuses[id] as number,
				meaning: row.meanings[id],
				same: row.code === code,
			})),
	);
}

/** "OSS 400, OBS 408, S3 400": a row's statuses, for messages to authors. */
export function describeStatuses(row: Pick<ComparisonRow, 'statuses'>): string {
	return comparedIds
		.filter((p) => row.statuses[p] !== undefined)
		.map((p) => `${shortName(p)} ${row.statuses[p]}`)
		.join(', ');
}

/**
 * The rules of the comparison's content, reported by file and field like every content rule:
 * groups name real codes, each code in one group at most, a group pairs differently named codes,
 * and every shared code whose statuses differ has a note.
 */
export function checkComparison(input: ComparisonInput, file: string): Problem[] {
	const problems: Problem[] = [];
	const report = (field: string, message: string) => problems.push({ file, field, message });
	const names = statusesByName(input.codes);

	const seenIds = new Set<string>();
	const groupOfName = new Map<string, string>();
	input.equivalents.forEach((group, index) => {
		const where = `equivalents[${index}]`;
		if (seenIds.has(group.id)) report(`${where}.id`, `"${group.id}" is used twice`);
		seenIds.add(group.id);
		for (const provider of comparedIds) {
			for (const code of group.codes[provider] ?? []) {
				if (!(input.codes[provider] ?? []).some((entry) => entry.code === code)) {
					report(`${where}.codes.${provider}`, `${shortName(provider)} has no code ${code}`);
				}
				const other = groupOfName.get(code);
				if (other !== undefined && other !== group.id) {
					report(`${where}.codes.${provider}`, `${code} is already in the group "${other}"`);
				}
				groupOfName.set(code, group.id);
			}
		}
		if (groupNames(group).length < 2) {
			report(
				`${where}.codes`,
				'every code has the same name: identical codes are paired without a group; a note on one code goes under "notes"',
			);
		}
	});

	for (const [code, statuses] of names) {
		if (differs(statuses) && !input.notes[code]) {
			report(
				'notes',
				`${code} has different statuses (${describeStatuses({ statuses })}): explain it under notes.${code}`,
			);
		}
	}
	for (const code of Object.keys(input.notes)) {
		if (!names.has(code)) report(`notes.${code}`, `no provider has a code ${code}`);
	}
	return problems;
}
