import type { Lang } from '../../i18n/locales';
import { useTranslations } from '../../strings/ui';
import type { SearchStrings } from '../../search/search.client';

/** The search UI's strings for one language, serialised into the page for the client script. */
export function searchStrings(lang: Lang): string {
	const { t } = useTranslations(lang);
	// Placeholders stay in the text: the client fills {count} and {query} itself.
	const raw = (key: Parameters<typeof t>[0], name: string) => t(key, { [name]: `{${name}}` });
	const strings: SearchStrings = {
		loading: t('search.loading'),
		resultsOne: raw('search.results_one', 'count'),
		resultsOther: raw('search.results_other', 'count'),
		noResults: raw('search.noResults', 'query'),
		unavailable: t('search.unavailable'),
		error: t('search.error'),
	};
	return JSON.stringify(strings);
}
