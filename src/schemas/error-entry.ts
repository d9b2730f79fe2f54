import { z } from 'astro/zod';
import { httpStatuses, isKnownStatus } from '../data/http-statuses';
import { providerIds } from '../data/providers';
import { sourceIds } from '../data/sources';

/** An error code exactly as the service returns it: letters and digits, dots between parts. */
export const codePattern = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$/;

/** The revision of an English file that a translation follows: 12 hex digits. */
export const translationRevision = z
	.string()
	.regex(/^[0-9a-f]{12}$/, 'a revision is 12 hex digits');

/** A message anchor: lower-case words joined by hyphens. */
export const messageIdPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const messageSchema = z.strictObject({
	/**
	 * The message's anchor on its code page (`#id`). Support tickets link to it: to rename one,
	 * keep the old id in `formerIds`.
	 */
	id: z
		.string()
		.regex(messageIdPattern, 'use lower-case words joined by hyphens, e.g. "name-taken"'),
	/**
	 * Ids this message had before (`#old-id` links in tickets keep working): when an id must change,
	 * move the old one here. The page keeps an anchor for each.
	 */
	formerIds: z
		.array(z.string().regex(messageIdPattern, 'use lower-case words joined by hyphens'))
		.default([]),
	/** The message exactly as the service sends it, in English on every page: users search for it. */
	text: z.string().trim().min(1),
	/** Other wordings of the same message that the service is documented to send. */
	variants: z.array(z.string().trim().min(1)).default([]),
	/** One line, in the page's language: why the service sends this message (quick-reference tables). */
	cause: z.string().trim().min(1),
});

export const errorEntrySchema = z.strictObject({
	/** Which service returns this code. */
	provider: z.enum(providerIds),
	/** The code exactly as the service returns it, e.g. `KMS.DisabledException`. Also the file name. */
	code: z.string().regex(codePattern, 'a code is letters and digits, with dots between parts'),
	/** The HTTP status the code comes with. Must be one of `src/data/http-statuses.ts`. */
	status: z
		.number()
		.int()
		.refine(isKnownStatus, {
			message: `unknown HTTP status: add it to src/data/http-statuses.ts (known: ${Object.keys(httpStatuses).join(', ')})`,
		}),
	/** One sentence, in the page's language: what the code means (page description, lists, search). */
	summary: z.string().trim().min(1),
	/** Every distinct message the code comes with, each its own section and anchor on the page. */
	messages: z.array(messageSchema).min(1),
	/** Codes of the same provider worth reading next. */
	related: z.array(z.string().regex(codePattern)).default([]),
	/** The provider documents the facts come from (keys of `src/data/sources.ts`). */
	sources: z.array(z.enum(sourceIds)).min(1),
	/** Where this page corrects or departs from its source, in the page's language. */
	sourceNotes: z.array(z.string().trim().min(1)).default([]),
	/**
	 * Chinese pages only: the revision of the English twin this translation follows
	 * (`npm run translations -- --mark <file>` writes it). When the English page changes,
	 * the build lists the Chinese page as stale and the page shows a notice.
	 */
	translates: translationRevision.optional(),
});

export type ErrorEntryData = z.infer<typeof errorEntrySchema>;
