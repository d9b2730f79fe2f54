import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { ContentError } from '../checks/content-error';
import { glossaryTermSchema, type GlossaryTerm } from '../schemas/glossary';
import { contentDir } from './content-dir';

export const glossaryFile = `${contentDir}/glossary.yaml`;

/**
 * The glossary (`content/glossary.yaml`): the terminology check and the glossary page read the
 * same terms. Read afresh on each call (once per content sync, once per glossary page), so that
 * `astro dev` sees an edited glossary. A malformed file fails with the file and the term's field named.
 */
export function loadGlossary(): Record<string, GlossaryTerm> {
	let raw: unknown;
	try {
		raw = parse(readFileSync(glossaryFile, 'utf8'));
	} catch (error) {
		throw new ContentError(`${glossaryFile}: ${(error as Error).message}`);
	}
	const result = z
		.record(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), glossaryTermSchema)
		.safeParse(raw);
	if (!result.success) {
		const lines = result.error.issues.map(
			(issue) => `  ${glossaryFile} › ${issue.path.join('.')}: ${issue.message}`,
		);
		throw new ContentError(
			`${result.error.issues.length} glossary problem(s):\n${lines.join('\n')}`,
		);
	}
	return result.data;
}
