import { interpolate } from '../strings/interpolate';
import { readScriptStrings } from '../strings/script-strings';
import type { UIKey } from '../strings/schema';
import { matches, readState, writeState, type FilterState, type UnitFacts } from './filter';

/** The UI strings the filters read from the row count's `data-strings`. */
export const compareStringKeys = ['compare.shown'] as const satisfies readonly UIKey[];

/**
 * The comparison page's filters in the browser. Without this script the form stays hidden and
 * the full table reads as built; with it, the form's state lives in the URL (`replaceState`, so a
 * shared link opens the same view) and each row group is shown or hidden.
 */
export function attachCompareFilters(): void {
	const form = document.querySelector<HTMLFormElement>('#compare-filters');
	const table = document.querySelector<HTMLTableElement>('#compare-table');
	const count = document.querySelector<HTMLElement>('#compare-count');
	const none = document.querySelector<HTMLElement>('#compare-none');
	if (!form || !table || !count || !none) return;
	const strings = readScriptStrings(count, compareStringKeys);

	const units = [...table.querySelectorAll<HTMLTableSectionElement>('tbody[data-unit]')].map(
		(element) => ({ element, facts: factsOf(element), rows: rowCount(element) }),
	);
	const total = units.reduce((sum, unit) => sum + unit.rows, 0);
	const field = (name: string) =>
		form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;

	// The table is built in code order. The DOM is touched only where the state changes it: a long
	// table laid out again on page load is what a phone's main thread would spend its time on.
	let order: FilterState['sort'] = 'code';
	const apply = (state: FilterState) => {
		let shown = 0;
		for (const unit of units) {
			const visible = matches(unit.facts, state);
			if (unit.element.hidden === visible) unit.element.hidden = !visible;
			if (visible) shown += unit.rows;
		}
		if (state.sort !== order) {
			order = state.sort;
			const key = order === 'status' ? 'orderStatus' : 'orderCode';
			const sorted = [...units].sort(
				(a, b) => Number(a.element.dataset[key]) - Number(b.element.dataset[key]),
			);
			// Appending moves each group to the end in turn: the table ends up in sorted order.
			for (const unit of sorted) table.append(unit.element);
		}
		count.textContent = interpolate(strings['compare.shown'], { shown, total });
		none.hidden = shown > 0;
	};

	// The providers are the page's own "only at" choices: the registry, as the page was built.
	const providers = [...(field('show') as HTMLSelectElement).options]
		.map((option) => option.value)
		.filter((value) => value.startsWith('only-'))
		.map((value) => value.slice('only-'.length));
	// The SDKs likewise: the retry filter's choices.
	const sdks = [...(field('retry') as HTMLSelectElement).options]
		.map((option) => option.value)
		.filter((value) => value && value !== 'none');

	const fromForm = (): FilterState =>
		readState(
			new URLSearchParams({
				q: field('q').value,
				show: field('show').value,
				class: field('class').value,
				sort: field('sort').value,
				retry: field('retry').value,
			}).toString(),
			providers,
			sdks,
		);

	const update = () => {
		const state = fromForm();
		apply(state);
		history.replaceState(
			history.state,
			'',
			`${location.pathname}${writeState(state)}${location.hash}`,
		);
	};

	const initial = readState(location.search, providers, sdks);
	field('q').value = initial.q;
	field('show').value = initial.show;
	field('class').value = initial.statusClass;
	field('sort').value = initial.sort;
	field('retry').value = initial.retry;
	apply(initial);

	form.addEventListener('input', update);
	form.addEventListener('submit', (event) => event.preventDefault());
	// A reset changes the fields after the event: read them once it is done.
	form.addEventListener('reset', () => setTimeout(update));
	form.hidden = false;
	document.querySelector('#compare-noscript')?.setAttribute('hidden', '');
}

function factsOf(element: HTMLElement): UnitFacts {
	const list = (name: string) => (element.dataset[name] ?? '').split(' ').filter(Boolean);
	return {
		names: list('names'),
		providers: list('providers'),
		statuses: list('statuses').map(Number),
		retriedBy: list('retriedBy'),
		differs: element.dataset['differs'] === 'true',
	};
}

/** Code rows of a group (its note rows are not counted). */
function rowCount(element: HTMLElement): number {
	return element.querySelectorAll('tr[id^="code-"]').length;
}
