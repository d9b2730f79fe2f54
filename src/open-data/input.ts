import { getCatalog } from '../loaders/catalog';
import { getComparison } from '../loaders/comparison';
import { loadSdks } from '../loaders/retry';
import type { CatalogueInput } from './catalogue';

/** What the catalogue's files are made of, read once per build by the loaders. */
export async function catalogueInput(site: URL | undefined): Promise<CatalogueInput> {
	if (!site) throw new Error('astro.config.mjs must set `site`: the catalogue lists absolute URLs');
	return { site, catalog: await getCatalog(), comparison: await getComparison(), sdks: loadSdks() };
}
