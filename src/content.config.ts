import { defineCollection } from 'astro:content';
import { checkedGlob } from './checks/checked-glob';
import { checkErrorEntries } from './checks/content-rules';
import { checkGuides } from './checks/guide-rules';
import {
	proseOfEquivalents,
	proseOfErrorEntry,
	proseOfGuide,
	proseOfMeanings,
} from './checks/prose';
import { checkComparison } from './comparison/model';
import {
	codeStatusesOf,
	comparisonInput,
	equivalentsFile,
	loadComparisonFiles,
	meaningsFile,
	referenceCodesFile,
} from './loaders/comparison-files';
import { checkTerminology } from './checks/terminology';
import { contentDir } from './content-io/content-dir';
import { loadGlossary } from './loaders/glossary';
import { defaultLang } from './i18n/locales';
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
			...checkComparison(
				comparisonInput(
					codeStatusesOf(
						entries
							.filter((entry) => entry.id.startsWith(`${defaultLang}/`))
							.map((entry) => entry.data),
					),
					comparison,
				),
				equivalentsFile,
			),
			...proseOfEquivalents(equivalentsFile, comparison).flatMap((prose) =>
				checkTerminology(prose, glossary),
			),
			...Object.entries(comparison.references).flatMap(([id, rows]) =>
				proseOfMeanings(meaningsFile(id) ?? referenceCodesFile(id), rows).flatMap((prose) =>
					checkTerminology(prose, glossary),
				),
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

export const collections = { errors, guides };
