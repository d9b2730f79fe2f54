import { defineCollection } from 'astro:content';
import { checkedErrorGlob } from './checks/checked-glob';
import { errorEntrySchema } from './schemas/error-entry';

/**
 * The content root. `ATLAS_CONTENT_DIR` points a build at another tree (test fixtures, the
 * benchmark's synthetic content); a normal build reads `./content`.
 */
const contentDir = process.env['ATLAS_CONTENT_DIR'] ?? './content';

/**
 * One MDX file per (language, provider, code): `content/errors/{en|zh}/{provider}/{Code}.mdx`.
 * The frontmatter schema is documented field by field in `src/schemas/error-entry.ts`.
 */
const errors = defineCollection({
	loader: checkedErrorGlob(`${contentDir}/errors`),
	schema: errorEntrySchema,
});

export const collections = { errors };
