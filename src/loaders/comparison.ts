import { buildComparison, type Comparison } from '../comparison/model';
import { providerIds } from '../data/providers';
import { defaultLang } from '../i18n/locales';
import { oncePerBuild } from '../content-io/once-per-build';
import { getCatalog } from './catalog';
import { codeStatusesOf, comparisonInput, loadComparisonFiles } from './comparison-files';

/**
 * The comparison, computed once per build and shared by the comparison page, the status pages
 * and every code page. Its rules already ran at content sync (the errors collection's checks).
 */
export const getComparison = oncePerBuild(load);

async function load(): Promise<Comparison> {
	const catalog = (await getCatalog())[defaultLang];
	const ours = codeStatusesOf(
		providerIds.flatMap((provider) => catalog.of(provider).entries.map(({ data }) => data)),
	);
	return buildComparison(comparisonInput(ours, loadComparisonFiles()));
}
