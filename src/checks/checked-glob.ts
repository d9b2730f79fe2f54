import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { ContentError } from '../content-io/content-error';
import { formatProblems, pairTwins, type Problem } from './content-rules';
import { findStale, formatStaleReport, type Translation } from './translation-freshness';

/** A loaded MDX file, as the checks see it. */
export interface LoadedFile<Data> {
	/** Path below the collection base without extension, case kept: `en/oss/KMS.DisabledException`. */
	id: string;
	/** Path relative to the project root. */
	filePath: string;
	data: Data;
	body: string;
}

/**
 * The glob loader followed by the collection's rules. Running them here, at content sync, fails
 * `astro build`, `astro dev` and `astro sync` alike, before any page renders, with every problem
 * listed by file and field. It then reports Chinese pages whose English twin changed since they
 * were translated. Entry ids keep the path's case: the default id would slugify, and codes are
 * case-sensitive.
 */
export function checkedGlob<Data extends { translates?: string | undefined }>(options: {
	base: string;
	check: (entries: LoadedFile<Data>[]) => Problem[];
}): Loader {
	const inner = glob({
		base: options.base,
		pattern: '**/*.mdx',
		generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
	});
	return {
		name: 'checked-glob',
		load: async (context) => {
			// Astro keeps entries between runs and reuses one whose file is unchanged, path and all.
			// After a run over another tree (ATLAS_CONTENT_DIR: fixtures, the benchmark), entries of
			// that tree would linger: drop every stored entry that is not below this base.
			const root = fileURLToPath(context.config.root);
			const base = relative(root, resolve(root, options.base));
			for (const entry of context.store.values()) {
				if (!entry.filePath?.startsWith(`${base}/`)) context.store.delete(entry.id);
			}
			await inner.load(context);
			const entries: LoadedFile<Data>[] = context.store.values().map((entry) => ({
				id: entry.id,
				filePath: entry.filePath ?? entry.id,
				data: entry.data as Data,
				body: entry.body ?? '',
			}));
			const problems = options.check(entries);
			if (problems.length > 0) throw new ContentError(formatProblems(problems));

			// Missing twins were reported above (the rules pair them too); translations are the pairs.
			const translations: Translation[] = pairTwins(entries, options.base).pairs.map(
				([english, translation]) => ({
					filePath: translation.filePath,
					translates: translation.data.translates,
					englishFilePath: english.filePath,
				}),
			);
			const stale = findStale(translations);
			if (stale.length > 0) context.logger.warn(formatStaleReport(stale));
		},
	};
}
