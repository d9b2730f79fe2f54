import { defaultLang, isLang, langs, locales, type Lang } from '../i18n/locales';
import { isProviderId } from '../data/providers';
import type { ErrorEntryData } from '../schemas/error-entry';

/** One error-code file as the checks see it: where it is, its parsed frontmatter, its MDX body. */
export interface CheckedEntry {
	/** Path relative to the project root, for messages: `content/errors/en/oss/NoSuchKey.mdx`. */
	filePath: string;
	/** Path below the collection base without extension: `en/oss/NoSuchKey`. */
	id: string;
	data: ErrorEntryData;
	body: string;
}

/** A broken rule: the file, the frontmatter field (or `body`, `file`), and what is wrong. */
export interface Problem {
	file: string;
	field: string;
	message: string;
}

const sectionPattern = /<Message\b([^>]*)>([\s\S]*?)<\/Message>/g;
const idAttributePattern = /^\s*id=(?:"([^"]*)"|'([^']*)')\s*$/;

/**
 * Blanks out fenced code blocks and inline code (keeping offsets), so that an XML sample such as
 * `<Message>…</Message>` inside a code block is not read as a section tag.
 */
export function maskCode(body: string): string {
	const blank = (text: string) => text.replace(/[^\n]/g, ' ');
	return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]*`/g, blank);
}

/** The `<Message id="…">` sections of an MDX body, in order, with their inner text. */
export function parseMessageSections(body: string): { id: string | null; inner: string }[] {
	return [...maskCode(body).matchAll(sectionPattern)].map((match) => {
		const attributes = idAttributePattern.exec(match[1] ?? '');
		return {
			id: attributes ? (attributes[1] ?? attributes[2] ?? null) : null,
			inner: match[2] ?? '',
		};
	});
}

/** Rules within one file: its place in the tree, its message ids, its body sections. */
/**
 * Markdown that a plain-text field would show to readers as typed: backticks, emphasis markers,
 * links. Summaries, causes and source notes are shown as text (page descriptions,
 * tables, search results): they say a name plainly.
 */
const markdownInText = /`|\*\*|(?<![\w*])\*(?=\S)[^*]*\S\*(?![\w*])|\[[^\]]*\]\([^)]*\)/;

/** The fields of a page that are plain text, with their names as problems report them. */
function plainTextFields(entry: CheckedEntry): { field: string; text: string }[] {
	return [
		{ field: 'summary', text: entry.data.summary },
		...entry.data.messages.map((message, index) => ({
			field: `messages[${index}].cause`,
			text: message.cause,
		})),
		...entry.data.sourceNotes.map((note, index) => ({
			field: `sourceNotes[${index}]`,
			text: note,
		})),
	];
}

function checkFile(entry: CheckedEntry): Problem[] {
	const problems: Problem[] = [];
	const report = (field: string, message: string) =>
		problems.push({ file: entry.filePath, field, message });
	const [lang, provider, fileCode, ...rest] = entry.id.split('/');

	for (const { field, text } of plainTextFields(entry)) {
		const markup = markdownInText.exec(text);
		if (markup) {
			report(
				field,
				`is plain text, shown as written: "${markup[0]}" would reach readers literally (write the name without Markdown)`,
			);
		}
	}

	if (!lang || !isLang(lang) || !provider || !fileCode || rest.length > 0) {
		report('file', `must be at content/errors/{${langs.join('|')}}/{provider}/{Code}.mdx`);
		return problems;
	}
	if (!isProviderId(provider)) {
		report('file', `unknown provider folder "${provider}"`);
	} else if (provider !== entry.data.provider) {
		report('provider', `is "${entry.data.provider}" but the file is in the "${provider}" folder`);
	}
	if (fileCode !== entry.data.code) {
		report('code', `is "${entry.data.code}" but the file is named "${fileCode}.mdx"`);
	}

	const seen = new Set<string>();
	entry.data.messages.forEach((message, index) => {
		if (seen.has(message.id)) report(`messages[${index}].id`, `"${message.id}" is used twice`);
		seen.add(message.id);
	});
	// A former id is an anchor on the same page: it may not be any message's id, current or former.
	const anchors = new Set(seen);
	entry.data.messages.forEach((message, index) => {
		message.formerIds.forEach((formerId, formerIndex) => {
			if (anchors.has(formerId)) {
				report(
					`messages[${index}].formerIds[${formerIndex}]`,
					`"${formerId}" is already an anchor on this page`,
				);
			}
			anchors.add(formerId);
		});
	});

	const sections = parseMessageSections(entry.body);
	const sectionIds = new Set<string>();
	for (const section of sections) {
		if (section.id === null) {
			report('body', 'a <Message> section has no id="…" attribute');
			continue;
		}
		if (sectionIds.has(section.id)) report('body', `<Message id="${section.id}"> appears twice`);
		sectionIds.add(section.id);
		if (!seen.has(section.id)) {
			report('body', `<Message id="${section.id}"> has no entry in messages`);
		}
		for (const part of ['Cause', 'Solution']) {
			if (!section.inner.includes(`<${part}>`)) {
				report('body', `<Message id="${section.id}"> has no <${part}> section`);
			}
		}
	}
	entry.data.messages.forEach((message, index) => {
		if (!sectionIds.has(message.id)) {
			report(
				`messages[${index}].id`,
				`"${message.id}" has no <Message id="${message.id}"> section in the body`,
			);
		}
	});

	if (entry.data.related.includes(entry.data.code)) {
		report('related', 'lists the code itself');
	}
	return problems;
}

/** Twin rules: a translation agrees with its English original on every fact. */
function checkTwins(original: CheckedEntry, twin: CheckedEntry): Problem[] {
	const problems: Problem[] = [];
	const report = (field: string, message: string) =>
		problems.push({ file: twin.filePath, field, message });
	const a = original.data;
	const b = twin.data;
	const differs = (x: unknown, y: unknown) => JSON.stringify(x) !== JSON.stringify(y);

	if (a.provider !== b.provider)
		report('provider', `is "${b.provider}", its twin ${original.filePath} says "${a.provider}"`);
	if (a.code !== b.code)
		report('code', `is "${b.code}", its twin ${original.filePath} says "${a.code}"`);
	if (a.status !== b.status)
		report('status', `is ${b.status}, its twin ${original.filePath} says ${a.status}`);
	const idsA = a.messages.map((m) => m.id);
	const idsB = b.messages.map((m) => m.id);
	if (differs(idsA, idsB)) {
		report(
			'messages',
			`ids are [${idsB.join(', ')}], its twin ${original.filePath} has [${idsA.join(', ')}] (same ids, same order)`,
		);
	} else {
		a.messages.forEach((message, index) => {
			const other = b.messages[index];
			if (!other) return;
			if (message.text !== other.text) {
				report(
					`messages[${index}].text`,
					`must quote the service verbatim, as its twin does: "${message.text}"`,
				);
			}
			if (differs(message.variants, other.variants)) {
				report(`messages[${index}].variants`, `must match its twin ${original.filePath}`);
			}
			if (differs(message.formerIds, other.formerIds)) {
				report(`messages[${index}].formerIds`, `must match its twin ${original.filePath}`);
			}
		});
	}
	if (differs([...a.related].sort(), [...b.related].sort())) {
		report('related', `must list the same codes as its twin ${original.filePath}`);
	}
	return problems;
}

/** Any content file with a language: its id starts with the language (`zh/oss/NoSuchKey`). */
export interface LocalizedFile {
	id: string;
	filePath: string;
}

/**
 * Pairs every English file with its twin in each other language (same path below the language
 * folder). A file without its twin, in either direction, is a problem.
 */
export function pairTwins<T extends LocalizedFile>(
	entries: readonly T[],
	base: string,
): { pairs: [T, T][]; problems: Problem[] } {
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	const pairs: [T, T][] = [];
	const problems: Problem[] = [];
	for (const entry of entries) {
		const [lang, ...rest] = entry.id.split('/');
		if (!lang || !isLang(lang)) continue;
		for (const other of langs) {
			if (other === lang) continue;
			const twinId = [other, ...rest].join('/');
			const twin = byId.get(twinId);
			if (!twin) {
				problems.push({
					file: entry.filePath,
					field: 'file',
					message: `has no ${locales[other].name} twin at ${base}/${twinId}.mdx`,
				});
			} else if (lang === defaultLang) {
				pairs.push([entry, twin]);
			}
		}
	}
	return { pairs, problems };
}

/**
 * A translation records the revision of the English file it follows (`translates`); the English
 * original records none. Stale translations are reported, not rejected (translation-freshness.ts).
 */
export function checkTranslationStamp(
	entry: LocalizedFile & { data: { translates?: string | undefined } },
): Problem[] {
	const lang = entry.id.split('/')[0];
	if (lang === defaultLang && entry.data.translates !== undefined) {
		return [
			{
				file: entry.filePath,
				field: 'translates',
				message: 'belongs on translations only, not on the English original',
			},
		];
	}
	if (lang !== defaultLang && entry.data.translates === undefined) {
		return [
			{
				file: entry.filePath,
				field: 'translates',
				message: `is missing: once translated, run \`npm run translations -- --mark ${entry.filePath}\``,
			},
		];
	}
	return [];
}

/**
 * Every rule the schema cannot express, over the whole collection. Returns all problems at once
 * so an author fixes them in one pass.
 */
export function checkErrorEntries(entries: readonly CheckedEntry[]): Problem[] {
	const problems = entries.flatMap((entry) => [
		...checkFile(entry),
		...checkTranslationStamp(entry),
	]);
	const twins = pairTwins(entries, 'content/errors');
	problems.push(...twins.problems);
	for (const [original, twin] of twins.pairs) problems.push(...checkTwins(original, twin));

	const codesByProvider = new Map<string, Set<string>>();
	const caseFolded = new Map<string, CheckedEntry>();
	for (const entry of entries) {
		const lang = entry.id.split('/')[0];
		if (!lang || !isLang(lang)) continue;
		const key = `${lang}/${entry.data.provider}`;
		const codes = codesByProvider.get(key) ?? new Set<string>();
		codes.add(entry.data.code);
		codesByProvider.set(key, codes);

		// URLs are case-sensitive, but many file systems are not: two codes may not differ only by case.
		const folded = entry.id.toLowerCase();
		const clash = caseFolded.get(folded);
		if (clash)
			problems.push({
				file: entry.filePath,
				field: 'code',
				message: `differs only in case from ${clash.filePath}`,
			});
		caseFolded.set(folded, entry);
	}

	for (const entry of entries) {
		const lang = entry.id.split('/')[0] as Lang;
		const known = codesByProvider.get(`${lang}/${entry.data.provider}`) ?? new Set();
		entry.data.related.forEach((code, index) => {
			if (!known.has(code)) {
				problems.push({
					file: entry.filePath,
					field: `related[${index}]`,
					message: `"${code}" is not a code of provider "${entry.data.provider}" on this site`,
				});
			}
		});
	}
	return problems;
}

/** All problems as one message an author can act on: one line per problem, file first. */
export function formatProblems(problems: readonly Problem[]): string {
	const lines = problems.map((p) => `  ${p.file} › ${p.field}: ${p.message}`);
	return `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
