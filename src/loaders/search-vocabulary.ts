import { contentDir } from '../content-io/content-dir';
import { ContentError } from '../content-io/content-error';
import { readYamlFile } from '../content-io/yaml-file';
import { getProvider, providerIds } from '../data/providers';
import { langs, type Lang } from '../i18n/locales';
import type { GlossaryTerm } from '../schemas/glossary';
import { searchSynonymsSchema, type SearchSynonym } from '../schemas/search-synonyms';
import { loadGlossary } from './glossary';

export const searchSynonymsFile = `${contentDir}/search-synonyms.yaml`;

/** A rendering as a search word: `分片（Part）` is searched as `分片`. */
const asWord = (text: string) => text.replace(/\s*[（(][^）)]*[）)]\s*/g, '').trim();

/** Every way one language writes a glossary term across providers. */
function renderings(term: GlossaryTerm, lang: Lang): string[] {
	const rendering = term[lang];
	const all = typeof rendering === 'string' ? [rendering] : Object.values(rendering);
	return [...new Set(all.map(asWord).filter(Boolean))];
}

function addSynonym(map: Map<string, Set<string>>, typed: string, pages: readonly string[]) {
	const key = typed.toLowerCase();
	const words = pages.filter((word) => word.toLowerCase() !== key);
	if (words.length === 0) return;
	const set = map.get(key) ?? new Set<string>();
	for (const word of words) set.add(word);
	map.set(key, set);
}

/**
 * One language's synonyms for search: typed word (lower case) → the pages' words. From the
 * glossary: an avoided spelling means the term's renderings; one provider's rendering means the
 * other providers' (a reader of OSS pages types 分片上传 for OBS's 多段上传). From
 * `content/search-synonyms.yaml`: what the glossary cannot say. A `term` that the glossary does
 * not have is a content error naming the entry.
 */
export function searchSynonyms(lang: Lang): Record<string, string[]> {
	return synonymsFrom(
		loadGlossary(),
		readYamlFile(searchSynonymsFile, searchSynonymsSchema, 'the search synonyms'),
		lang,
	);
}

/** `searchSynonyms` over given terms and reviewed entries. */
export function synonymsFrom(
	glossary: Readonly<Record<string, GlossaryTerm>>,
	reviewed: readonly SearchSynonym[],
	lang: Lang,
): Record<string, string[]> {
	const map = new Map<string, Set<string>>();
	for (const term of Object.values(glossary)) {
		const words = renderings(term, lang);
		for (const word of words) addSynonym(map, word, words);
		for (const avoid of term.avoid) {
			if (avoid.lang !== lang) continue;
			// An avoided spelling may be another provider's own rendering (OBS's 存储类别 is
			// avoided on OSS pages): it already maps to the others; never map a rendering away.
			if (words.includes(asWord(avoid.text))) continue;
			addSynonym(map, asWord(avoid.text), words);
		}
	}
	reviewed.forEach((entry, index) => {
		if (entry.lang !== lang) return;
		let pages = entry.pages ?? [];
		if (entry.term !== undefined) {
			const term = glossary[entry.term];
			if (!term) {
				throw new ContentError(
					`${searchSynonymsFile} › ${index}.term: the glossary has no term "${entry.term}"`,
				);
			}
			pages = renderings(term, lang);
		}
		for (const typed of entry.typed) addSynonym(map, typed, pages);
	});
	return Object.fromEntries([...map].map(([typed, pages]) => [typed, [...pages]]));
}

const han = /^\p{Script=Han}+$/u;

/**
 * A Chinese vendor name without the ending it shares with another's (华为云 and 阿里云 share 云):
 * 华为, 阿里, as readers say them. Chinese is not written in words, so this stands in for the
 * word of the name that no other provider's has.
 */
function ownHanPart(name: string, others: readonly string[]): string | undefined {
	if (!han.test(name)) return undefined;
	let shared = 0;
	for (const other of others) {
		let common = 0;
		while (
			common < Math.min(name.length, other.length) &&
			name.at(-1 - common) === other.at(-1 - common)
		)
			common += 1;
		shared = Math.max(shared, common);
	}
	const own = name.slice(0, name.length - shared);
	return shared > 0 && own.length >= 2 ? own : undefined;
}

/**
 * The words that name each documented provider in a query, lower case: its id, its short name,
 * its vendor in every language, each word of a vendor's name that no other provider's has
 * ("huawei", not "cloud"), and a Chinese vendor name without the ending others share (华为).
 */
export function providerWords(): { id: string; short: string; words: string[] }[] {
	const vendorWords = (id: string) =>
		langs.flatMap((lang) => getProvider(id).vendor[lang].toLowerCase().split(/\s+/));
	return providerIds.map((id) => {
		const provider = getProvider(id);
		const otherIds = providerIds.filter((other) => other !== id);
		const others = new Set(otherIds.flatMap(vendorWords));
		const own = vendorWords(id).filter((word) => word.length >= 3 && !others.has(word));
		const hanParts = langs.flatMap((lang) => {
			const part = ownHanPart(
				provider.vendor[lang],
				otherIds.map((other) => getProvider(other).vendor[lang]),
			);
			return part ? [part] : [];
		});
		const words = [
			id,
			provider.short,
			...langs.map((lang) => provider.vendor[lang]),
			...own,
			...hanParts,
		].map((word) => word.toLowerCase());
		return { id, short: provider.short, words: [...new Set(words)] };
	});
}
