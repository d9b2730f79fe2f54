import { counterpartsOf, codeAnchor, type Comparison } from '../comparison/model';
import { getProvider, isProviderId, providerIds, type ProviderId } from '../data/providers';
import { byLang, defaultLang, langs, locales, type Lang, type Localized } from '../i18n/locales';
import type { ErrorEntry, LangCatalog } from '../loaders/catalog';
import type { Sdk } from '../loaders/retry';
import { retryAnswer } from '../retry/rules';
import { absolute, apiHref, apiVersion, href, shortLink, type Route } from '../routing/urls';

/**
 * The catalogue as JSON (`/api/v1/…`): what tool and SDK authors read to link an error to its
 * explanation. Pure: the route files hand it the catalog, the comparison and the SDKs. Every URL in
 * it is absolute on the site's host and made by `routing/urls.ts`, so it is the URL the pages have.
 * The shape is published as a JSON Schema (`schema.ts`); a change of shape is a new version.
 */

export interface CatalogueInput {
	/** The site's host (`site` from astro.config.mjs). */
	site: URL;
	catalog: Record<Lang, LangCatalog>;
	comparison: Comparison;
	sdks: readonly Sdk[];
}

/** A page in every language, as absolute URLs. */
const pagesOf = (site: URL, route: Route, anchor?: string): Localized =>
	byLang((lang) => absolute(href(lang, route, anchor), site));

function providerSummary(site: URL, id: ProviderId) {
	const { name, short } = getProvider(id);
	return {
		id,
		short,
		name: byLang((lang) => name[lang]),
		pages: pagesOf(site, { kind: 'provider', provider: id }),
		api: absolute(apiHref({ kind: 'provider', provider: id }), site),
	};
}

/** One code: its status, its messages (verbatim), its pages, its counterparts, the SDKs' answers. */
export function codeRecord(input: CatalogueInput, provider: ProviderId, code: string) {
	const { site, catalog, comparison, sdks } = input;
	const twins = byLang((lang): ErrorEntry => {
		const entry = catalog[lang].of(provider).byCode.get(code);
		if (!entry) throw new Error(`${lang}/${provider}/${code}: not in the catalog`);
		return entry;
	});
	// Verbatim texts, ids and the status are the same in every twin (the content rules check it).
	const { data } = twins[defaultLang];
	const route: Route = { kind: 'code', provider, code };
	return {
		code,
		status: data.status,
		summary: byLang((lang) => twins[lang].data.summary),
		pages: pagesOf(site, route),
		shortLink: absolute(shortLink(provider, code), site),
		api: absolute(apiHref({ kind: 'code', provider, code }), site),
		messages: data.messages.map((message, index) => ({
			id: message.id,
			formerIds: message.formerIds,
			text: message.text,
			variants: message.variants,
			cause: byLang((lang) => twins[lang].data.messages[index]?.cause ?? message.cause),
			pages: pagesOf(site, route, message.id),
			shortLink: absolute(shortLink(provider, code, message.id), site),
		})),
		equivalents: counterpartsOf(comparison, provider, code).map((counterpart) => ({
			provider: counterpart.provider,
			code: counterpart.code,
			status: counterpart.status,
			sameCode: counterpart.same,
			...(counterpart.meaning ? { meaning: byLang((lang) => counterpart.meaning![lang]) } : {}),
			// Our providers have a page per code; a reference column has its row in the comparison.
			pages: isProviderId(counterpart.provider)
				? pagesOf(site, { kind: 'code', provider: counterpart.provider, code: counterpart.code })
				: pagesOf(site, { kind: 'compare' }, codeAnchor(counterpart.code)),
		})),
		retries: sdks.map((sdk) => {
			const answer = retryAnswer(sdk, code, data.status);
			return {
				// Named in the index (`sdks`): not repeated for every code.
				sdk: sdk.id,
				retried: answer.retried,
				...(answer.retried ? { because: answer.because, attempts: answer.attempts } : {}),
				changes: answer.history.map((change) => byLang((lang) => change[lang])),
			};
		}),
	};
}

const header = (site: URL, kind: 'index' | 'provider' | 'code') => ({
	$schema: absolute(apiHref({ kind: 'schema' }), site),
	kind,
	version: apiVersion,
});

/** `/api/v1/index.json`: the languages, the providers with their counts, the schema, the build. */
export function indexDocument(input: CatalogueInput, built: Date) {
	const { site, catalog } = input;
	const english = catalog[defaultLang];
	return {
		...header(site, 'index'),
		built: built.toISOString(),
		schema: absolute(apiHref({ kind: 'schema' }), site),
		languages: langs.map((lang) => ({
			id: lang,
			htmlLang: locales[lang].htmlLang,
			label: locales[lang].label,
			home: absolute(href(lang, { kind: 'home' }), site),
		})),
		providers: providerIds.map((id) => {
			const { entries } = english.of(id);
			return {
				...providerSummary(site, id),
				codes: entries.length,
				messages: entries.reduce((sum, entry) => sum + entry.data.messages.length, 0),
			};
		}),
		sdks: input.sdks.map((sdk) => ({
			id: sdk.id,
			name: byLang((lang) => sdk.name[lang]),
			language: sdk.language,
			maxAttempts: sdk.maxAttempts,
		})),
	};
}

/** `/api/v1/{provider}.json`: every code of one provider, in the pages' order (status, then code). */
export function providerDocument(input: CatalogueInput, provider: ProviderId) {
	return {
		...header(input.site, 'provider'),
		provider: providerSummary(input.site, provider),
		codes: input.catalog[defaultLang]
			.of(provider)
			.entries.map((entry) => codeRecord(input, provider, entry.data.code)),
	};
}

/** `/api/v1/{provider}/{Code}.json`: one code, as in its provider's file. */
export function codeDocument(input: CatalogueInput, provider: ProviderId, code: string) {
	return {
		...header(input.site, 'code'),
		provider: providerSummary(input.site, provider),
		code: codeRecord(input, provider, code),
	};
}

/** A file of the catalogue as the site serves it. */
export function jsonResponse(document: unknown): Response {
	return new Response(`${JSON.stringify(document)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
