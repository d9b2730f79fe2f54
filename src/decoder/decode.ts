import type { ProviderId } from '../data/providers';
import type { CodeIndex, IndexedMessage } from './code-index';
import type { ReferenceCode, ReferenceIndex } from './reference-index';
import { closestCodes } from '../matching/fuzzy';
import {
	parseError,
	type ParsedError,
	type ProviderFingerprints,
	type ProviderHint,
} from './parse';

/**
 * The decoder page's one entry point: read a pasted error (`parse.ts`), then find the documented
 * code and message it is, so the page can link to the code at the right message anchor. Pure, so
 * the 404 page reuses its typo helpers and the unit tests run it on the real code index.
 */

/** A documented code the input may be, with the message to open it at. */
export interface Candidate {
	provider: ProviderId;
	code: string;
	status: number;
	/**
	 * The documented message to open the page at: its anchor id and verbatim text. Absent when the
	 * input carries a message that is none of this code's documented wordings (the page shows the
	 * pasted one, never ours in its place), and when the input carries none and the code documents
	 * several.
	 */
	message?: { id: string; text: string };
	/**
	 * How `message` was chosen: 'pasted' — the input carries it (or one of its documented
	 * wordings); 'only' — the input carries no message and the code documents this one only.
	 */
	messageBy?: 'pasted' | 'only';
	/**
	 * The message as the input carries it — the one the page shows, matched or not: its parsed
	 * message, or a documented wording found in its text. Absent when it carries none.
	 */
	pasted?: string;
	/** Why this candidate: 'code' (code found as written), 'code-case' (code matched ignoring case), 'message' (found by message text only). */
	matchedBy: 'code' | 'code-case' | 'message';
}

/** What the decoder page shows for one input. */
export interface Decoded {
	parsed: ParsedError;
	/** Best first. One when the provider is known; both providers when the input cannot tell and both have the code. */
	candidates: Candidate[];
	/**
	 * The provider the input comes from: the one its evidence names (headers, hosts, SDK
	 * markers), else the only provider that documents what it says; undefined when it cannot tell.
	 */
	provider?: ProviderId;
	/**
	 * The input comes from a reference provider (Cloudflare R2, by its host or its own number):
	 * its code there, and what the comparison says of it (statuses, meanings, numbers).
	 */
	reference?: { provider: string; code?: string; facts?: ReferenceCode };
	/** Each error, in order, when the input holds several; the last one ended the operation. */
	errors: DecodedError[];
	/** The input's EC (OSS's error code for diagnosis) and where the provider diagnoses it. */
	ec?: { value: string; provider?: ProviderId; diagnosis?: string };
	/**
	 * Set when nothing useful came out: 'empty' (blank input), 'unrecognised' (no code, no known
	 * message), 'unknown-code' (a code was read but neither provider documents it, and its message
	 * is none of ours either).
	 */
	problem?: 'empty' | 'unrecognised' | 'unknown-code';
	/** For 'unknown-code': documented codes within a small edit distance (typos), best first, at most 5. */
	suggestions: { provider: ProviderId; code: string }[];
}

/** One of several errors in the input, with the page to open for it when we document it. */
export interface DecodedError {
	code: string;
	/** The status the code comes with, when we document it. */
	status?: number;
	requestId?: string;
	candidate?: Candidate;
	/** The last error: the one that ended the operation. */
	ended: boolean;
}

/** How well a pasted message matches one of ours; lower is better. */
const Level = {
	exact: 0,
	ignoringCase: 1,
	/** One contains the other, as whole words. */
	contains: 2,
	/** Found inside the raw input (a log line), not in a parsed field. */
	inInput: 3,
	none: 4,
} as const;
type Level = (typeof Level)[keyof typeof Level];

/** Shortest text taken as "contained": shorter ones turn up in unrelated log lines. */
const minContained = 12;
/** A fragment of one of our messages must be this long, and this many words, to stand for it. */
const minFragment = 15;
const minFragmentWords = 3;

/**
 * A message as compared: whitespace collapsed, typographic quotes straightened (copied from
 * rendered docs), trailing periods dropped (SDKs add or drop them).
 */
export function normaliseMessage(text: string): string {
	return text
		.replace(/[‘’]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[ .]+$/, '');
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9]/.test(ch);

/** `needle` occurs in `hay` as whole words (not "Invalid request" inside "Invalid requests"). */
function containsWords(hay: string, needle: string): boolean {
	for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
		if (!isWordChar(hay[at - 1]) && !isWordChar(hay[at + needle.length])) return true;
	}
	return false;
}

interface MessageMatch {
	message: IndexedMessage;
	level: Level;
	/** Which of the message's documented wordings matched. */
	wording: string;
	/** The documented wording was found inside the pasted text, which says more around it. */
	inside?: true;
	/** Length of the text that matched: among containments, the longer one says more. */
	length: number;
}

/**
 * The best of `messages` for a normalised pasted message (`said`), or undefined. A wording that is
 * the `code` itself (OSS documents `AccessDenied` as a message too) matches only as the whole
 * message: inside a text it is the code being named, not the message.
 */
function matchMessage(
	said: string,
	messages: readonly IndexedMessage[],
	code?: string,
): MessageMatch | undefined {
	if (!said) return undefined;
	const saidLower = said.toLowerCase();
	let best: MessageMatch | undefined;
	const offer = (candidate: MessageMatch) => {
		if (
			!best ||
			candidate.level < best.level ||
			(candidate.level === best.level && candidate.length > best.length)
		) {
			best = candidate;
		}
	};
	for (const message of messages) {
		for (const wording of [message.text, ...message.variants]) {
			const ours = normaliseMessage(wording);
			const oursLower = ours.toLowerCase();
			if (ours === said) offer({ message, level: Level.exact, length: ours.length, wording });
			else if (oursLower === saidLower) {
				offer({ message, level: Level.ignoringCase, length: ours.length, wording });
			} else if (
				ours.length >= minContained &&
				oursLower !== code?.toLowerCase() &&
				containsWords(saidLower, oursLower)
			) {
				offer({ message, level: Level.contains, length: ours.length, wording, inside: true });
			} else if (isFragment(said) && containsWords(oursLower, saidLower)) {
				offer({ message, level: Level.contains, length: said.length, wording });
			}
		}
	}
	return best;
}

const isFragment = (said: string) =>
	said.length >= minFragment && said.split(' ').length >= minFragmentWords;

/** The provider the hints agree on; undefined without hints or when they disagree. */
export function providerOf(hints: readonly ProviderHint[]): ProviderId | undefined {
	const named = new Set(hints.map((hint) => hint.provider));
	return named.size === 1 ? [...named][0] : undefined;
}

const providersOf = (index: CodeIndex) => Object.keys(index.codes) as ProviderId[];

/**
 * The registry's fingerprints of each provider, as the parser reads them: the documented ones,
 * then the reference ones when their index is loaded.
 */
const fingerprintCache = new WeakMap<CodeIndex, WeakMap<object, ProviderFingerprints[]>>();
const noReferences = {};
function fingerprintsOf(index: CodeIndex, references?: ReferenceIndex): ProviderFingerprints[] {
	const key = references ?? noReferences;
	let byReferences = fingerprintCache.get(index);
	if (!byReferences) fingerprintCache.set(index, (byReferences = new WeakMap()));
	let list = byReferences.get(key);
	if (!list) {
		list = [index.providers, references?.providers ?? {}].flatMap((providers) =>
			Object.entries(providers).map(([provider, { fingerprints }]) => ({ provider, fingerprints })),
		);
		byReferences.set(key, list);
	}
	return list;
}

/** Code names per provider, for fuzzy matching. */
const namesOf = (index: CodeIndex) =>
	Object.fromEntries(providersOf(index).map((p) => [p, Object.keys(index.codes[p] ?? {})]));

/** Lower-cased code → code, per provider: built once per index (the page keeps one index). */
const foldedCodes = new WeakMap<CodeIndex, Record<string, Map<string, string>>>();

function folded(index: CodeIndex, provider: ProviderId): Map<string, string> {
	let byProvider = foldedCodes.get(index);
	if (!byProvider) {
		byProvider = {};
		for (const p of providersOf(index)) {
			byProvider[p] = new Map(
				Object.keys(index.codes[p] ?? {}).map((code) => [code.toLowerCase(), code]),
			);
		}
		foldedCodes.set(index, byProvider);
	}
	return byProvider[provider] ?? new Map();
}

interface Ranked {
	candidate: Candidate;
	/** Sort keys: how the code matched, then how the message did, then the status. */
	by: number;
	level: number;
	length: number;
	/** 0 when the input's status is the candidate's (or the input has none), else 1. */
	status: number;
	order: number;
}

const byRank = (a: Ranked, b: Ranked) =>
	a.by - b.by ||
	a.level - b.level ||
	b.length - a.length ||
	a.status - b.status ||
	a.order - b.order;

const statusKey = (parsed: number | undefined, ours: number) =>
	parsed === undefined || parsed === ours ? 0 : 1;

const matchedByRank: Record<Candidate['matchedBy'], number> = {
	code: 0,
	'code-case': 1,
	message: 2,
};

/** What the input said, as the matchers use it. */
interface Reading {
	/**
	 * The input, normalised and lower-cased: searched for a documented wording when the parsed
	 * message is none of them; '' to search nothing.
	 */
	hay: string;
	/** The parsed message as the input gives it. */
	message: string | undefined;
	/** The message is the whole input, no label having said where one is. */
	unlabelled: boolean;
	/** The parsed message, normalised; '' when none. */
	said: string;
	status: number | undefined;
}

/**
 * The message as the page shows it for a match: the input's message as it gives it; but the
 * documented wording itself when it was found in text that no label introduced (a log line, the
 * rest of the input), as the part of that text that is the message.
 */
function pastedOf(reading: Reading, match: MessageMatch): string {
	if (match.level === Level.inInput || (reading.unlabelled && match.inside)) return match.wording;
	return reading.message ?? match.wording;
}

/** Candidates for a parsed code among `within`, each with its best message. */
function byCode(code: string, reading: Reading, index: CodeIndex, within: readonly ProviderId[]) {
	const found: Ranked[] = [];
	within.forEach((provider, order) => {
		const codes = index.codes[provider] ?? {};
		const exact = Object.hasOwn(codes, code);
		const name = exact ? code : folded(index, provider).get(code.toLowerCase());
		const facts = name === undefined ? undefined : codes[name];
		if (name === undefined || !facts) return;
		const matchedBy = exact ? 'code' : 'code-case';
		const parsedMatch = matchMessage(reading.said, facts.messages, name);
		// The parsed message may be an application's own ("Failed to upload"), with the service's
		// message further on in the text.
		const match = parsedMatch ?? inInput(reading, facts.messages, name);
		const [only, ...more] = facts.messages;
		const candidate: Candidate = { provider, code: name, status: facts.status, matchedBy };
		if (match) {
			candidate.message = { id: match.message.id, text: match.message.text };
			candidate.messageBy = 'pasted';
			candidate.pasted = pastedOf(reading, match);
		} else if (reading.message !== undefined && reading.said) {
			candidate.pasted = reading.message;
		} else if (only && more.length === 0) {
			// The input names the code and no message: a code with one documented message can only
			// be that one. A message the input does carry is never replaced by ours; and having one
			// message is no reason to rank it above the other provider's candidate.
			candidate.message = { id: only.id, text: only.text };
			candidate.messageBy = 'only';
		}
		found.push({
			candidate,
			by: matchedByRank[matchedBy],
			level: match?.level ?? Level.none,
			length: match?.length ?? 0,
			status: statusKey(reading.status, facts.status),
			order,
		});
	});
	return found;
}

/**
 * The reference provider the input comes from, when its evidence names one (R2's host) or it
 * carries one's own number for an error (R2's `10007`, which also names the code). The evidence
 * is added to the parsed hints, for the page to show.
 */
function referenceOf(
	parsed: ParsedError,
	references: ReferenceIndex,
	documentedIds: readonly string[],
): Decoded['reference'] {
	const named = providerOf(parsed.hints.filter((hint) => !documentedIds.includes(hint.provider)));
	let provider = named;
	let code = parsed.code;
	const number = parsed.numericCode;
	if (number !== undefined) {
		for (const [name, facts] of Object.entries(references.codes)) {
			const at = Object.keys(facts.providerCodes).find(
				(id) => (!named || id === named) && facts.providerCodes[id]?.includes(number),
			);
			if (at === undefined) continue;
			provider ??= at;
			code ??= name;
			const short = references.providers[at]?.short ?? at;
			parsed.hints.push({ provider: at, evidence: `${short} error number ${number}` });
			break;
		}
	}
	if (!provider) return undefined;
	const facts = code === undefined ? undefined : references.codes[code];
	if (code === undefined || facts?.statuses[provider] === undefined) return { provider };
	return { provider, code, facts };
}

/** Longest stretch of input scanned for code names: a 1 MB log is read up to here. */
const maxMentionScan = 200_000;

/** A class of the platform's own (`java.nio.file.AccessDeniedException`), not the service's. */
const platformClass = /\b(?:java|javax|System)\.(?:[a-z0-9]{1,30}\.){0,5}$/;

/**
 * The first documented code named in free text: as written (any provider), or as an exception
 * class (`NoSuchKeyException`, ali-oss's `AccessDeniedError`), or in other letter case when the
 * code is a compound of several words (`invalidpartorder`; single words like `Conflict` would
 * turn up in ordinary prose). Exact names win over case-folded ones.
 */
function mentionedCode(input: string, index: CodeIndex): string | undefined {
	const providers = providersOf(index);
	const exact = (word: string) => providers.some((p) => Object.hasOwn(index.codes[p] ?? {}, word));
	let foldedHit: string | undefined;
	const wordRe = /[A-Za-z][A-Za-z0-9]{2,99}/g;
	const text = input.slice(0, maxMentionScan);
	for (let m = wordRe.exec(text); m; m = wordRe.exec(text)) {
		const word = m[0];
		if (platformClass.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
		const stem = word.replace(/(?:Exception|Error)$/, '');
		for (const name of stem !== word && stem.length >= 3 ? [word, stem] : [word]) {
			if (exact(name)) return name;
			if (foldedHit !== undefined) continue;
			for (const p of providers) {
				const canonical = folded(index, p).get(name.toLowerCase());
				if (canonical && /[A-Z].*[A-Z]/.test(canonical)) foldedHit = canonical;
			}
		}
	}
	return foldedHit;
}

/**
 * The longest of `messages` whose wording the raw input carries, as whole words; a wording that is
 * `code` itself (OSS sends `AccessDenied` as a message too) is not found by naming the code.
 */
function inInput(
	reading: Reading,
	messages: readonly IndexedMessage[],
	code?: string,
): MessageMatch | undefined {
	const { hay } = reading;
	if (!hay) return undefined;
	let best: MessageMatch | undefined;
	for (const message of messages) {
		for (const wording of [message.text, ...message.variants]) {
			const ours = normaliseMessage(wording).toLowerCase();
			if (ours.length < minContained || ours === code?.toLowerCase()) continue;
			if (!containsWords(hay, ours)) continue;
			if (!best || ours.length > best.length) {
				best = { message, level: Level.inInput, length: ours.length, wording, inside: true };
			}
		}
	}
	return best;
}

/** Most candidates a message alone may name: past that it says too little to be useful. */
const maxByMessage = 5;

/**
 * Codes whose message the input carries: the parsed message first; then, when that finds
 * nothing, the raw input, for a message embedded in a log line that no label introduced.
 */
function byMessage(reading: Reading, index: CodeIndex, within: readonly ProviderId[]): Ranked[] {
	const search = (match: (messages: IndexedMessage[]) => MessageMatch | undefined) => {
		const found: Ranked[] = [];
		within.forEach((provider, order) => {
			for (const [code, facts] of Object.entries(index.codes[provider] ?? {})) {
				const m = match(facts.messages);
				if (!m) continue;
				found.push({
					candidate: {
						provider,
						code,
						status: facts.status,
						message: { id: m.message.id, text: m.message.text },
						messageBy: 'pasted',
						pasted: pastedOf(reading, m),
						matchedBy: 'message',
					},
					by: matchedByRank.message,
					level: m.level,
					length: m.length,
					status: statusKey(reading.status, facts.status),
					order,
				});
			}
		});
		// Only the best match counts: an exact match makes containments noise, and of two texts
		// found in the input the longer one is the message ("Invalid request parameter", not
		// "Invalid request" inside it).
		const top = Math.min(...found.map((r) => r.level));
		const atTop = found.filter((r) => r.level === top);
		if (top < Level.contains) return atTop;
		const longest = Math.max(...atTop.map((r) => r.length));
		return atTop.filter((r) => r.length === longest);
	};

	const { said } = reading;
	const fromField = said ? search((messages) => matchMessage(said, messages)) : [];
	if (fromField.length > 0) return fromField;

	return search((messages) => inInput(reading, messages));
}

/**
 * Decodes a pasted error against the code index. The provider is the one the input's evidence
 * names (headers, hosts, SDK markers); without evidence both providers are searched, and a code
 * both document gives two candidates, the one whose message (then status) matches the input
 * first. When the evidence names a provider that does not document the code (or the message)
 * but the other does, the other's candidate is returned (the evidence can be a stray word; the
 * code is what the reader needs), and `provider` still says what the evidence said. A status
 * that differs from ours does not discard a candidate: the page shows both.
 */
export function decode(input: string, index: CodeIndex, references?: ReferenceIndex): Decoded {
	const parsed = parseError(input, fingerprintsOf(index, references));
	const decoded: Decoded = { parsed, candidates: [], suggestions: [], errors: [] };
	if (!input.trim()) {
		decoded.problem = 'empty';
		return decoded;
	}
	const all = providersOf(index);
	const reference = references && referenceOf(parsed, references, all);
	if (reference) decoded.reference = reference;
	// Evidence of a documented provider decides where to look; a reference provider's does not.
	const provider = providerOf(parsed.hints.filter((hint) => all.includes(hint.provider)));
	if (provider) decoded.provider = provider;
	else if (reference) decoded.provider = reference.provider;
	const others = all.filter((p) => p !== provider);
	const preferred = provider ? [provider] : all;
	const reading: Reading = {
		hay: normaliseMessage(input).toLowerCase(),
		message: parsed.message,
		unlabelled: parsed.formats.includes('message'),
		said: parsed.message ? normaliseMessage(parsed.message) : '',
		status: parsed.status,
	};

	let found: Ranked[] = [];
	// A code the input names without a label: an exception's class (`NoSuchKeyException`), a
	// code in parentheses or in a sentence (`getting invalidpartorder on …`).
	const code = parsed.code ?? mentionedCode(input, index) ?? reference?.code;
	if (code) {
		found = byCode(code, reading, index, preferred);
		if (found.length === 0 && provider) found = byCode(code, reading, index, others);
	}
	if (found.length === 0) {
		found = byMessage(reading, index, preferred);
		if (found.length === 0 && provider) {
			found = byMessage(reading, index, others);
			// The message is another provider's wording of a code the named provider also has (OBS
			// sends S3's wording, which OSS documents): the evidence wins, the named provider's
			// page comes first, the other's (with the message) after it.
			const own = [...new Set(found.map((r) => r.candidate.code))].flatMap((c) =>
				byCode(c, reading, index, [provider]),
			);
			found.push(...own.map((r) => ({ ...r, by: -1 })));
		}
		found = found.sort(byRank).slice(0, maxByMessage);
		// Nothing names the provider: the same code at the others is as likely (S3 wording that
		// both providers send, documented at one of them only as another message).
		const codes = new Set(found.map((r) => r.candidate.code));
		if (!provider && codes.size === 1) {
			const [only] = codes;
			const elsewhere = byCode(only ?? '', reading, index, all).filter(
				(r) => !found.some((f) => f.candidate.provider === r.candidate.provider),
			);
			found.push(...elsewhere.map((r) => ({ ...r, by: matchedByRank.message + 1 })));
		}
	}

	found.sort(byRank);
	decoded.candidates = found.map((r) => r.candidate);
	if (!decoded.provider) {
		// Only one provider documents the code the input names (or carries the message of). A
		// message alone is no evidence: OBS sends S3's wording, which OSS's documents also use.
		const providers = new Set(found.map((r) => r.candidate.provider));
		const [only] = providers;
		if (providers.size === 1 && only) decoded.provider = only;
	}
	decoded.errors = parsed.errors.map((error, i) => {
		const [best] = byCode(
			error.code,
			// Each error by its own message: the input's other text may be another error's.
			{
				hay: '',
				message: error.message,
				unlabelled: false,
				said: error.message ? normaliseMessage(error.message) : '',
				status: reading.status,
			},
			index,
			provider ? [provider, ...others] : all,
		).sort(byRank);
		const status = best?.candidate.status;
		return {
			code: best?.candidate.code ?? error.code,
			...(status === undefined ? {} : { status }),
			...(error.requestId === undefined ? {} : { requestId: error.requestId }),
			...(best ? { candidate: best.candidate } : {}),
			ended: i === parsed.errors.length - 1,
		};
	});
	if (parsed.ec) {
		// The provider whose registry record claims ECs (`fingerprints.ec`), when one does.
		const [ecProvider, ecOwner] =
			Object.entries(index.providers).find(([, { fingerprints }]) => fingerprints.ec) ?? [];
		const template = ecOwner?.fingerprints.ecDiagnosis;
		const diagnosis =
			parsed.recommendDoc ?? template?.replace('{ec}', encodeURIComponent(parsed.ec));
		decoded.ec = {
			value: parsed.ec,
			...(ecProvider ? { provider: ecProvider } : {}),
			...(diagnosis ? { diagnosis } : {}),
		};
	}
	if (decoded.candidates.length === 0 && !decoded.ec && !decoded.reference?.facts) {
		if (parsed.code) {
			decoded.problem = 'unknown-code';
			decoded.suggestions = closestCodes(parsed.code, namesOf(index), 5, provider).map(
				({ provider: p, code: c }) => ({ provider: p, code: c }),
			);
		} else {
			decoded.problem = 'unrecognised';
		}
	}
	return decoded;
}
