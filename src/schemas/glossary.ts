import { z } from 'astro/zod';
import { byLang, langs, type Lang } from '../i18n/locales';
import { localizedText } from '../i18n/localized-text';

const text = z.string().trim().min(1);

/**
 * How one language writes a term: one rendering for every provider, or one per documented
 * provider where their own documentation differs (OSS `Bucket`, OBS `桶`). The loader checks
 * that a per-provider rendering names exactly the registry's documented providers.
 */
const rendering = z.union([text, z.record(z.string(), text)]);

/** One glossary term: how each language writes it, what it means, and the spellings to avoid. */
export const glossaryTermSchema = z.strictObject({
	...byLang(() => rendering),
	/** One line: what the term means, in each language. */
	definition: localizedText,
	/**
	 * Other ways of writing the term that pages must not use; the terminology check flags each
	 * one found. `provider` limits an entry to that provider's pages.
	 */
	avoid: z
		.array(
			z.strictObject({
				text,
				lang: z.enum(langs as [Lang, ...Lang[]]),
				provider: z.string().optional(),
			}),
		)
		.default([]),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type Rendering = z.infer<typeof rendering>;
