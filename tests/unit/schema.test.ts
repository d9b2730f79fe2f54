import { describe, expect, it } from 'vitest';
import { errorEntrySchema } from '../../src/schemas/error-entry';
import { validPair } from './fixtures';

const valid = () => structuredClone(validPair()[0].data) as Record<string, unknown>;

/** The dotted path of every issue, as Astro prints it next to the file name. */
function failingFields(data: unknown): string[] {
	const result = errorEntrySchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('error entry schema', () => {
	it('accepts a valid entry', () => {
		expect(failingFields(valid())).toEqual([]);
	});

	it.each([
		['an unknown provider', { provider: 's3' }, 'provider'],
		['a status with no recorded meaning', { status: 418 }, 'status'],
		['a code with a space', { code: 'IncorrectNumberOfFilesInPost Request' }, 'code'],
		['a code that is a number', { code: '404' }, 'code'],
		['an unknown source', { sources: ['blog'] }, 'sources.0'],
		['no messages', { messages: [] }, 'messages'],
		['an unknown field', { sumary: 'typo' }, ''],
	])('rejects %s', (_, change, field) => {
		expect(failingFields({ ...valid(), ...change })).toEqual([field]);
	});

	it('rejects a message id that is not a kebab-case slug', () => {
		const data = valid();
		(data['messages'] as { id: string }[])[0]!.id = 'Key Not Exist';
		expect(failingFields(data)).toEqual(['messages.0.id']);
	});

	it('accepts codes with dots, as OBS returns them', () => {
		expect(failingFields({ ...valid(), code: 'KMS.DisabledException' })).toEqual([]);
	});
});
