import type { Lang } from '../../i18n/locales';
import { searchStringKeys } from '../../search/search.client';
import { useTranslations } from '../../strings/ui';

/** The search UI's strings for one language, written into the page for the browser script. */
export function searchStrings(lang: Lang): string {
	return useTranslations(lang).scriptStrings(searchStringKeys);
}
