import { langOfPathSegment, type Lang } from '../i18n/locales';
import { certainMatch, closestCodes, type CodeNames } from '../matching/fuzzy';
import { href, shortLink } from '../routing/urls';

export type { CodeNames };

/**
 * What the 404 page does with a path that is not on the site: a code in it despite wrong case or
 * a small typo takes the reader there; when unsure, it offers the likely pages; otherwise search.
 * Typos are forgiven by the one rule of `matching/fuzzy.ts`, as in the decoder. Pure, so the rules
 * are unit-tested; the 404 page's script applies the answer.
 */
export type Recovery =
	| { kind: 'go'; href: string }
	| { kind: 'suggest'; links: { href: string; provider: string; code: string }[] }
	| { kind: 'search'; query: string };

function segmentsOf(pathname: string): string[] {
	return pathname
		.split('/')
		.filter(Boolean)
		.map((segment) => {
			try {
				return decodeURIComponent(segment);
			} catch {
				return segment;
			}
		});
}

/** Codes per provider (`codes`), in provider order: all the 404 page needs to know of the site. */
export function recover(pathname: string, hash: string, codes: CodeNames): Recovery {
	const segments = segmentsOf(pathname);
	const lang: Lang | undefined = langOfPathSegment(segments[0] ?? '');
	const rest = lang ? segments.slice(1) : segments;
	const named = rest[0]?.toLowerCase() ?? '';
	const provider = Object.keys(codes).find((id) => id === named);
	const word = (provider ? rest[1] : rest[0])?.replace(/\.html?$/i, '') ?? '';
	if (!word) return { kind: 'search', query: '' };

	const link = (p: string, code: string) => {
		const anchor = hash.length > 1 ? decodeURIComponent(hash.slice(1)) : undefined;
		return lang
			? href(lang, { kind: 'code', provider: p, code }, anchor)
			: shortLink(p, code, anchor);
	};
	const within = provider ? { [provider]: codes[provider] ?? [] } : codes;
	const matches = closestCodes(word, within, 5);
	const certain = certainMatch(word, matches);
	if (certain) return { kind: 'go', href: link(certain.provider, certain.code) };
	if (matches.length > 0) {
		return {
			kind: 'suggest',
			links: matches.map((m) => ({
				href: link(m.provider, m.code),
				provider: m.provider,
				code: m.code,
			})),
		};
	}
	return { kind: 'search', query: word };
}
