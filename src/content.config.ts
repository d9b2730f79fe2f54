import { defineCollection } from 'astro:content';
import { checkedGlob, type LoadedFile } from './checks/checked-glob';
import { checkErrorEntries } from './checks/content-rules';
import { checkGuides } from './checks/guide-rules';
import { proseOfEquivalents, proseOfErrorEntry, proseOfGuide } from './checks/prose';
import { checkComparison } from './comparison/model';
import { comparisonInput, equivalentsFile, loadComparisonFiles } from './data/comparison-files';
import { checkTerminology } from './checks/terminology';
import { contentDir } from './data/content-dir';
import { loadGlossary } from './data/glossary';
import { providerIds, type ProviderId } from './data/providers';
import { defaultLang } from './i18n/locales';
import type { CodeStatus } from './comparison/model';
import { errorEntrySchema, type ErrorEntryData } from './schemas/error-entry';
import { guideSchema, type GuideData } from './schemas/guide';

/**
 * One MDX file per (language, provider, code): `content/errors/{en|zh}/{provider}/{Code}.mdx`.
 * The frontmatter schema is documented field by field in `src/schemas/error-entry.ts`.
 */
const errors = defineCollection({
	loader: checkedGlob<ErrorEntryData>({
		base: `${contentDir}/errors`,
		check: (entries, glossary = loadGlossary(), comparison = loadComparisonFiles()) => [
			...checkErrorEntries(entries),
			...entries.flatMap((entry) => checkTerminology(proseOfErrorEntry(entry), glossary)),
			// The comparison is checked against the codes as they load: a code renamed or removed
			// here fails the build where an equivalents group still names it.
			...checkComparison(comparisonInput(codesOf(entries), comparison), equivalentsFile),
			...proseOfEquivalents(equivalentsFile, comparison).flatMap((prose) =>
				checkTerminology(prose, glossary),
			),
		],
	}),
	schema: errorEntrySchema,
});

/** Guides: `content/guides/{en|zh}/{slug}.mdx`, served at `/{lang}/guide/{slug}/`. */
const guides = defineCollection({
	loader: checkedGlob<GuideData>({
		base: `${contentDir}/guides`,
		check: (entries, glossary = loadGlossary()) => [
			...checkGuides(entries),
			...entries.flatMap((entry) => checkTerminology(proseOfGuide(entry), glossary)),
		],
	}),
	schema: guideSchema,
});

/** Each provider's codes and statuses, as the English files give them. */
function codesOf(entries: readonly LoadedFile<ErrorEntryData>[]) {
	const english = entries.filter((entry) => entry.id.startsWith(`${defaultLang}/`));
	return Object.fromEntries(
		providerIds.map((provider) => [
			provider,
			english
				.filter((entry) => entry.data.provider === provider)
				.map(({ data }) => ({ code: data.code, status: data.status })),
		]),
	) as Record<ProviderId, CodeStatus[]>;
}

export const collections = { errors, guides };
