import { describe, expect, it } from 'vitest';
import {
	defaultState,
	matches,
	readState,
	writeState,
	type UnitFacts,
} from '../../src/comparison/filter';

const unit = (facts: Partial<UnitFacts>): UnitFacts => ({
	names: ['nosuchkey'],
	providers: ['oss', 'obs', 's3'],
	statuses: [404],
	differs: false,
	retriedBy: [],
	...facts,
});

const ids = ['oss', 'obs', 's3'];

describe('comparison filters', () => {
	it('reads and writes the state in the URL, leaving defaults out', () => {
		expect(readState('', ids)).toEqual(defaultState);
		expect(writeState(defaultState)).toBe('');
		const state = readState('?q=Bucket&show=only-obs&class=4xx&sort=status', ids);
		expect(state).toEqual({
			q: 'Bucket',
			show: 'only-obs',
			statusClass: '4xx',
			sort: 'status',
			retry: '',
		});
		expect(readState(writeState(state), ids)).toEqual(state);
	});

	it('falls back to the defaults on unknown values', () => {
		expect(readState('?show=everything&class=6xx&sort=size', ids)).toEqual(defaultState);
	});

	it('only differences', () => {
		const state = { ...defaultState, show: 'diff' as const };
		expect(matches(unit({ differs: true }), state)).toBe(true);
		expect(matches(unit({ differs: false }), state)).toBe(false);
	});

	it('only at one provider', () => {
		const state = { ...defaultState, show: 'only-oss' as const };
		expect(matches(unit({ providers: ['oss'] }), state)).toBe(true);
		expect(matches(unit({ providers: ['oss', 's3'] }), state)).toBe(false);
		expect(matches(unit({ providers: ['obs'] }), state)).toBe(false);
	});

	it('by status class: any status of the unit', () => {
		const state = { ...defaultState, statusClass: '5xx' as const };
		expect(matches(unit({ statuses: [400, 501] }), state)).toBe(true);
		expect(matches(unit({ statuses: [400, 404] }), state)).toBe(false);
	});

	it('text: part of a code name in any case, or an exact status', () => {
		expect(matches(unit({}), { ...defaultState, q: 'SuchK' })).toBe(true);
		expect(matches(unit({}), { ...defaultState, q: 'bucket' })).toBe(false);
		expect(matches(unit({}), { ...defaultState, q: '404' })).toBe(true);
		expect(matches(unit({}), { ...defaultState, q: '409' })).toBe(false);
	});

	it('filter by the SDKs that retry a code by themselves, and keep the choice in the URL', () => {
		const sdks = ['botocore-legacy', 'minio-go'];
		const state = readState('?retry=minio-go', ids, sdks);
		expect(state.retry).toBe('minio-go');
		expect(readState(writeState(state), ids, sdks)).toEqual(state);
		expect(readState('?retry=unknown-sdk', ids, sdks).retry).toBe('');
		expect(matches(unit({ retriedBy: ['minio-go'] }), state)).toBe(true);
		expect(matches(unit({ retriedBy: ['botocore-legacy'] }), state)).toBe(false);
		const none = readState('?retry=none', ids, sdks);
		expect(matches(unit({ retriedBy: [] }), none)).toBe(true);
		expect(matches(unit({ retriedBy: ['minio-go'] }), none)).toBe(false);
	});
});
