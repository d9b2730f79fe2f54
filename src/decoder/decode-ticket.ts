import { interpolate } from '../strings/interpolate';
import type { Decoded } from './decode';

/**
 * "Copy for ticket" on the decoder page: what was decoded, as a short Markdown block in the
 * page's language — the code and provider, the message as the paste gave it, the identifiers
 * support asks for, and the link to the code's page at its message. Pure, so it is unit-tested.
 */
export interface DecodeTicketTemplates {
	/** `{code}`, `{provider}`, `{status}`. */
	heading: string;
	/** `{url}`. */
	link: string;
}

/** One line of a Markdown quote: a message over several lines would run into the next paragraph. */
const quote = (text: string) => `> ${text.replace(/\s*\n\s*/g, ' ')}`;

/** The ticket text, or undefined when nothing was decoded to a page of ours. */
export function decodeTicket(
	decoded: Decoded,
	provider: (id: string) => string,
	url: (candidate: NonNullable<Decoded['candidates'][number]>) => string,
	templates: DecodeTicketTemplates,
): string | undefined {
	const [first] = decoded.candidates;
	if (!first) return undefined;
	const { parsed } = decoded;
	const message = parsed.message ?? first.message?.text;
	return [
		interpolate(templates.heading, {
			code: first.code,
			provider: provider(first.provider),
			status: parsed.status ?? first.status,
		}),
		...(message ? [quote(message)] : []),
		'',
		...(parsed.requestId ? [`RequestId: ${parsed.requestId}`] : []),
		...(parsed.ec ? [`EC: ${parsed.ec}`] : []),
		interpolate(templates.link, { url: url(first) }),
	].join('\n');
}
