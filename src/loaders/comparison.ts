import { buildComparison, type Comparison } from '../comparison/model';
import { providerIds } from '../data/providers';
import { defaultLang } from '../i18n/locales';
import { getCatalog } from './catalog';
import { codeStatusesOf, comparisonInput, loadComparisonFiles } from './comparison-files';

let cache: Promise<Comparison> | undefined;

/**
 * The comparison, computed once per build and shared by the comparison page, the status pages
 * and every code page. Its rules already ran at content sync (the errors collection's checks).
 */
export function getComparison(): Promise<Comparison> {
	if (import.meta.env.DEV) return load();
	cache ??= load();
	return cache;
}

async function load(): Promise<Comparison> {
	const catalog = (await getCatalog())[defaultLang];
	const ours = codeStatusesOf(
		providerIds.flatMap((provider) => catalog.of(provider).entries.map(({ data }) => data)),
	);
	return buildComparison(comparisonInput(ours, loadComparisonFiles()));
}
