import { readdirSync, readFileSync } from 'node:fs';
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
	return parseYaml(readContentFile(file), file, schema, what);
}

/** YAML text from `file`, parsed against a schema, its problems reported as `readYamlFile`'s. */
export function parseYaml<T extends z.ZodType>(
	text: string,
	file: string,
	schema: T,
	what: string,
): z.output<T> {
	let raw: unknown;
	try {
		raw = parse(text);
	} catch (error) {
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

/**
 * A folder of YAML records, one per file (`{id}.yaml`), each parsed against a schema and given
 * its file name as `id`, in file-name order. A name that breaks `idPattern` is a content error
 * saying `idRule`; a missing folder is one too, unless `optional`, when there are no records.
 */
export function readYamlFolder<T extends z.ZodType>(
	folder: string,
	schema: T,
	what: string,
	options: { idPattern: RegExp; idRule: string; optional?: boolean },
): (z.output<T> & { id: string })[] {
	let files: string[];
	try {
		files = readdirSync(folder).filter((file) => file.endsWith('.yaml'));
	} catch (error) {
		if (options.optional) return [];
		throw new ContentError(`${folder}: cannot be read (${(error as Error).message})`);
	}
	return files.sort().map((file) => {
		const id = file.slice(0, -'.yaml'.length);
		if (!options.idPattern.test(id)) {
			throw new ContentError(`${folder}/${file}: ${options.idRule}`);
		}
		const record = readYamlFile(`${folder}/${file}`, schema, what) as z.output<T> & object;
		return { id, ...record };
	});
}
