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

export function ticketMarkdown(facts: TicketFacts, templates: TicketTemplates): string {
	return [
		fill(templates.heading, facts),
		quote(facts.message),
		'',
		fill(templates.cause, facts),
		facts.retriedBy
			? interpolate(templates.retries, { sdks: facts.retriedBy })
			: templates.noRetries,
		fill(templates.link, facts),
	].join('\n');
}
