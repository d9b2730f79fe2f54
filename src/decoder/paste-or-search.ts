import type { ProviderId } from '../data/providers';
import type { CodeIndex } from './code-index';
import { decode } from './decode';
import { parseError } from './parse';

/**
 * Where the home page's one box sends what it is given. Pure, so the rules are unit-tested; the
 * box's script (`paste-or-search.client.ts`) follows the answer.
 *
 * - a code, exactly, in any case (`nosuchkey`): its page, or a choice when several documented
 *   providers have it;
 * - tool output (several lines, an XML error body, HTTP headers, an SDK's exception, labelled
 *   fields): the decoder, which reads those — recognised by the decoder's own parser;
 * - anything else (a few words, a message, a code no provider documents): search.
 */
export type Destination =
	| { kind: 'empty' }
	| { kind: 'code'; matches: { provider: ProviderId; code: string }[] }
	| { kind: 'decode'; text: string }
	| { kind: 'search'; query: string };

/** What the parser calls an input that is nothing but a code, or nothing but words. */
const bare = new Set(['code', 'message']);

/**
 * The destination of `input`. Without the code list (`index` undefined: it could not load), a
 * code cannot be told from a word, so it goes to search, which finds codes too.
 */
export function destinationOf(input: string, index: CodeIndex | undefined): Destination {
	const text = input.trim();
	if (!text) return { kind: 'empty' };
	const parsed = index ? decode(text, index).parsed : parseError(text);
	const [format, ...more] = parsed.formats;
	const plain = format !== undefined && more.length === 0 && bare.has(format);
	if (!plain || /\n/.test(text)) return { kind: 'decode', text };
	if (index && format === 'code' && parsed.code) {
		const wanted = parsed.code.toLowerCase();
		const matches = Object.entries(index.codes).flatMap(([provider, codes]) =>
			Object.keys(codes)
				.filter((code) => code.toLowerCase() === wanted)
				.map((code) => ({ provider, code })),
		);
		if (matches.length > 0) return { kind: 'code', matches };
	}
	return { kind: 'search', query: text };
}
