import { interpolate } from '../strings/interpolate';
import { readScriptStrings } from '../strings/script-strings';
import type { UIKey } from '../strings/schema';
import { retryMatches } from './filter';

/** The UI strings the filter reads from its count's `data-strings`. */
export const retryFilterStringKeys = [
	'status.shown',
	'status.noneRetried',
] as const satisfies readonly UIKey[];

/**
 * A status page's "retried by" filter: shows the rows of the codes a chosen SDK retries by itself
 * (or that none retries). The choice lives in the URL (`?retry=`, as on the comparison), so a
 * shared link opens the same view; an unknown SDK in a link falls back to every row.
 */
export function attachRetryFilters(): void {
	for (const form of document.querySelectorAll<HTMLFormElement>('form[data-retry-filter]')) {
		const table = document.getElementById(form.dataset['retryFilter'] ?? '');
		const select = form.elements.namedItem('retry') as HTMLSelectElement | null;
		const count = form.querySelector<HTMLElement>('[data-strings]');
		if (!table || !select || !count) continue;
		const strings = readScriptStrings(count, retryFilterStringKeys);
		const rows = [...table.querySelectorAll<HTMLTableRowElement>('tr[data-retried-by]')];
		const codes = (list: HTMLTableRowElement[]) => new Set(list.map((row) => row.dataset['code']));
		const total = codes(rows).size;
		const choices = [...select.options].map((option) => option.value);

		const apply = (retry: string) => {
			const shown = rows.filter((row) => {
				const visible = retryMatches(
					(row.dataset['retriedBy'] ?? '').split(' ').filter(Boolean),
					retry,
				);
				row.hidden = !visible;
				return visible;
			});
			// Nothing left: say so, rather than a table of headings alone.
			table.hidden = shown.length === 0;
			count.textContent = !retry
				? ''
				: shown.length === 0
					? strings['status.noneRetried']
					: interpolate(strings['status.shown'], { shown: codes(shown).size, total });
		};

		const fromUrl = new URLSearchParams(location.search).get('retry') ?? '';
		select.value = choices.includes(fromUrl) ? fromUrl : '';
		apply(select.value);
		select.addEventListener('change', () => {
			apply(select.value);
			const params = new URLSearchParams(location.search);
			if (select.value) params.set('retry', select.value);
			else params.delete('retry');
			const query = params.toString();
			history.replaceState(
				history.state,
				'',
				`${location.pathname}${query ? `?${query}` : ''}${location.hash}`,
			);
		});
		form.addEventListener('submit', (event) => event.preventDefault());
		form.hidden = false;
	}
}
