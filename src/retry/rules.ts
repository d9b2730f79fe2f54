import type { RetryRules } from '../schemas/retry';

/**
 * Whether an SDK retries an error response by itself, computed from its rules (pure: the code
 * pages, the comparison's filter and the tests use it alike).
 */
export interface RetryAnswer {
	retried: boolean;
	/** What changed for this code between versions of the SDK, in each language. */
	history: { en: string; zh: string }[];
	/** What matched: the status, a status range, or the code. */
	because?: 'status' | 'code' | undefined;
	/** Attempts in all, with the SDK's defaults, when it retries. */
	attempts?: number | undefined;
}

export function retryAnswer(rules: RetryRules, code: string, status: number): RetryAnswer {
	const { retries, maxAttempts } = rules;
	const history = rules.history
		.filter(({ applies }) => applies.statuses.includes(status) || applies.codes.includes(code))
		.map(({ en, zh }) => ({ en, zh }));
	const byCode = retries.codes.some(
		(rule) => rule.code === code && (rule.status === undefined || rule.status === status),
	);
	const byStatus =
		retries.statuses.includes(status) ||
		retries.statusRanges.some((range) => status >= range.from && status <= range.to);
	if (!byCode && !byStatus) return { retried: false, history };
	return { retried: true, because: byCode ? 'code' : 'status', attempts: maxAttempts, history };
}

/** Of `sdks`, those that retry the code at this status by themselves. */
export function sdksRetrying<S extends RetryRules>(
	sdks: readonly S[],
	code: string,
	status: number,
): S[] {
	return sdks.filter((sdk) => retryAnswer(sdk, code, status).retried);
}

/**
 * What to do when no SDK retries for you, by the status's class: a client error fails the same
 * way when resent unchanged; a conflict may clear when the resource's state changes; throttling
 * and server errors may clear after a pause.
 */
export type Advice = 'fix-request' | 'wait-for-state' | 'back-off';

export function adviceFor(status: number): Advice {
	if (status === 408 || status === 429 || status >= 500) return 'back-off';
	if (status === 409) return 'wait-for-state';
	return 'fix-request';
}
