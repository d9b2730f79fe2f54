import type { ComparedId } from '../data/providers';
import type { Localized } from '../i18n/locales';
import type { IndexedProvider } from './code-index';

/**
 * What the decoder knows of the reference providers (Amazon S3, Cloudflare R2: comparison
 * columns, no pages of ours): what identifies each in a paste, and for every code one of them
 * returns, its status, its meaning and the provider's own numbers at each. Served as
 * `/references.json`, fetched by the decoder page only, so that a paste from R2 is read as R2's
 * error with the meaning the comparison gives it.
 */
export interface ReferenceIndex {
	providers: Record<ComparedId, IndexedProvider>;
	codes: Record<string, ReferenceCode>;
}

/** One code name at the reference providers that return it. */
export interface ReferenceCode {
	statuses: Partial<Record<ComparedId, number>>;
	meanings: Partial<Record<ComparedId, Localized>>;
	providerCodes: Partial<Record<ComparedId, string[]>>;
}

/** A row of the comparison, as the index needs it. */
export interface ReferenceRow extends ReferenceCode {
	code: string;
}

/** The index of the comparison's rows that some reference provider returns (only their columns). */
export function buildReferenceIndex(
	providers: Readonly<Record<ComparedId, IndexedProvider>>,
	rows: readonly ReferenceRow[],
): ReferenceIndex {
	const ids = Object.keys(providers);
	const pick = <T>(record: Partial<Record<ComparedId, T>>) =>
		Object.fromEntries(ids.flatMap((id) => (record[id] === undefined ? [] : [[id, record[id]]])));
	const codes: Record<string, ReferenceCode> = {};
	for (const row of rows) {
		if (!ids.some((id) => row.statuses[id] !== undefined)) continue;
		codes[row.code] = {
			statuses: pick(row.statuses),
			meanings: pick(row.meanings),
			providerCodes: pick(row.providerCodes),
		};
	}
	return { providers: { ...providers }, codes };
}
