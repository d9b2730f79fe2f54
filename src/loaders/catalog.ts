import { getCollection, type CollectionEntry } from 'astro:content';
import { oncePerBuild } from '../content-io/once-per-build';
import { byLang, type Lang } from '../i18n/locales';
import { providerIds, type ProviderId } from '../data/providers';

export type ErrorEntry = CollectionEntry<'errors'>;

/** One provider's codes in one language, ordered by status then code. */
export interface ProviderCatalog {
	provider: ProviderId;
	entries: ErrorEntry[];
	/** Statuses in ascending order, each with its codes. */
	byStatus: { status: number; entries: ErrorEntry[] }[];
	/** Each code's entry: pages look codes up here, so the build stays linear in their number. */
	byCode: ReadonlyMap<string, ErrorEntry>;
}

const byStatusThenCode = (a: ErrorEntry, b: ErrorEntry) =>
	a.data.status - b.data.status || a.data.code.localeCompare(b.data.code, 'en');

/** One language's codes, by documented provider. */
export interface LangCatalog {
	/** A documented provider's codes; an id outside the registry is a bug in the caller. */
	of(provider: ProviderId): ProviderCatalog;
}

/**
 * Every code, grouped by language and provider: read once per build, shared by every page.
 * The content rules have already run when the collection loaded.
 */
export const getCatalog = oncePerBuild(load);

async function load(): Promise<Record<Lang, LangCatalog>> {
	const all = await getCollection('errors');
	const catalogOf = (lang: Lang, provider: ProviderId): ProviderCatalog => {
		const entries = all
			.filter((entry) => entry.id.startsWith(`${lang}/`) && entry.data.provider === provider)
			.sort(byStatusThenCode);
		const statuses = [...new Set(entries.map((entry) => entry.data.status))];
		return {
			provider,
			entries,
			byCode: new Map(entries.map((entry) => [entry.data.code, entry])),
			byStatus: statuses.map((status) => ({
				status,
				entries: entries.filter((entry) => entry.data.status === status),
			})),
		};
	};
	const forLang = (lang: Lang): LangCatalog => {
		const byProvider = new Map(providerIds.map((p) => [p, catalogOf(lang, p)]));
		return {
			of(provider) {
				const found = byProvider.get(provider);
				if (!found) throw new Error(`${provider} is not a documented provider`);
				return found;
			},
		};
	};
	return byLang(forLang);
}
