import { interpolate, type Vars } from '../strings/interpolate';
import { readScriptStrings } from '../strings/script-strings';
import type { UIKey } from '../strings/schema';
import { defaultLang, isLang, type Lang } from '../i18n/locales';
import { href } from '../routing/urls';
import { codeAnchor } from '../comparison/anchors';
import type { CodeIndex } from './code-index';
import { decode, type Candidate, type Decoded } from './decode';
import { decodeTicket, type DecodeTicketTemplates } from './decode-ticket';
import { pasteFragment, pastedText } from './paste-fragment';
import type { ReferenceIndex } from './reference-index';

/**
 * The decoder page in the browser. The code list is fetched once when the page loads, before
 * anything is pasted; decoding itself makes no request, and everything shown is set as text
 * (never as HTML), so markup in the input cannot run.
 */
/** The UI strings the decoder reads from its form's `data-strings`. */
export const decoderStringKeys = [
	'decode.both',
	'decode.byMessage',
	'decode.caseFixed',
	'decode.code',
	'decode.hints',
	'decode.loadError',
	'decode.loading',
	'decode.message',
	'decode.messageUnmatched',
	'decode.messageNotDocumented',
	'decode.messageNone',
	'decode.messageOnly',
	'decode.empty',
	'decode.open',
	'decode.openCode',
	'decode.openOnly',
	'decode.provider',
	'decode.search',
	'decode.several',
	'decode.status',
	'decode.statusDiffers',
	'decode.support',
	'decode.supportWithEc',
	'decode.unknownCode',
	'decode.unrecognised',
	'decode.recognisedBy',
	'decode.reference.from',
	'decode.reference.returns',
	'decode.reference.returnsNumbered',
	'decode.reference.notListed',
	'decode.reference.compare',
	'decode.reference.ours',
	'decode.errors.title',
	'decode.errors.ended',
	'decode.ec.title',
	'decode.ec.diagnosis',
	'decode.share',
	'decode.shareDone',
	'decode.ticketHeading',
	'decode.ticketHeadingUnknown',
	'decode.ticketCandidates',
	'decode.ticketCandidate',
	'copy.ticket',
	'copy.ticketDone',
	'copy.failed',
	'ticket.heading',
	'ticket.link',
	'notFound.didYouMean',
] as const satisfies readonly UIKey[];

type Say = (key: (typeof decoderStringKeys)[number], vars?: Vars) => string;

export function attachDecoder(): void {
	const form = document.querySelector<HTMLFormElement>('#decoder');
	const input = document.querySelector<HTMLTextAreaElement>('#decoder-input');
	const output = document.querySelector<HTMLElement>('#decoder-result');
	if (!form || !input || !output) return;
	const strings = readScriptStrings(form, decoderStringKeys);
	const say: Say = (key, vars) => interpolate(strings[key], vars);
	// Templates the ticket fills itself (its own placeholders).
	const ticketTemplates: DecodeTicketTemplates = {
		heading: strings['ticket.heading'],
		headingBare: strings['decode.ticketHeading'],
		headingUnknown: strings['decode.ticketHeadingUnknown'],
		candidates: strings['decode.ticketCandidates'],
		candidate: strings['decode.ticketCandidate'],
		link: strings['ticket.link'],
	};
	const pageLang = form.dataset['lang'] ?? '';
	const lang: Lang = isLang(pageLang) ? pageLang : defaultLang;

	const load = <T>(url: string): Promise<T | undefined> =>
		fetch(url)
			.then((response) => (response.ok ? (response.json() as Promise<T>) : undefined))
			.catch(() => undefined);
	const index = load<CodeIndex>('/codes.json');
	// The comparison's columns (S3, R2): a paste from them is read as theirs. Without it the
	// decoder still works on the documented providers.
	const references = load<ReferenceIndex>('/references.json');

	/** `asked`: the reader chose Decode (an empty box then gets an answer, not silence). */
	const run = async (asked = false) => {
		const text = input.value;
		if (text.trim() === '') {
			output.replaceChildren(...(asked ? [paragraph(say('decode.empty'))] : []));
			if (asked) input.focus();
			return;
		}
		output.replaceChildren(paragraph(say('decode.loading')));
		const [codes, others] = await Promise.all([index, references]);
		if (!codes) {
			output.replaceChildren(paragraph(say('decode.loadError')));
			return;
		}
		const decoded = decode(text, codes, others);
		output.replaceChildren(
			...render(decoded, codes, others, lang, say),
			actions(text, decoded, codes, lang, say, ticketTemplates),
		);
	};

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(run, 300);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void run(true);
	});
	form.querySelector('[data-decoder-example]')?.addEventListener('click', () => {
		input.value = form.dataset['example'] ?? '';
		void run();
	});
	form.querySelector<HTMLElement>('[data-decoder-controls]')?.removeAttribute('hidden');
	document.querySelector('#decoder-noscript')?.setAttribute('hidden', '');
	// Text handed over in the fragment by the home page's box (`#paste=…`): decoded at once.
	const handed = pastedText(location.hash);
	if (handed !== undefined) {
		input.value = handed;
		void run();
	}
}

/** Longest share link offered: past this, browsers and chat tools cut links. */
const maxShareLink = 8_000;

/**
 * What a reader does with a decode: copy it for a ticket, and share it as a link whose fragment
 * holds the pasted text (the fragment never reaches a server; whoever opens the link sees it).
 */
function actions(
	text: string,
	decoded: Decoded,
	index: CodeIndex,
	lang: Lang,
	say: Say,
	templates: DecodeTicketTemplates,
): HTMLElement {
	const bar = document.createElement('div');
	bar.className = 'mt-2 flex flex-wrap items-center gap-2 text-sm';
	const status = document.createElement('p');
	status.setAttribute('role', 'status');
	status.className = 'basis-full text-slate-700 dark:text-slate-300';
	// The clipboard API alone: the code pages' copy module (with its fallback) stays out of a
	// chunk shared with this page, which would cost every code page a second script request.
	const button = (label: string, copy: string, done: string) => {
		const element = document.createElement('button');
		element.type = 'button';
		element.className =
			'rounded-md border border-slate-300 px-2.5 py-1 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800';
		element.textContent = label;
		element.addEventListener('click', () => {
			navigator.clipboard.writeText(copy).then(
				() => (status.textContent = done),
				() => (status.textContent = say('copy.failed')),
			);
		});
		return element;
	};
	const ticket = decodeTicket(
		decoded,
		(id) => shortOf(index, id),
		(candidate) =>
			new URL(
				href(
					lang,
					{ kind: 'code', provider: candidate.provider, code: candidate.code },
					candidate.message?.id,
				),
				location.origin,
			).href,
		templates,
	);
	if (ticket) bar.append(button(say('copy.ticket'), ticket, say('copy.ticketDone')));
	const share = `${location.origin}${location.pathname}${pasteFragment(text)}`;
	if (share.length <= maxShareLink)
		bar.append(button(say('decode.share'), share, say('decode.shareDone')));
	bar.append(status);
	return bar;
}

/** A provider's short name, as the registry gives it in `/codes.json`. */
const shortOf = (index: CodeIndex, provider: string) =>
	index.providers[provider]?.short ?? provider;

function paragraph(text: string, className = ''): HTMLParagraphElement {
	const element = document.createElement('p');
	element.textContent = text;
	if (className) element.className = className;
	return element;
}

function link(
	text: string,
	url: string,
	className = 'underline underline-offset-2',
): HTMLAnchorElement {
	const element = document.createElement('a');
	element.href = url;
	element.textContent = text;
	element.className = className;
	return element;
}

function render(
	result: Decoded,
	index: CodeIndex,
	references: ReferenceIndex | undefined,
	lang: Lang,
	say: Say,
): Node[] {
	const { candidates } = result;
	const lead: Node[] = [];
	if (result.reference) lead.push(referenceBox(result, references, lang, say));
	if (result.errors.length > 1) lead.push(errorList(result, index, lang, say));
	if (result.reference?.facts && candidates.length > 0) {
		lead.push(paragraph(say('decode.reference.ours'), 'mb-3'));
	}
	const main = candidateNodes(result, index, lang, say);
	// The EC explains a detail of the answer: after it, unless it is all there is to say.
	const ec = result.ec ? [ecBox(result, index, references, say, main.length === 0)] : [];
	return [...lead, ...main, ...ec];
}

/** The cards of the documented codes found, or what to do when there are none. */
function candidateNodes(result: Decoded, index: CodeIndex, lang: Lang, say: Say): Node[] {
	const { parsed, candidates } = result;
	// An EC or a reference provider's error already said what the input is.
	if (candidates.length === 0 && (result.ec || result.reference?.facts)) return [];
	if (candidates.length > 0) {
		return [
			...(candidates.length > 1
				? [
						paragraph(
							// One code at both providers, or one message shared by several codes.
							say(
								new Set(candidates.map((c) => c.code)).size === 1
									? 'decode.both'
									: 'decode.several',
							),
							'mb-3',
						),
					]
				: []),
			...candidates.map((candidate) => card(candidate, result, index, lang, say)),
		];
	}
	const nodes: Node[] = [];
	if (result.problem === 'unknown-code' && parsed.code) {
		nodes.push(paragraph(say('decode.unknownCode', { code: parsed.code }), 'font-semibold'));
		if (result.suggestions.length > 0) {
			nodes.push(paragraph(say('notFound.didYouMean'), 'mt-2'));
			const list = document.createElement('ul');
			list.className = 'mt-1 space-y-1';
			for (const suggestion of result.suggestions) {
				const item = document.createElement('li');
				item.append(
					link(
						`${suggestion.code} · ${shortOf(index, suggestion.provider)}`,
						href(lang, { kind: 'code', provider: suggestion.provider, code: suggestion.code }),
					),
				);
				list.append(item);
			}
			nodes.push(list);
		}
	} else {
		nodes.push(paragraph(say('decode.unrecognised'), 'font-semibold'));
		nodes.push(paragraph(say('decode.hints'), 'mt-2 text-slate-700 dark:text-slate-300'));
	}
	const query = (parsed.code ?? parsed.message ?? '').slice(0, 100);
	if (query) {
		const search = `${href(lang, { kind: 'search' })}?${new URLSearchParams({ q: query })}`;
		const line = paragraph('', 'mt-2');
		line.append(link(say('decode.search', { query }), search));
		nodes.push(line);
	}
	return nodes;
}

/** Evidence of the providers, as the reader can check it in the paste. */
const evidenceOf = (result: Decoded, provider: string) =>
	result.parsed.hints
		.filter((hint) => hint.provider === provider)
		.map((hint) => hint.evidence)
		.join('; ');

function section(className = ''): HTMLElement {
	const box = document.createElement('section');
	box.className = `mb-4 rounded-xl border border-slate-200 p-4 dark:border-slate-800 ${className}`;
	return box;
}

/** A paste from a reference provider (R2): its code there, and what the comparison says. */
function referenceBox(
	result: Decoded,
	references: ReferenceIndex | undefined,
	lang: Lang,
	say: Say,
): HTMLElement {
	const reference = result.reference;
	const box = section();
	box.dataset['reference'] = reference?.provider ?? '';
	if (!reference) return box;
	const nameOf = (id: string) => references?.providers[id]?.name[lang] ?? id;
	const name = nameOf(reference.provider);
	box.append(paragraph(say('decode.reference.from', { provider: name }), 'font-semibold'));
	const evidence = evidenceOf(result, reference.provider);
	if (evidence) {
		box.append(
			paragraph(
				say('decode.recognisedBy', { evidence }),
				'text-sm text-slate-600 dark:text-slate-400',
			),
		);
	}
	const { code, facts } = reference;
	if (!code || !facts) {
		if (code)
			box.append(paragraph(say('decode.reference.notListed', { code, provider: name }), 'mt-2'));
		return box;
	}
	const list = document.createElement('dl');
	list.className = 'mt-3 space-y-2 text-sm';
	// The provider the paste comes from first, then the other columns that have the code.
	const ids = [
		reference.provider,
		...Object.keys(facts.statuses).filter((id) => id !== reference.provider),
	];
	for (const id of ids) {
		const status = facts.statuses[id];
		if (status === undefined) continue;
		const numbers = facts.providerCodes[id];
		const term = document.createElement('dt');
		term.className = 'font-medium';
		term.textContent = say(
			numbers ? 'decode.reference.returnsNumbered' : 'decode.reference.returns',
			{
				provider: nameOf(id),
				code,
				status,
				numbers: numbers?.join(' · ') ?? '',
			},
		);
		const detail = document.createElement('dd');
		detail.className = 'text-slate-700 dark:text-slate-300';
		detail.textContent = facts.meanings[id]?.[lang] ?? '';
		list.append(term, detail);
	}
	const more = paragraph('', 'mt-3');
	more.append(
		link(
			say('decode.reference.compare', { code }),
			`${href(lang, { kind: 'compare' })}#${codeAnchor(code)}`,
		),
	);
	box.append(list, more);
	return box;
}

/** Several errors in one paste: each in order, the last marked as the one that ended it. */
function errorList(result: Decoded, index: CodeIndex, lang: Lang, say: Say): HTMLElement {
	const box = section();
	box.dataset['errors'] = String(result.errors.length);
	box.append(
		paragraph(say('decode.errors.title', { count: result.errors.length }), 'font-semibold'),
	);
	const list = document.createElement('ol');
	list.className = 'mt-2 list-decimal space-y-1 pl-6';
	for (const error of result.errors) {
		const item = document.createElement('li');
		const { candidate } = error;
		const label = [error.code, error.status, candidate && shortOf(index, candidate.provider)]
			.filter((part) => part !== undefined)
			.join(' · ');
		item.append(
			candidate
				? link(
						label,
						href(
							lang,
							{ kind: 'code', provider: candidate.provider, code: candidate.code },
							candidate.message?.id,
						),
					)
				: document.createTextNode(label),
		);
		if (error.requestId) item.append(document.createTextNode(` · RequestId ${error.requestId}`));
		if (error.ended) {
			const mark = document.createElement('strong');
			mark.textContent = ` — ${say('decode.errors.ended')}`;
			item.append(mark);
			item.dataset['ended'] = 'true';
		}
		list.append(item);
	}
	box.append(list);
	return box;
}

/** An EC: what it is, and the provider's own diagnosis of it. */
function ecBox(
	result: Decoded,
	index: CodeIndex,
	references: ReferenceIndex | undefined,
	say: Say,
	alone: boolean,
): HTMLElement {
	const box = section(alone ? '' : 'text-sm text-slate-700 dark:text-slate-300');
	const ec = result.ec;
	if (!ec) return box;
	box.dataset['ec'] = ec.value;
	const provider = ec.provider
		? (index.providers[ec.provider]?.short ??
			references?.providers[ec.provider]?.short ??
			ec.provider)
		: '';
	box.append(
		paragraph(say('decode.ec.title', { ec: ec.value, provider }), alone ? 'font-semibold' : ''),
	);
	if (ec.diagnosis) {
		const line = paragraph('', alone ? 'mt-2' : 'mt-1');
		line.append(link(say('decode.ec.diagnosis', { provider }), ec.diagnosis));
		box.append(line);
	}
	return box;
}

/**
 * The Message row: what the paste says, never a documented wording in its place; and a note when
 * that is not a documented wording of the code, or when the paste says none. Returns the text,
 * whether it is verbatim, and the note.
 */
function messageRow(
	candidate: Candidate,
	index: CodeIndex,
	say: Say,
): [text: string, literal: boolean, note: string] {
	const documented = index.codes[candidate.provider]?.[candidate.code]?.messages ?? [];
	if (candidate.pasted !== undefined) {
		if (candidate.message) return [candidate.pasted, true, ''];
		const [only, ...more] = documented;
		const note =
			only && more.length === 0
				? say('decode.messageNotDocumented', { wording: only.text })
				: say('decode.messageUnmatched');
		return [candidate.pasted, true, note];
	}
	if (candidate.message) return [candidate.message.text, true, say('decode.messageOnly')];
	return [say('decode.messageNone'), false, ''];
}

function card(
	candidate: Candidate,
	result: Decoded,
	index: CodeIndex,
	lang: Lang,
	say: Say,
): HTMLElement {
	const { parsed } = result;
	const box = document.createElement('article');
	box.className = 'mb-4 rounded-xl border border-slate-200 p-4 dark:border-slate-800';
	box.dataset['candidate'] = `${candidate.provider}/${candidate.code}`;
	const provider = shortOf(index, candidate.provider);
	const target = href(
		lang,
		{ kind: 'code', provider: candidate.provider, code: candidate.code },
		candidate.message?.id,
	);
	const heading = document.createElement('h3');
	heading.className = 'text-lg font-semibold';
	heading.append(
		link(
			say(
				candidate.messageBy === 'only'
					? 'decode.openOnly'
					: candidate.message
						? 'decode.open'
						: 'decode.openCode',
				{ code: candidate.code, provider },
			),
			target,
			'text-accent-700 underline underline-offset-2 dark:text-accent-300',
		),
	);

	const list = document.createElement('dl');
	list.className = 'mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm';
	const row = (label: string, value: string, literal = false, note = '') => {
		const term = document.createElement('dt');
		term.className = 'text-slate-600 dark:text-slate-400';
		term.textContent = label;
		const detail = document.createElement('dd');
		const text = document.createElement('span');
		text.textContent = value;
		if (literal) {
			text.className = 'font-mono break-code';
			text.lang = 'en';
		}
		detail.append(text);
		if (note) detail.append(paragraph(note, 'text-slate-600 dark:text-slate-400'));
		list.append(term, detail);
	};
	row(
		say('decode.provider'),
		index.providers[candidate.provider]?.name[lang] ?? candidate.provider,
	);
	row(say('decode.code'), candidate.code, true);
	row(
		say('decode.status'),
		parsed.status !== undefined && parsed.status !== candidate.status
			? `${candidate.status} (${say('decode.statusDiffers', { status: parsed.status })})`
			: String(candidate.status),
	);
	const [message, literal, note] = messageRow(candidate, index, say);
	row(say('decode.message'), message, literal, note);
	// Identifiers, named the same in every language and in every provider's documentation.
	if (parsed.requestId) row('RequestId', parsed.requestId, true);
	if (parsed.hostId) row('HostId', parsed.hostId, true);
	if (parsed.ec) row('EC', parsed.ec, true);
	box.append(heading, list);

	if (candidate.matchedBy === 'code-case') {
		box.append(paragraph(say('decode.caseFixed', { code: candidate.code }), 'mt-3 text-sm'));
	}
	if (candidate.matchedBy === 'message') {
		box.append(paragraph(say('decode.byMessage'), 'mt-3 text-sm'));
	}
	if (parsed.requestId) {
		box.append(
			paragraph(
				say(parsed.ec ? 'decode.supportWithEc' : 'decode.support'),
				'mt-3 text-sm text-slate-700 dark:text-slate-300',
			),
		);
	}
	return box;
}
