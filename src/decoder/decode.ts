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
	/** The message matched in our content: its anchor id and verbatim text; absent when none matched. */
	message?: { id: string; text: string };
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
	/** Length of the text that matched: among containments, the longer one says more. */
	length: number;
}

/** The best of `messages` for a normalised pasted message (`said`), or undefined. */
function matchMessage(said: string, messages: readonly IndexedMessage[]): MessageMatch | undefined {
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
			if (ours === said) offer({ message, level: Level.exact, length: ours.length });
			else if (oursLower === saidLower) {
				offer({ message, level: Level.ignoringCase, length: ours.length });
			} else if (ours.length >= minContained && containsWords(saidLower, oursLower)) {
				offer({ message, level: Level.contains, length: ours.length });
			} else if (isFragment(said) && containsWords(oursLower, saidLower)) {
				offer({ message, level: Level.contains, length: said.length });
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
	input: string;
	/** The parsed message, normalised; '' when none. */
	said: string;
	status: number | undefined;
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
		const match = matchMessage(reading.said, facts.messages);
		const [only] = facts.messages;
		// A code with one message is that message, whatever the input said; that is no reason to
		// rank it above the other provider's candidate, though.
		const shown = match?.message ?? (facts.messages.length === 1 ? only : undefined);
		const candidate: Candidate = { provider, code: name, status: facts.status, matchedBy };
		if (shown) candidate.message = { id: shown.id, text: shown.text };
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

	const hay = normaliseMessage(reading.input).toLowerCase();
	return search((messages) => {
		let best: MessageMatch | undefined;
		for (const message of messages) {
			for (const wording of [message.text, ...message.variants]) {
				const ours = normaliseMessage(wording).toLowerCase();
				if (ours.length < minContained || !containsWords(hay, ours)) continue;
				if (!best || ours.length > best.length) {
					best = { message, level: Level.inInput, length: ours.length };
				}
			}
		}
		return best;
	});
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
		input,
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
			{ ...reading, said: error.message ? normaliseMessage(error.message) : '' },
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
