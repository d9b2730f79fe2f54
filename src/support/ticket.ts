import { interpolate } from '../strings/interpolate';

/**
 * "Copy for ticket": a short Markdown block a support engineer pastes into a ticket. Built at
 * build time in the page's language, so the copy script only writes a string to the clipboard.
 */
export interface TicketFacts {
	code: string;
	/** Provider short name: OSS, OBS. */
	provider: string;
	status: number;
	reason: string;
	/** The message, verbatim. */
	message: string;
	/** The one-line cause, in the page's language. */
	cause: string;
	/** Absolute URL of the message on our site. */
	url: string;
	/** The SDKs that retry this error by themselves, listed in the page's language; empty: none does. */
	retriedBy: string;
}

/** The language's templates: `{code}`, `{provider}`, `{status}`, `{reason}`, `{cause}`, `{url}`. */
export interface TicketTemplates {
	heading: string;
	cause: string;
	link: string;
	/** `{sdks}`: the SDKs that retry it; and the line when none does. */
	retries: string;
	noRetries: string;
}

const fill = (template: string, facts: TicketFacts) => interpolate(template, { ...facts });

/** A quote of one line: Markdown would otherwise run a `>` quote into the next paragraph. */
const quote = (text: string) => `> ${text.replace(/\s*\n\s*/g, ' ')}`;

/** What every ticket opens with: the code, provider and status, then the message, when known. */
export type TicketHead = Pick<TicketFacts, 'code' | 'provider' | 'status' | 'reason'> & {
	message?: string | undefined;
};

/**
 * The head of a ticket — `heading` filled, the message quoted — and a blank line: the code page's
 * ticket and the decoder's begin alike.
 */
export function ticketHead(facts: TicketHead, heading: string): string[] {
	return [
		interpolate(heading, {
			code: facts.code,
			provider: facts.provider,
			status: facts.status,
			reason: facts.reason,
		}),
		...(facts.message ? [quote(facts.message)] : []),
		'',
	];
}

export function ticketMarkdown(facts: TicketFacts, templates: TicketTemplates): string {
	return [
		...ticketHead(facts, templates.heading),
		fill(templates.cause, facts),
		facts.retriedBy
			? interpolate(templates.retries, { sdks: facts.retriedBy })
			: templates.noRetries,
		fill(templates.link, facts),
	].join('\n');
}
