import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { ContentError } from './content-error';

/** A file's text; a file that cannot be read is a content error naming it. */
export function readContentFile(file: string): string {
	try {
		return readFileSync(file, 'utf8');
	} catch (error) {
		throw new ContentError(`${file}: cannot be read (${(error as Error).message})`);
	}
}

/**
 * A YAML file parsed against a schema. Every problem is reported at once, as `file › field:
 * message`, in a ContentError (no stack trace: the message says everything).
 */
export function readYamlFile<T extends z.ZodType>(
	file: string,
	schema: T,
	what: string,
): z.output<T> {
	let raw: unknown;
	try {
		raw = parse(readContentFile(file));
	} catch (error) {
		if (error instanceof ContentError) throw error;
		throw new ContentError(`${file}: ${(error as Error).message}`);
	}
	const result = schema.safeParse(raw ?? {});
	if (!result.success) {
		const lines = result.error.issues.map(
			(issue) => `  ${file} › ${issue.path.join('.') || '(file)'}: ${issue.message}`,
		);
		throw new ContentError(`${lines.length} problem(s) in ${what}:\n${lines.join('\n')}`);
	}
	return result.data;
}
