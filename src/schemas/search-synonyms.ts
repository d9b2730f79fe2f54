import { z } from 'astro/zod';
import { langs, type Lang } from '../i18n/locales';

const word = z.string().trim().min(1);

/**
 * One entry of `content/search-synonyms.yaml`: words readers type in one language, and the words
 * the pages use for them — written out (`pages`) or a glossary term's renderings (`term`).
 */
export const searchSynonymSchema = z
	.strictObject({
		lang: z.enum(langs as [Lang, ...Lang[]]),
		typed: z.array(word).min(1),
		pages: z.array(word).min(1).optional(),
		term: word.optional(),
	})
	.refine((entry) => (entry.pages === undefined) !== (entry.term === undefined), {
		message: 'give the pages’ words either as `pages` or as a glossary `term`, one of the two',
	});

export const searchSynonymsSchema = z.array(searchSynonymSchema);

export type SearchSynonym = z.infer<typeof searchSynonymSchema>;
