import { z } from 'astro/zod';
import { sourceIds } from '../data/sources';
import { translationRevision } from './error-entry';

/** A guide page: `content/guides/{en|zh}/{slug}.mdx`, served at `/{lang}/guide/{slug}/`. */
export const guideSchema = z.strictObject({
	/** Page title, in the page's language. */
	title: z.string().trim().min(1),
	/** One or two sentences for search results and the page's description. */
	description: z.string().trim().min(1),
	/** The provider documents the facts come from (keys of `src/data/sources.ts`). */
	sources: z.array(z.enum(sourceIds)).min(1),
	/** Chinese pages: the revision of the English twin this translation follows (see translation freshness). */
	translates: translationRevision.optional(),
});

export type GuideData = z.infer<typeof guideSchema>;
