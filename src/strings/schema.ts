import en from './dictionaries/en.json';

/**
 * The UI strings' keys come from the English dictionary, `dictionaries/en.json`: groups of
 * strings, each group with an `$about` line for translators. A key is `group.name`
 * (`decode.unknownCode`). Every other dictionary must have exactly these keys, each a non-empty
 * string; `{name}` marks a value filled in by `t()`; keys ending in `_one` / `_other` are plural
 * forms chosen by `tn()`.
 */
type Groups = typeof en;
export type UIKey = {
	[G in keyof Groups]: `${G & string}.${Exclude<keyof Groups[G], '$about'> & string}`;
}[keyof Groups];

export type Dictionary = Record<UIKey, string>;

/** Keys that have plural forms, without their `_one` / `_other` suffix. */
export type PluralKey = UIKey extends infer K
	? K extends `${infer Base}_one`
		? Base
		: never
	: never;

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The flat `group.name` keys of the English dictionary, the reference for every other. */
export const uiKeys: readonly UIKey[] = Object.entries(en).flatMap(([group, strings]) =>
	Object.keys(strings)
		.filter((name) => name !== '$about')
		.map((name) => `${group}.${name}` as UIKey),
);

/**
 * Every problem of one dictionary against the English keys: missing, unknown, empty or
 * non-string values, and groups without their translator line (English only).
 */
export function dictionaryProblems(raw: unknown, isReference: boolean): string[] {
	if (!isRecord(raw)) return ['(file): must be an object of groups'];
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const [group, strings] of Object.entries(raw)) {
		if (!isRecord(strings)) {
			problems.push(`${group}: must be a group of strings`);
			continue;
		}
		for (const [name, value] of Object.entries(strings)) {
			const key = `${group}.${name}`;
			if (name === '$about') {
				if (!isReference) problems.push(`${key}: translator lines belong in en.json only`);
				continue;
			}
			seen.add(key);
			if (!(uiKeys as readonly string[]).includes(key))
				problems.push(`${key}: unknown key (not in en.json)`);
			else if (typeof value !== 'string' || value.trim() === '')
				problems.push(`${key}: must be a non-empty string`);
		}
		if (isReference && typeof strings['$about'] !== 'string') {
			problems.push(`${group}.$about: every group needs a line for translators`);
		}
	}
	for (const key of uiKeys) if (!seen.has(key)) problems.push(`${key}: missing`);
	return problems;
}
