import { z } from 'astro/zod';
import { localizedText } from '../i18n/localized-text';

const text = z.string().trim().min(1);

/** A regular expression in a string: checked when the registry loads, compiled by the decoder. */
const pattern = text.refine(
	(source) => {
		try {
			new RegExp(source);
			return true;
		} catch {
			return false;
		}
	},
	{ message: 'not a valid regular expression' },
);

/** Something in a paste that points to this provider. */
const marker = z.strictObject({
	pattern,
	/** RegExp flags, e.g. `i`. */
	flags: z
		.string()
		.regex(/^[imsu]*$/)
		.default(''),
	/** What the decoder tells the reader it saw, e.g. "oss2 (OSS Python SDK)". */
	evidence: text.optional(),
	/** The output format this marks (the decoder's "read as" line), e.g. `oss-python`. */
	format: z
		.string()
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
		.optional(),
});

/** One document our facts come from. */
export const sourceSchema = z.strictObject({
	/** The document's own title, as published. */
	title: text,
	/** The language it is written in, as a BCP 47 tag (`en`, `zh-CN`). */
	language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a language tag such as en or zh-CN'),
	/** Edition, as the document dates itself or as the copy we read was dated (quoted ISO date). */
	updated: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, "a date as 'YYYY-MM-DD', quoted")
		.optional(),
	/**
	 * The provider's public page for this document; the provider's documentation home when the
	 * exact page is not known. Code pages link it.
	 */
	url: z.url(),
	/** Where the copy we read from was kept (repository, commit, path), for maintainers. */
	origin: text.optional(),
});

/** What identifies a provider in pasted errors: hosts, headers, SDK names and log formats. */
export const fingerprintsSchema = z.strictObject({
	/** Host name suffixes of its endpoints, e.g. `aliyuncs.com`. */
	hosts: z.array(text).default([]),
	/** Prefixes of its own HTTP header names, e.g. `x-oss-`. */
	headerPrefixes: z.array(z.string().regex(/^x-[a-z0-9]+-$/, 'like "x-oss-"')).default([]),
	/** The value of its `Server` response header. */
	serverHeader: text.optional(),
	/** An OSS-style EC (`0026-00000001`) in a paste belongs to this provider. */
	ec: z.boolean().default(false),
	/**
	 * Where the provider diagnoses an EC, `{ec}` standing for it: the link its error bodies carry
	 * (`RecommendDoc`), for pastes that have the EC without the link.
	 */
	ecDiagnosis: z
		.string()
		.regex(/^https:\/\/[^\s]*\{ec\}/, 'an https URL with {ec} where the EC goes')
		.optional(),
	/** SDK names, package paths and log formats. */
	markers: z.array(marker).default([]),
	/** Signs taken only when nothing more precise names this provider. */
	weak: z.array(marker).default([]),
});

/**
 * One provider (`content/providers/{id}.yaml`; the file name is its id and URL segment).
 * `documented` providers have our own pages in `content/errors/{lang}/{id}/`; `reference`
 * providers are columns of the comparison, from a table of codes and statuses.
 */
export const providerSchema = z
	.strictObject({
		role: z.enum(['documented', 'reference']),
		/** Position in navigation, the comparison's columns and every list of providers. */
		order: z.number().int(),
		/** Short name, in badges, table headers and the search filter. */
		short: text,
		name: localizedText,
		vendor: localizedText,
		/** One sentence: what the service is (documented providers). */
		tagline: localizedText.optional(),
		/** A few sentences for the provider's overview page (documented providers). */
		intro: localizedText.optional(),
		/** The provider's own public documentation. */
		docsHome: localizedText,
		/** Reference providers: the file of `content/comparison/` with their codes and statuses. */
		codes: z
			.string()
			.regex(/^[a-z0-9-]+\.csv$/)
			.optional(),
		/**
		 * Reference providers: the file of `content/comparison/` that says, in each language, what each
		 * of their codes means (our words, from the provider's descriptions).
		 */
		meanings: z
			.string()
			.regex(/^[a-z0-9-]+\.yaml$/)
			.optional(),
		/** The credit the provider's licence asks for, shown where its facts are (the comparison). */
		attribution: localizedText.optional(),
		/** The documents of this provider that pages cite, by key (unique across providers). */
		sources: z
			.record(
				z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
				sourceSchema,
			)
			.default({}),
		fingerprints: fingerprintsSchema.default({
			hosts: [],
			headerPrefixes: [],
			ec: false,
			markers: [],
			weak: [],
		}),
	})
	.superRefine((provider, context) => {
		const need = (field: 'tagline' | 'intro' | 'codes', role: string) =>
			context.addIssue({
				code: 'custom',
				path: [field],
				message: `a ${role} provider needs ${field}`,
			});
		if (provider.role === 'documented') {
			if (!provider.tagline) need('tagline', 'documented');
			if (!provider.intro) need('intro', 'documented');
		} else if (!provider.codes) need('codes', 'reference');
	});

export type ProviderRecord = z.infer<typeof providerSchema>;
export type Fingerprints = z.infer<typeof fingerprintsSchema>;
export type SourceRecord = z.infer<typeof sourceSchema>;
