import { z } from 'astro/zod';
import { localizedText } from '../i18n/localized-text';
import { codePattern } from './error-entry';

const text = z.string().trim().min(1);
const status = z.number().int().min(100).max(599);

/**
 * One SDK's automatic retries (`content/sdk-retry/{id}.yaml`), as read from its source code: which
 * responses it retries by itself, how often, with what backoff, and where that was read. The
 * answer for a code is computed from these rules (src/retry/rules.ts), never written per page.
 */
export const retryRulesSchema = z.strictObject({
	/** Position in every list of SDKs. */
	order: z.number().int(),
	name: localizedText,
	language: text,
	/** Attempts in all, the first one included, with the SDK's defaults. */
	maxAttempts: z.number().int().min(1),
	/** The responses it retries: any status listed or in a range, any code listed (at that status, when given). */
	retries: z
		.strictObject({
			statuses: z.array(status).default([]),
			statusRanges: z.array(z.strictObject({ from: status, to: status })).default([]),
			codes: z
				.array(z.strictObject({ code: z.string().regex(codePattern), status: status.optional() }))
				.default([]),
			connectionErrors: z.boolean().default(false),
		})
		.default({ statuses: [], statusRanges: [], codes: [], connectionErrors: false }),
	backoff: localizedText.optional(),
	/** How a developer changes the mode or the number of attempts. */
	configure: localizedText,
	/**
	 * Behaviour that changed between versions, said with the version or date; `applies` names the
	 * statuses and codes it concerns, so a code page says it where it matters.
	 */
	history: z
		.array(
			z.strictObject({
				applies: z.strictObject({
					statuses: z.array(status).default([]),
					codes: z.array(z.string().regex(codePattern)).default([]),
				}),
				en: text,
				zh: text,
			}),
		)
		.default([]),
	provenance: z.strictObject({
		repository: text,
		file: text,
		commit: z
			.string()
			.regex(/^[0-9a-f]{7,40}$/)
			.optional(),
		date: z
			.string()
			.regex(/^\d{4}-\d{2}-\d{2}$/, "a date as 'YYYY-MM-DD', quoted")
			.optional(),
		note: text.optional(),
	}),
});

export type RetryRules = z.infer<typeof retryRulesSchema>;
