import { interpolate } from '../strings/interpolate';
import type { Candidate, Decoded } from './decode';

/**
 * "Copy for ticket" on the decoder page: what was decoded, as a short Markdown block in the
 * page's language — the code and provider, the message as the paste gave it, the identifiers
 * support asks for, and the link to the code's page at its message. When the paste does not show
 * the provider, the ticket names none: it lists each candidate's page and says so. Pure, so it is
 * unit-tested.
 */
export interface DecodeTicketTemplates {
	/** `{code}`, `{provider}`, `{status}`. */
	heading: string;
	/** The heading when the paste does not show the provider: `{code}`. */
	headingUnknown: string;
	/** The line before the candidates' pages when the paste does not show the provider. */
	candidates: string;
	/** One candidate's page: `{code}`, `{provider}`, `{status}`, `{url}`. */
	candidate: string;
	/** `{url}`. */
	link: string;
}

/** One line of a Markdown quote: a message over several lines would run into the next paragraph. */
const quote = (text: string) => `> ${text.replace(/\s*\n\s*/g, ' ')}`;

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
	// The message as the paste gives it; a code's only message, linked without one, is not quoted.
	const message = first.pasted ?? parsed.message;
	const ids = [
		...(parsed.requestId ? [`RequestId: ${parsed.requestId}`] : []),
		...(parsed.ec ? [`EC: ${parsed.ec}`] : []),
	];
	const quoted = message ? [quote(message)] : [];

	if (decoded.provider || candidates.length === 1) {
		return [
			interpolate(templates.heading, {
				code: first.code,
				provider: provider(first.provider),
				status: statusOf(first),
			}),
			...quoted,
			'',
			...ids,
			interpolate(templates.link, { url: url(first) }),
		].join('\n');
	}
	// The paste does not say which provider: every page the screen offers, none preferred.
	const codes = new Set(candidates.map((c) => c.code));
	return [
		...(codes.size === 1 ? [interpolate(templates.headingUnknown, { code: first.code })] : []),
		...quoted,
		'',
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
