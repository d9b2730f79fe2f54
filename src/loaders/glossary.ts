import { z } from 'astro/zod';
import { contentDir } from '../content-io/content-dir';
import { ContentError } from '../content-io/content-error';
import { readYamlFile } from '../content-io/yaml-file';
import { comparedIds, providerIds } from '../data/providers';
import { langs } from '../i18n/locales';
import { glossaryTermSchema, type GlossaryTerm } from '../schemas/glossary';

export const glossaryFile = `${contentDir}/glossary.yaml`;

const glossarySchema = z.record(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), glossaryTermSchema);

/**
 * The glossary (`content/glossary.yaml`): the terminology check and the glossary page read the
 * same terms. Read afresh on each call (once per content sync, once per glossary page), so that
 * `astro dev` sees an edited glossary. A malformed file fails with the file and the term's field
 * named; so does a per-provider rendering that does not name exactly the documented providers.
 */
export function loadGlossary(): Record<string, GlossaryTerm> {
	const glossary = readYamlFile(glossaryFile, glossarySchema, 'the glossary');
	const problems: string[] = [];
	const expected = [...providerIds].sort().join(', ');
	for (const [id, term] of Object.entries(glossary)) {
		for (const lang of langs) {
			const rendering = term[lang];
			if (typeof rendering === 'string') continue;
			const named = Object.keys(rendering).sort().join(', ');
			if (named !== expected) {
				problems.push(
					`  ${glossaryFile} › ${id}.${lang}: a rendering per provider names ${named}; the documented providers are ${expected}`,
				);
			}
		}
		term.avoid.forEach((avoid, index) => {
			if (avoid.provider !== undefined && !comparedIds.includes(avoid.provider)) {
				problems.push(
					`  ${glossaryFile} › ${id}.avoid.${index}.provider: no provider "${avoid.provider}" in content/providers/`,
				);
			}
		});
	}
	if (problems.length > 0) {
		throw new ContentError(`${problems.length} glossary problem(s):\n${problems.join('\n')}`);
	}
	return glossary;
}
