import { z } from 'astro/zod';
import { comparedIds } from '../data/providers';
import { localizedText } from '../i18n/localized-text';
import { codePattern, messageIdPattern } from './error-entry';

/** A short note in each language. */
const localizedNote = localizedText;
const codeList = z.array(z.string().regex(codePattern, 'not a code name')).min(1);

/**
 * One condition that providers report with differently named codes (`content/comparison/equivalents.yaml`).
 * The comparison shows the group's codes together; each code page links the others.
 */
export const equivalentGroupSchema = z.strictObject({
	/** Anchor of the group on the comparison page: never rename one (tickets link it). */
	id: z.string().regex(messageIdPattern, 'use lower-case words joined by hyphens'),
	/** The codes of each provider (documented or reference, by registry id); at least two providers. */
	codes: z
		.strictObject(
			Object.fromEntries(comparedIds.map((id) => [id, codeList.optional()])) as Record<
				string,
				z.ZodOptional<typeof codeList>
			>,
		)
		.refine((codes) => Object.values(codes).filter(Boolean).length >= 2, {
			message: 'a group needs codes of at least two providers',
		}),
	/** What the codes have in common and what differs, in each language. */
	note: localizedNote,
});

export const equivalentsFileSchema = z.strictObject({
	equivalents: z.array(equivalentGroupSchema).default([]),
	/**
	 * Notes on single code names, shown in their comparison row and on their code pages. Every code
	 * that several providers share with different HTTP statuses needs one (what that means in
	 * practice); other codes may have one (a nuance such as a region where S3 answers otherwise).
	 */
	notes: z.record(z.string().regex(codePattern, 'not a code name'), localizedNote).default({}),
});

export type EquivalentGroup = z.infer<typeof equivalentGroupSchema>;
export type EquivalentsFile = z.infer<typeof equivalentsFileSchema>;
