import type { ProviderId } from '../data/providers';
import type { Lang } from '../i18n/locales';
import type { GlossaryTerm } from '../schemas/glossary';
import type { Problem } from './content-rules';

/** The prose of one page, field by field: what the terminology check reads. */
export interface PageProse {
	filePath: string;
	lang: Lang;
	/** Absent on pages about no single provider (guides). */
	provider?: ProviderId | undefined;
	fields: { field: string; text: string }[];
}

/**
 * How a term is written on a page of this language and provider; on a page of no single
 * provider, every provider's rendering, in the glossary's order.
 */
export function rendering(term: GlossaryTerm, lang: Lang, provider?: ProviderId): string {
	const written = term[lang];
	if (typeof written === 'string') return written;
	return (provider && written[provider]) || Object.values(written).join(' / ');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A spelling written in Latin letters matches as a whole word, in any case; one in a script
 * without word boundaries (Chinese) matches wherever it occurs.
 */
function pattern(text: string): RegExp {
	return /^[\p{Script=Latin}\d\s\p{P}]+$/u.test(text)
		? new RegExp(`(?<![\\w-])${escapeRegExp(text)}(?![\\w-])`, 'i')
		: new RegExp(escapeRegExp(text));
}

/**
 * One term, one rendering: flags every spelling the glossary lists under `avoid` for this page's
 * language (and provider). Verbatim service messages are not prose and are not passed in.
 */
export function checkTerminology(
	page: PageProse,
	glossary: Record<string, GlossaryTerm>,
): Problem[] {
	const problems: Problem[] = [];
	for (const [id, term] of Object.entries(glossary)) {
		for (const avoid of term.avoid) {
			if (avoid.lang !== page.lang) continue;
			if (avoid.provider && avoid.provider !== page.provider) continue;
			const regex = pattern(avoid.text);
			for (const { field, text } of page.fields) {
				if (!regex.test(text)) continue;
				problems.push({
					file: page.filePath,
					field,
					message: `writes "${avoid.text}"; the glossary term "${id}" is written "${rendering(term, page.lang, page.provider)}" here`,
				});
			}
		}
	}
	return problems;
}
