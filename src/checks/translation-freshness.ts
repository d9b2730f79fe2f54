import { readFileSync } from 'node:fs';
import { revisionOf } from './revision.mjs';

/** A Chinese page and the English twin it translates. */
export interface Translation {
	/** The Chinese file. */
	filePath: string;
	/** The revision of the English file it records (`translates`). */
	translates: string | undefined;
	/** The English twin's file. */
	englishFilePath: string;
}

export interface StaleTranslation extends Translation {
	/** The English file's revision now. */
	current: string;
}

/** The current revision of a file. Read each time: under `astro dev` the English page changes. */
export function revisionOfFile(filePath: string): string {
	return revisionOf(readFileSync(filePath, 'utf8'));
}

/** Whether a Chinese page translates an older revision of its English twin. */
export function isStale(translation: Translation): boolean {
	return (
		translation.translates !== undefined &&
		translation.translates !== revisionOfFile(translation.englishFilePath)
	);
}

export function findStale(translations: readonly Translation[]): StaleTranslation[] {
	return translations.filter(isStale).map((translation) => ({
		...translation,
		current: revisionOfFile(translation.englishFilePath),
	}));
}

/** The build's report: every stale Chinese page, and how to mark it translated once updated. */
export function formatStaleReport(stale: readonly StaleTranslation[]): string {
	const lines = stale.map(
		(t) => `  ${t.filePath} translates ${t.translates}; ${t.englishFilePath} is now ${t.current}`,
	);
	return [
		`${stale.length} Chinese page${stale.length === 1 ? '' : 's'} translate${stale.length === 1 ? 's' : ''} an older revision of the English page:`,
		...lines,
		'  Update the translation, then: npm run translations -- --mark <file>',
	].join('\n');
}
