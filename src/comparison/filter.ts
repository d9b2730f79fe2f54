/**
 * The comparison table's filters, as pure functions: the page's script reads the state from the
 * URL, asks `matches` for every unit, and writes the state back. No DOM here, so it is unit-tested.
 */

export type Show = 'all' | 'diff' | `only-${string}`;
export type StatusClass = '' | '2xx' | '3xx' | '4xx' | '5xx';
export type SortKey = 'code' | 'status';

export interface FilterState {
	/** Part of a code name (any case), or a status. */
	q: string;
	show: Show;
	statusClass: StatusClass;
	sort: SortKey;
	/** '' any; an SDK's id: codes that SDK retries by itself; 'none': codes no SDK retries. */
	retry: string;
}

export const defaultState: FilterState = {
	q: '',
	show: 'all',
	statusClass: '',
	sort: 'code',
	retry: '',
};

/** The "show" choices for the comparison's providers (registry ids, in column order). */
export function showsFor(providers: readonly string[]): readonly Show[] {
	return ['all', 'diff', ...providers.map((id) => `only-${id}` as const)];
}
export const statusClasses: readonly StatusClass[] = ['', '2xx', '3xx', '4xx', '5xx'];

/** What the filters know of a unit (one code, or one group of equivalents): its data attributes. */
export interface UnitFacts {
	/** Code names in lower case. */
	names: string[];
	providers: string[];
	statuses: number[];
	/** The providers disagree: different statuses, or differently named codes. */
	differs: boolean;
	/** The SDKs that retry some code of the unit by themselves (ids). */
	retriedBy: string[];
}

const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
	allowed.includes(value as T) ? (value as T) : fallback;

/**
 * The state in a URL's query; unknown values (a provider not among `providers` included) fall
 * back to the defaults: a shared link never breaks the page.
 */
export function readState(
	search: string,
	providers: readonly string[],
	sdks: readonly string[] = [],
): FilterState {
	const params = new URLSearchParams(search);
	const shows = showsFor(providers);
	return {
		q: (params.get('q') ?? '').trim().slice(0, 100),
		show: oneOf(params.get('show'), shows, defaultState.show),
		statusClass: oneOf(params.get('class'), statusClasses, defaultState.statusClass),
		sort: oneOf(params.get('sort'), ['code', 'status'] as const, defaultState.sort),
		retry: oneOf(params.get('retry'), ['', 'none', ...sdks], defaultState.retry),
	};
}

/** The query string of a state; defaults are left out, so the plain page keeps its plain URL. */
export function writeState(state: FilterState): string {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	if (state.show !== defaultState.show) params.set('show', state.show);
	if (state.statusClass) params.set('class', state.statusClass);
	if (state.sort !== defaultState.sort) params.set('sort', state.sort);
	if (state.retry) params.set('retry', state.retry);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/**
 * The retry filter, shared by the comparison and the status pages: '' any; 'none': no SDK retries
 * it; an SDK's id: that SDK retries it by itself.
 */
export function retryMatches(retriedBy: readonly string[], retry: string): boolean {
	if (retry === '') return true;
	if (retry === 'none') return retriedBy.length === 0;
	return retriedBy.includes(retry);
}

export function matches(unit: UnitFacts, state: FilterState): boolean {
	if (state.show === 'diff' && !unit.differs) return false;
	if (state.show.startsWith('only-')) {
		const only = state.show.slice('only-'.length);
		if (unit.providers.length !== 1 || unit.providers[0] !== only) return false;
	}
	if (state.statusClass) {
		const hundreds = Number(state.statusClass[0]);
		if (!unit.statuses.some((status) => Math.floor(status / 100) === hundreds)) return false;
	}
	if (!retryMatches(unit.retriedBy, state.retry)) return false;
	const q = state.q.toLowerCase();
	if (q) {
		const byStatus = /^\d{3}$/.test(q) && unit.statuses.includes(Number(q));
		if (!byStatus && !unit.names.some((name) => name.includes(q))) return false;
	}
	return true;
}
