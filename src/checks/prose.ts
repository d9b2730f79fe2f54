import { isLang, langs, type Lang, type Localized } from '../i18n/locales';
import type { EquivalentsFile } from '../schemas/comparison';
import type { CheckedEntry } from './content-rules';
import { maskCode } from './content-rules';
import type { CheckedGuide } from './guide-rules';
import type { PageProse } from './terminology';

function langOf(id: string): Lang {
	const lang = id.split('/')[0] ?? '';
	if (!isLang(lang)) throw new Error(`${id}: no language folder`);
	return lang;
}

/**
 * The prose of an error-code page: what we wrote, not what the service sends. Message texts and
 * variants are verbatim quotes and code in backticks is literal, so neither is read.
 */
export function proseOfErrorEntry(entry: CheckedEntry): PageProse {
	const { data } = entry;
	return {
		filePath: entry.filePath,
		lang: langOf(entry.id),
		provider: data.provider,
		fields: [
			{ field: 'summary', text: data.summary },
			...data.messages.map((message, index) => ({
				field: `messages[${index}].cause`,
				text: message.cause,
			})),
			...data.sourceNotes.map((note, index) => ({ field: `sourceNotes[${index}]`, text: note })),
			{ field: 'body', text: maskCode(entry.body) },
		],
	};
}

/** The prose of a guide page. */
export function proseOfGuide(entry: CheckedGuide): PageProse {
	return {
		filePath: entry.filePath,
		lang: langOf(entry.id),
		fields: [
			{ field: 'title', text: entry.data.title },
			{ field: 'description', text: entry.data.description },
			{ field: 'body', text: maskCode(entry.body) },
		],
	};
}

/** The prose of the equivalents file: its notes, one "page" per language. */
export function proseOfEquivalents(file: string, equivalents: EquivalentsFile): PageProse[] {
	return langs.map((lang) => ({
		filePath: file,
		lang,
		fields: [
			...equivalents.equivalents.map((group, index) => ({
				field: `equivalents[${index}].note.${lang}`,
				text: maskCode(group.note[lang]),
			})),
			...Object.entries(equivalents.notes).map(([code, note]) => ({
				field: `notes.${code}.${lang}`,
				text: maskCode(note[lang]),
			})),
		],
	}));
}

/** The meanings of a reference provider's codes (our words, in each language): prose like any other. */
export function proseOfMeanings(
	file: string,
	rows: readonly { code: string; meaning?: Localized | undefined }[],
): PageProse[] {
	return langs.map((lang) => ({
		filePath: file,
		lang,
		fields: rows.flatMap(({ code, meaning }) =>
			meaning ? [{ field: `${code}.${lang}`, text: meaning[lang] }] : [],
		),
	}));
}
