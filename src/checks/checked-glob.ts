import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { checkErrorEntries, formatProblems, type CheckedEntry } from './content-rules';
import type { ErrorEntryData } from '../schemas/error-entry';

/** Thrown when content breaks a rule; its message lists every problem with file and field. */
export class ContentError extends Error {
	override name = 'ContentError';
}

/**
 * The glob loader for error codes, followed by the cross-file rules of `content-rules.ts`.
 * Running them here, at content sync, fails `astro build`, `astro dev` and `astro check` alike,
 * before any page renders. Entry ids keep the path's case (`en/oss/KMS.DisabledException`):
 * the default id would slugify, and codes are case-sensitive.
 */
export function checkedErrorGlob(base: string): Loader {
	const inner = glob({
		base,
		pattern: '**/*.mdx',
		generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
	});
	return {
		name: 'checked-error-glob',
		load: async (context) => {
			await inner.load(context);
			const entries: CheckedEntry[] = context.store.values().map((entry) => ({
				id: entry.id,
				filePath: entry.filePath ?? entry.id,
				data: entry.data as ErrorEntryData,
				body: entry.body ?? '',
			}));
			const problems = checkErrorEntries(entries);
			if (problems.length > 0) {
				const error = new ContentError(formatProblems(problems));
				// The message says everything; a stack trace into the loader would only bury it.
				error.stack = `${error.name}: ${error.message}`;
				throw error;
			}
		},
	};
}
