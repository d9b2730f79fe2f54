import { comparedIds, getProvider, providerIds, referenceIds } from '../data/providers';
import { byLang, defaultLang, langs, locales, type Lang } from '../i18n/locales';
import { interpolate, spaceMixedScripts, type Vars } from './interpolate';
import { dictionaryProblems, type Dictionary, type PluralKey, type UIKey } from './schema';

export { interpolate, type Vars };

/** Parses one dictionary strictly; the error names the file and every bad key. */
export function parseDictionary(raw: unknown, file: string, isReference = false): Dictionary {
	const problems = dictionaryProblems(raw, isReference);
	if (problems.length > 0) {
		throw new Error(
			`UI dictionary ${file} is invalid:\n${problems.map((p) => `  ${file} › ${p}`).join('\n')}`,
		);
	}
	const groups = raw as Record<string, Record<string, string>>;
	return Object.fromEntries(
		Object.entries(groups).flatMap(([group, strings]) =>
			Object.entries(strings)
				.filter(([name]) => name !== '$about')
				.map(([name, value]) => [`${group}.${name}`, value]),
		),
	) as Dictionary;
}

const files = import.meta.glob<unknown>('./dictionaries/*.json', {
	eager: true,
	import: 'default',
});

/** Parsed at import: a missing dictionary or translation fails the build before any page renders. */
export const dictionaries = Object.fromEntries(
	langs.map((lang) => {
		const file = `./dictionaries/${locales[lang].htmlLang}.json`;
		if (!(file in files))
			throw new Error(`No UI dictionary for ${lang}: add src/strings/${file.slice(2)}`);
		return [
			lang,
			parseDictionary(files[file], `src/strings/${file.slice(2)}`, lang === defaultLang),
		];
	}),
) as Record<Lang, Dictionary>;

/** A list in the language's own way: "OSS, OBS and Amazon S3", "OSS、OBS 和 Amazon S3". */
function list(lang: Lang, items: readonly string[], type: 'conjunction' | 'disjunction'): string {
	const formatted = new Intl.ListFormat(locales[lang].intlLocale, { style: 'long', type }).format(
		items,
	);
	// Keep Latin names a space apart from the Chinese words that join them.
	return spaceMixedScripts(formatted);
}

/**
 * The providers as UI strings name them, from the registry: `{documented}` "Alibaba Cloud OSS
 * and Huawei Cloud OBS", `{compared}` "OSS, OBS, Amazon S3 and Cloudflare R2", and so on. Every `t()` can use
 * them, so no string names a provider itself.
 */
function providerPhrases(lang: Lang): Vars {
	const full = (id: string) => `${getProvider(id).vendor[lang]} ${getProvider(id).short}`;
	const short = (id: string) => getProvider(id).short;
	const name = (id: string) => (referenceIds.includes(id) ? getProvider(id).name[lang] : short(id));
	const vendors = [...new Set(comparedIds.map((id) => getProvider(id).vendor[lang]))];
	return {
		documented: list(lang, providerIds.map(full), 'conjunction'),
		documentedOr: list(lang, providerIds.map(full), 'disjunction'),
		documentedShort: list(lang, providerIds.map(short), 'conjunction'),
		documentedShortOr: list(lang, providerIds.map(short), 'disjunction'),
		compared: list(lang, comparedIds.map(name), 'conjunction'),
		comparedOr: list(lang, comparedIds.map(name), 'disjunction'),
		comparedShort: list(lang, comparedIds.map(short), 'conjunction'),
		comparedFull: list(
			lang,
			comparedIds.map((id) => (referenceIds.includes(id) ? name(id) : full(id))),
			'conjunction',
		),
		references: list(lang, referenceIds.map(name), 'conjunction'),
		vendorsOr: list(lang, vendors, 'disjunction'),
	};
}

const phrases = byLang(providerPhrases);

/** The UI strings of one language: `t(key, vars)` and, for counts, `tn(key, count)`. */
export function useTranslations(lang: Lang) {
	const dictionary = dictionaries[lang];
	const plurals = new Intl.PluralRules(locales[lang].intlLocale);
	const t = (key: UIKey, vars?: Vars) =>
		interpolate(dictionary[key], { ...phrases[lang], ...vars });
	const tn = (key: PluralKey, count: number, vars?: Vars) => {
		const form = plurals.select(count) === 'one' ? 'one' : 'other';
		return t(`${key}_${form}` as UIKey, { count, ...vars });
	};
	/**
	 * A template for later filling (a browser script, the ticket text): the registry's phrases
	 * filled in, every other `{name}` left as it is.
	 */
	const template = (key: UIKey) => {
		const names = [...dictionary[key].matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
		const kept = Object.fromEntries(names.map((name) => [name, `{${name}}`]));
		return interpolate(dictionary[key], { ...kept, ...phrases[lang] });
	};
	/** The `data-strings` attribute for a browser script that reads these keys (`script-strings.ts`). */
	const scriptStrings = (keys: readonly UIKey[]) =>
		JSON.stringify(Object.fromEntries(keys.map((key) => [key, template(key)])));
	/** Items joined as the language joins them ("a, b and c"). */
	const join = (items: readonly string[]) =>
		items.length > 0 ? list(lang, items, 'conjunction') : '';
	return { t, tn, template, scriptStrings, list: join };
}
