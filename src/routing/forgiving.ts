import { editDistance } from '../decoder/decode';
import { providerIds, type ProviderId } from '../data/providers';
import { isLang, type Lang } from '../i18n/locales';
import { href, shortLink } from './urls';

/**
 * What the 404 page does with a path that is not on the site: a code in it despite wrong case or
 * a small typo takes the reader there; when unsure, it offers the likely pages; otherwise search.
 * Pure, so the rules are unit-tested; the 404 page's script applies the answer.
 */
export type Recovery =
	| { kind: 'go'; href: string }
	| { kind: 'suggest'; links: { href: string; provider: ProviderId; code: string }[] }
	| { kind: 'search'; query: string };

/** Codes per provider: all the 404 page needs to know of the site. */
export type CodeNames = Record<ProviderId, readonly string[]>;

/** A typo this close to one code, and to no other equally close, is taken as that code. */
const sureDistance = 1;
/** Up to this far, a code is offered but not taken. */
const maxDistance = 2;

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

export function recover(pathname: string, hash: string, codes: CodeNames): Recovery {
	const segments = segmentsOf(pathname);
	const first = segments[0]?.toLowerCase() ?? '';
	const lang: Lang | undefined = isLang(first) ? first : first.startsWith('zh') ? 'zh' : undefined;
	const rest = lang || first.startsWith('zh') ? segments.slice(1) : segments;
	const named = rest[0]?.toLowerCase() ?? '';
	const provider = providerIds.find((id) => id === named);
	const word = (provider ? rest[1] : rest[0])?.replace(/\.html?$/i, '') ?? '';
	if (!word) return { kind: 'search', query: '' };

	const link = (p: ProviderId, code: string, withHash = false) => {
		const anchor = withHash && hash.length > 1 ? decodeURIComponent(hash.slice(1)) : undefined;
		return lang
			? href(lang, { kind: 'code', provider: p, code }, anchor)
			: shortLink(p, code, anchor);
	};
	const within = provider ? [provider] : providerIds;
	const scored = within.flatMap((p) =>
		codes[p].map((code) => ({ provider: p, code, distance: editDistance(word, code) })),
	);
	const best = Math.min(...scored.map((s) => s.distance));
	const closest = scored.filter((s) => s.distance === best);
	const [only] = closest;
	// Wrong case alone is certain; one typo in a longer name, with no rival as close, is too.
	if (only && closest.length === 1 && (best === 0 || (best <= sureDistance && word.length > 4))) {
		return { kind: 'go', href: link(only.provider, only.code, true) };
	}
	const offered = scored
		.filter((s) => s.distance <= maxDistance)
		.sort(
			(a, b) =>
				a.distance - b.distance ||
				a.code.localeCompare(b.code) ||
				providerIds.indexOf(a.provider) - providerIds.indexOf(b.provider),
		)
		.slice(0, 5);
	if (offered.length > 0) {
		return {
			kind: 'suggest',
			links: offered.map((s) => ({
				href: link(s.provider, s.code, true),
				provider: s.provider,
				code: s.code,
			})),
		};
	}
	return { kind: 'search', query: word };
}
