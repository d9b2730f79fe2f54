/** Values for `{name}` placeholders. */
export type Vars = Record<string, string | number>;

const han = /\p{Script=Han}/u;
const latin = /[\p{Script=Latin}\d]/u;

/**
 * Where a value meets its template, Chinese and Latin text are kept a space apart, as the
 * writing guide asks (`调用 {api} 接口`): a provider name filled into `{documented}的` reads
 * `华为云 OBS 的`. Nothing is added where a space, a punctuation mark or the same script meets.
 */
function spaced(before: string, value: string, after: string): string {
	const first = value.at(0) ?? '';
	const last = value.at(-1) ?? '';
	const lead = (han.test(before) && latin.test(first)) || (latin.test(before) && han.test(first));
	const trail = (han.test(last) && latin.test(after)) || (latin.test(last) && han.test(after));
	return `${lead ? ' ' : ''}${value}${trail ? ' ' : ''}`;
}

/** Keeps Chinese and Latin text a space apart wherever they meet inside `text` (a formatted list). */
export function spaceMixedScripts(text: string): string {
	return text.replace(
		/(?<=[\p{Script=Latin}\d])(?=\p{Script=Han})|(?<=\p{Script=Han})(?=[\p{Script=Latin}\d])/gu,
		' ',
	);
}

/** Sentences one after another: a space after a Latin full stop, none after a Chinese one (。). */
export function joinSentences(sentences: readonly string[]): string {
	return sentences.reduce(
		(text, next) => (!text || /[。！？]$/.test(text) ? text + next : `${text} ${next}`),
		'',
	);
}

/**
 * The space between a label and what follows it in markup (`<strong>{label}</strong>{after}`):
 * one after "In short:", none after full-width punctuation ("简而言之：", "…失败。"), which
 * carries its own spacing.
 */
export function spaceAfter(label: string): string {
	return /[\u3000-\u303f\uff01-\uff60]$/u.test(label) ? '' : ' ';
}

/**
 * Fills `{name}` placeholders; a placeholder without a value is a bug, not an empty string.
 * Pure: the browser's scripts use it too.
 */
export function interpolate(template: string, vars: Vars = {}): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string, offset: number) => {
		const value = vars[name];
		if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
		const end = offset + name.length + 2;
		return spaced(template[offset - 1] ?? '', String(value), template[end] ?? '');
	});
}
