import { z } from 'astro/zod';
import { providerIds } from '../data/providers';

const text = z.string().trim().min(1);

/** One glossary term: how each language writes it, what it means, and the spellings to avoid. */
export const glossaryTermSchema = z.strictObject({
	/** The term as English pages write it (lower case unless it is a name: `bucket`, `AccessKey ID`). */
	en: text,
	/**
	 * How Chinese pages write it: one rendering for both providers, or one per provider where
	 * their own documentation differs (OSS `Bucket`, OBS `桶`).
	 */
	zh: z.union([text, z.strictObject({ oss: text, obs: text })]),
	/** One line: what the term means, in each language. */
	definition: z.strictObject({ en: text, zh: text }),
	/**
	 * Other ways of writing the term that pages must not use; the terminology check flags each
	 * one found. `provider` limits an entry to that provider's pages.
	 */
	avoid: z
		.array(
			z.strictObject({
				text,
				lang: z.enum(['en', 'zh']),
				provider: z.enum(providerIds).optional(),
			}),
		)
		.default([]),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
