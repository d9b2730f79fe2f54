import { httpStatuses, isKnownStatus } from '../data/http-statuses';
import { interpolate } from '../strings/interpolate';
import { ticketHead } from '../support/ticket';
import type { Candidate, Decoded } from './decode';

/**
 * "Copy for ticket" on the decoder page: what was decoded, as a short Markdown block in the
 * page's language, begun as a code page's ticket begins (`support/ticket.ts`: the code, provider,
 * status and reason, the message as the paste gave it), then the identifiers support asks for,
 * and the link to the code's page at its message. The code page's cause and retry lines need
 * facts the decoder does not load. When the paste does not show the provider, the ticket names
 * none: it lists each candidate's page and says so. Pure, so it is unit-tested.
 */
export interface DecodeTicketTemplates {
	/** The code page's heading: `{code}`, `{provider}`, `{status}`, `{reason}`. */
	heading: string;
	/** The heading for a status without a known reason phrase: `{code}`, `{provider}`, `{status}`. */
	headingBare: string;
	/** The heading when the paste does not show the provider: `{code}`. */
	headingUnknown: string;
	/** The line before the candidates' pages when the paste does not show the provider. */
	candidates: string;
	/** One candidate's page: `{code}`, `{provider}`, `{status}`, `{url}`. */
	candidate: string;
	/** `{url}`. */
	link: string;
}

/** The ticket text, or undefined when nothing was decoded to a page of ours. */
export function decodeTicket(
	decoded: Decoded,
	provider: (id: string) => string,
	url: (candidate: Candidate) => string,
	templates: DecodeTicketTemplates,
): string | undefined {
	const { candidates, parsed } = decoded;
	const [first] = candidates;
	if (!first) return undefined;
	// The status the paste shows, when it shows one: what the reader saw.
	const statusOf = (candidate: Candidate) => parsed.status ?? candidate.status;
	const status = statusOf(first);
	const reason = isKnownStatus(status) ? httpStatuses[status].reason : '';
	const head = {
		code: first.code,
		provider: provider(first.provider),
		status,
		reason,
		// The message as the paste gives it; a code's only message, linked without one, is not quoted.
		message: first.pasted ?? parsed.message,
	};
	// Identifiers, named the same in every language and in every provider's documentation.
	const ids = [
		...(parsed.requestId ? [`RequestId: ${parsed.requestId}`] : []),
		...(parsed.hostId ? [`HostId: ${parsed.hostId}`] : []),
		...(parsed.ec ? [`EC: ${parsed.ec}`] : []),
	];

	if (decoded.provider || candidates.length === 1) {
		return [
			...ticketHead(head, reason ? templates.heading : templates.headingBare),
			...ids,
			interpolate(templates.link, { url: url(first) }),
		].join('\n');
	}
	// The paste does not say which provider: every page the screen offers, none preferred; the
	// heading names the code when they share one.
	const [heading, ...rest] = ticketHead(head, templates.headingUnknown);
	const oneCode = new Set(candidates.map((c) => c.code)).size === 1;
	return [
		...(oneCode && heading !== undefined ? [heading] : []),
		...rest,
		...ids,
		templates.candidates,
		...candidates.map((candidate) =>
			interpolate(templates.candidate, {
				code: candidate.code,
				provider: provider(candidate.provider),
				status: statusOf(candidate),
				url: url(candidate),
			}),
		),
	].join('\n');
}
