import type { Fingerprints } from '../data/provider-schema';
import type { ProviderId } from '../data/providers';

/**
 * Reads a pasted error into its fields: an XML error body, a raw HTTP response or its headers
 * (with OSS's base64 `x-oss-err` header), the exceptions the OSS and OBS SDKs print, a bare code
 * or a bare message. It knows formats, not our codes: matching against the documented codes is
 * `decode.ts`'s job.
 *
 * It runs in the browser as the reader types, on whatever is pasted (a 1 MB log included), so
 * every pattern is linear: no nested quantifiers, every repetition bounded, values read from the
 * position a label ends rather than by scanning the whole input per field. Everything returned is
 * a plain string or number: nothing is evaluated, and the page sets it as text.
 */

/** A sign of the provider in the input, and what it was (shown to the reader as the reason). */
export interface ProviderHint {
	provider: ProviderId;
	/** What in the input points to the provider, for the UI and the tests, e.g. 'x-oss-request-id header'. */
	evidence: string;
}

/** The fields read from the input: each one only when found, trimmed and unquoted. */
export interface ParsedError {
	code?: string;
	message?: string;
	status?: number;
	requestId?: string;
	hostId?: string;
	ec?: string;
	/** Evidence of the provider found in the input, e.g. { provider: 'oss', evidence: 'x-oss-request-id header' }. */
	hints: ProviderHint[];
	/** What was recognised, e.g. ['http', 'xml'] or ['oss-go-v2'] — for the UI's "read as" line and tests. */
	formats: string[];
	/**
	 * Each error response the input shows, in order, when it shows more than one (a job log with
	 * a retried error, then the one that ended it); empty otherwise. The same response printed
	 * twice (by the SDK, then by the application) counts once.
	 */
	errors: SeenError[];
	/** An OSS diagnosis link the input carries for its EC (`RecommendDoc`), verbatim. */
	recommendDoc?: string;
	/**
	 * A provider's own number for the error (Cloudflare R2's `10007`): at the end of a Workers API
	 * message (`put: … (10012)`) or as a numeric `code` field.
	 */
	numericCode?: string;
}

/** One error response among several in the input. */
export interface SeenError {
	code: string;
	message?: string;
	requestId?: string;
}

type Field = 'code' | 'message' | 'status' | 'requestId' | 'hostId' | 'ec';

/** Longest values kept; longer ones are not what they claim to be (or are cut, for messages). */
const maxCode = 100;
const maxMessage = 2_000;
const maxId = 300;
/** An `x-oss-err` header carries a whole XML error body, base64-encoded. */
const maxBase64 = 20_000;
/** How far past `<Error>` its fields are looked for. */
const maxXml = 20_000;
/** Sightings kept for telling errors apart: a job log's worth, bounded for a 1 MB paste. */
const maxSightings = 2_000;
/** `<Error>` elements read: a job log may hold many error bodies (each retry's). */
const maxXmlBodies = 50;

/** A code as the services write it (the content schema's pattern, length-bounded). */
const codeRe = /^[A-Za-z][A-Za-z0-9_]{0,99}(?:\.[A-Za-z0-9_]{1,99}){0,5}$/;
/** OSS's EC: four hex digits, a hyphen, eight hex digits (`0026-00000001`). */
const ecRe = /^[0-9A-Fa-f]{4}-[0-9A-Fa-f]{8}$/;

/** Where a value was seen: lower rank wins, then the earlier position. */
interface Sighting {
	value: string;
	rank: number;
	at: number;
}

/**
 * Ranks by source. The XML body is what the service wrote, so its Code and Message win over the
 * SDK's own rendering of them; labelled fields (`Error Code: …`) come next, then the free text
 * of an exception's first line. Identifiers are kept in order of appearance.
 */
const rank = { xml: 0, labelled: 1, head: 2 } as const;

class Sightings {
	readonly best: Partial<Record<Field, Sighting>> = {};
	/** Every code, message, status and request id seen, for telling several errors apart. */
	readonly all: (Sighting & { field: Field })[] = [];
	/** Some labelled field was taken: the input is at least "fields", if no known format. */
	labelled = false;
	/** An `x-oss-err` header held a readable XML error body. */
	decodedHeader = false;
	/** The first numeric `code` field (`"code": 10007`). */
	numericCode: string | undefined;

	see(field: Field, value: string, rankOf: number, at: number): void {
		if (field !== 'hostId' && field !== 'ec' && this.all.length < maxSightings)
			this.all.push({ field, value, rank: rankOf, at });
		const current = this.best[field];
		if (current && (current.rank < rankOf || (current.rank === rankOf && current.at <= at))) return;
		this.best[field] = { value, rank: rankOf, at };
	}

	/** Whether a sighting of this rank, found after every earlier one, could still win. */
	wants(field: Field, rankOf: number): boolean {
		const current = this.best[field];
		return !current || current.rank > rankOf;
	}
}

const xmlEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The five XML entities and numeric references, in one pass (so `&amp;lt;` stays `&lt;`). */
export function decodeXmlEntities(text: string): string {
	return text.replace(
		/&(amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});/g,
		(whole, name: string) => {
			if (!name.startsWith('#')) return xmlEntities[name] ?? whole;
			const point = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return point <= 0x10ffff ? String.fromCodePoint(point) : whole;
		},
	);
}

/** A tag's text, plain or CDATA; `\s{0,100}` around CDATA cannot overlap the `<` after it. */
function tagPatterns(tag: string): [RegExp, RegExp] {
	return [
		new RegExp(`<${tag}>([^<]{0,${maxMessage}})</${tag}>`),
		new RegExp(
			`<${tag}>\\s{0,100}<!\\[CDATA\\[((?:[^\\]]|\\](?!\\]>)){0,${maxMessage}})\\]\\]>\\s{0,100}</${tag}>`,
		),
	];
}

const xmlFields: [Field, [RegExp, RegExp]][] = [
	['code', tagPatterns('Code')],
	['message', tagPatterns('Message')],
	['requestId', tagPatterns('RequestId')],
	['hostId', tagPatterns('HostId')],
	['ec', tagPatterns('EC')],
];

/** A value checked for its field: codes, ECs and identifiers have shapes; messages are text. */
function checked(field: Field, raw: string): string | undefined {
	const value = raw.trim();
	if (!value) return undefined;
	switch (field) {
		case 'code':
			return codeRe.test(value) ? value : undefined;
		case 'ec':
			return ecRe.test(value) ? value : undefined;
		case 'requestId':
		case 'hostId':
			return value.length <= maxId && !/\s/.test(value) ? value : undefined;
		case 'status':
			return /^[1-5][0-9]{2}$/.test(value) ? value : undefined;
		case 'message':
			return value.slice(0, maxMessage);
	}
}

/**
 * Fields of every `<Error>` element that has a Code or a Message (the first one's win). `at`
 * overrides positions, for XML decoded out of a header: it counts as found where the header is.
 */
function readXml(text: string, seen: Sightings, at?: number): boolean {
	const starts: number[] = [];
	const open = /<Error[\s>]/g;
	for (let m = open.exec(text); m && starts.length < maxXmlBodies; m = open.exec(text)) {
		starts.push(m.index);
	}
	// A body cut before its root (a log line, a partial copy) still has its Code.
	if (starts.length === 0) {
		const code = text.indexOf('<Code>');
		if (code !== -1) starts.push(code);
	}
	let found = false;
	for (const start of starts) {
		const close = text.indexOf('</Error>', start);
		const end = close === -1 || close - start > maxXml ? start + maxXml : close;
		const body = text.slice(start, end);
		for (const [field, [plain, cdata]] of xmlFields) {
			// Entities mean nothing inside CDATA: only plain text is decoded.
			const inText = plain.exec(body);
			const m = inText ?? cdata.exec(body);
			if (!m) continue;
			const raw = m[1] ?? '';
			const value = checked(field, inText ? decodeXmlEntities(raw) : raw);
			if (value === undefined) continue;
			const named = field === 'code' || field === 'message';
			// Only Code and Message outrank other sources; identifiers count in order of appearance.
			seen.see(field, value, named ? rank.xml : rank.labelled, at ?? start + m.index);
			if (named) found = true;
		}
	}
	return found;
}

/** Base64 → UTF-8 text; undefined when either step fails (a truncated or mangled header). */
function decodeBase64(value: string): string | undefined {
	try {
		const binary = atob(value);
		const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

/**
 * Labels of fields, as the formats write them: XML-less SDK output (`[ErrorCode]: X`,
 * `ErrorCode=X`, `Error Code: X.`, `errorCode: X`), Python and JSON dictionaries (`'Code': 'X'`),
 * and HTTP headers (`x-oss-request-id: …`). Longer labels come first so that at one position the
 * whole label wins (`Http Status Code`, not `Code`); the lookbehind keeps labels whole words
 * (`ResponseStatus` is not `status`). The separator is captured: `=` values end at the next
 * `, Name=` (OBS Go SDK prints messages unquoted).
 */
const labelRe =
	/(?<![\w.-])["'[]?(http[ _-]?status[ _-]?code|http[ _-]?code|status[ _-]?code|response[ _-]?code|status|x-obs-error-code|x-obs-error-message|error[ _-]?code|exception[ _-]?name|code|error[ _-]?message|error[ _-]?info|message|reason|name|request[ _-]?id|host[ _-]?id|x-oss-request-id|x-obs-request-id|x-amz-request-id|x-obs-id-2|x-amz-id-2|x-oss-ec|ec|x-oss-err|HTTP ?状态码|状态码|错误码|错误代码|错误信息|错误消息|请求 ?ID)["'\]]?[ \t]{0,8}([:=：]|-->)[ \t]{0,8}/gi;

/**
 * What a label holds. `name` (a JavaScript error's name: the code, for the AWS SDK v3) and
 * `reason` (a message, or only an HTTP reason phrase) count below the plain labels.
 */
type LabelKind = Field | 'host-id-2' | 'x-oss-err' | 'name' | 'reason';

const labelKinds: Record<string, LabelKind> = {
	httpstatuscode: 'status',
	httpcode: 'status',
	statuscode: 'status',
	responsecode: 'status',
	status: 'status',
	errorcode: 'code',
	xobserrorcode: 'code',
	exceptionname: 'code',
	code: 'code',
	errormessage: 'message',
	xobserrormessage: 'message',
	errorinfo: 'message',
	message: 'message',
	name: 'name',
	reason: 'reason',
	// Chinese application logs: 错误码 (error code), HTTP状态码 (HTTP status), 错误信息 (message)…
	http状态码: 'status',
	状态码: 'status',
	错误码: 'code',
	错误代码: 'code',
	错误信息: 'message',
	错误消息: 'message',
	请求id: 'requestId',
	requestid: 'requestId',
	xossrequestid: 'requestId',
	xobsrequestid: 'requestId',
	xamzrequestid: 'requestId',
	hostid: 'hostId',
	// The S3-style second id is the host id of headers; a HostId field says it better.
	xobsid2: 'host-id-2',
	xamzid2: 'host-id-2',
	ec: 'ec',
	xossec: 'ec',
	xosserr: 'x-oss-err',
};

/** A code as a labelled value: a trailing period is punctuation (`Error Code: NoSuchKey.`). */
const codeTokenRe =
	/^([A-Za-z][A-Za-z0-9_]{0,99}(?:\.[A-Za-z0-9_]{1,99}){0,5})(?=$|[\s.,;'"\])}>，；。）])/;

/** The leading token of an unquoted value, by field: where the value ends without a delimiter. */
const tokenRes: Record<Exclude<LabelKind, 'message' | 'reason'>, RegExp> = {
	status: /^([1-5][0-9]{2})(?![0-9])/,
	code: codeTokenRe,
	name: codeTokenRe,
	requestId: /^([A-Za-z0-9][A-Za-z0-9_-]{0,299})/,
	hostId: /^([A-Za-z0-9+/=._:-]{1,300})/,
	'host-id-2': /^([A-Za-z0-9+/=._:-]{1,300})/,
	ec: /^([0-9A-Fa-f]{4}-[0-9A-Fa-f]{8})(?![0-9A-Za-z-])/,
	'x-oss-err': /^([A-Za-z0-9+/]{4,20000}={0,2})/,
};

/** Python's repr and JSON mark "no value" with a word, not an empty string. */
const noValue = /^(?:None|null|nil|undefined)\b/;

/**
 * A value after a label: quoted (Python, JSON, Go's `ErrorMessage="…"`) up to its closing quote,
 * backslash escapes undone; otherwise the rest of the line, at most `max` characters.
 */
function readValue(
	text: string,
	from: number,
	max: number,
): { value: string; quoted: boolean; end: number } {
	const quote = text[from];
	if (quote === '"' || quote === "'") {
		let value = '';
		const stop = Math.min(text.length, from + 1 + max);
		for (let i = from + 1; i < stop; i++) {
			const ch = text[i];
			if (ch === quote) return { value, quoted: true, end: i + 1 };
			if (ch === '\n' || ch === undefined) break;
			if (ch === '\\' && i + 1 < stop) {
				const next = text[++i] ?? '';
				value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
				continue;
			}
			value += ch;
		}
	}
	const rest = text.slice(from, from + max);
	const newline = rest.search(/[\r\n]/);
	// Unquoted values are read again for labels (`ResponseCode: 404, RequestId: …` on one line).
	return { value: newline === -1 ? rest : rest.slice(0, newline), quoted: false, end: from };
}

/**
 * The OBS Java SDK's own wrapper text (`Error message:Request Error.OBS servcie Error Message.`),
 * not the service's message: the XML after it has the real one.
 */
const sdkWrapper = /^Request Error\b/;

function readLabelled(text: string, seen: Sightings, goV2: boolean): void {
	labelRe.lastIndex = 0;
	for (let m = labelRe.exec(text); m; m = labelRe.exec(text)) {
		const kind = labelKinds[(m[1] ?? '').toLowerCase().replace(/[ _-]/g, '')];
		const at = m.index;
		if (kind === undefined) continue;
		const field: Field | undefined =
			kind === 'host-id-2'
				? 'hostId'
				: kind === 'x-oss-err'
					? undefined
					: kind === 'name'
						? 'code'
						: kind === 'reason'
							? 'message'
							: kind;
		const weaker = kind === 'host-id-2' || kind === 'name' || kind === 'reason';
		const rankOf = weaker ? rank.labelled + 1 : rank.labelled;
		// Later sightings of the same rank never win: skip reading their values, except those that
		// tell several errors apart (and a status: an error status beats an earlier success).
		if ((field === 'hostId' || field === 'ec') && !seen.wants(field, rankOf)) continue;

		const max =
			kind === 'x-oss-err'
				? maxBase64
				: kind === 'message' || kind === 'reason'
					? maxMessage
					: maxId;
		const { value, quoted, end } = readValue(text, labelRe.lastIndex, max);
		labelRe.lastIndex = end;
		if (!quoted && noValue.test(value)) continue;
		if (kind === 'message' || kind === 'reason') {
			const message = readMessage(value, quoted, m[2] ?? '', goV2);
			if (message !== undefined) {
				seen.see('message', message, rankOf, at);
				seen.labelled = true;
			}
			continue;
		}
		const token = tokenRes[kind].exec(value)?.[1];
		if (token === undefined) {
			// `"code": 10007`, `[code: 10007]`: a provider's own number, not a code name.
			const number = kind === 'code' ? /^([0-9]{4,6})(?![0-9])/.exec(value)?.[1] : undefined;
			if (number !== undefined) seen.numericCode ??= number;
			continue;
		}
		// `name: 'Error'`, `TypeError`: a JavaScript error class, not a service's code.
		if (kind === 'name' && genericErrorName.test(token)) continue;
		if (field === undefined) {
			// x-oss-err: OSS's XML error body, base64-encoded, for responses that have no body (HEAD).
			const xml = decodeBase64(token);
			if (xml !== undefined && readXml(xml, seen, at)) seen.decodedHeader = true;
			continue;
		}
		const clean =
			kind === 'hostId' || kind === 'host-id-2'
				? token.replace(/[.:]+$/, '')
				: // ali-oss names its errors `${code}Error`: `NoSuchKeyError` is NoSuchKey.
					kind === 'name'
					? token.replace(/(?:Error|Exception)$/, '')
					: token;
		const valid = checked(field, clean);
		if (valid === undefined) continue;
		// An error status beats an earlier success status: a 200 in a log line before the error.
		const statusRank = kind === 'status' && Number(valid) < 300 ? rankOf + 1 : rankOf;
		seen.see(field, valid, statusRank, at);
		seen.labelled = true;
	}
}

/** A JavaScript error class's name (`Error`, `TypeError`), not a code. */
const genericErrorName = /^(?:[A-Z][a-z]{1,20})?(?:Error|Exception)$/;

function readMessage(
	value: string,
	quoted: boolean,
	separator: string,
	goV2: boolean,
): string | undefined {
	let message = value;
	if (!quoted) {
		// jets3t-style `… -- ResponseCode: 404, …` and Go's `Message=…, RequestId=…` run on.
		const dashes = message.indexOf(' -- ');
		if (dashes !== -1) message = message.slice(0, dashes);
		if (separator === '=') {
			const next = message.search(/,[ \t]?[A-Za-z][\w-]{0,30}=/);
			if (next !== -1) message = message.slice(0, next);
		}
		// Chinese logs run fields on after a full-width comma: `错误信息：…，请求ID：…`.
		if (separator === '：') {
			const next = message.search(/[，；,;][ \t]{0,2}[^，；,;：:\s]{1,20}[：:]/);
			if (next !== -1) message = message.slice(0, next);
		}
		message = message.trim();
		// The v2 SDKs end every line with a period of their own: `Message: …exist..`.
		if (goV2 && message.endsWith('.')) message = message.slice(0, -1);
	}
	message = message.trim();
	if (!message || message.startsWith('<') || sdkWrapper.test(message)) return undefined;
	return message.slice(0, maxMessage);
}

/** `HTTP/1.1 404 Not Found`, `HTTP/2 403`. */
const statusLineRe = /\bHTTP\/[0-9](?:\.[0-9])?[ \t]{1,8}([1-5][0-9]{2})(?![0-9])/g;

function readStatusLine(text: string, seen: Sightings): boolean {
	statusLineRe.lastIndex = 0;
	let found = false;
	for (let m = statusLineRe.exec(text); m; m = statusLineRe.exec(text)) {
		const status = m[1] ?? '';
		found = true;
		seen.see('status', status, Number(status) < 300 ? rank.labelled + 1 : rank.labelled, m.index);
		if (Number(status) >= 300) break;
	}
	return found;
}

/**
 * A status in prose, as clients word it: `HTTP status 400` (AWS SDK for C++), `a status of 403`
 * (browsers), `(403) Forbidden` (.NET), `` `400 Bad Request` `` (Guzzle), `RESP: [403]`
 * (keystoneauth), urllib3's `"PUT /key HTTP/1.1" 400 348`. Error statuses only: a success in
 * passing says nothing about the error.
 */
const statusPhraseRes = [
	/\bHTTP status ([45][0-9]{2})(?![0-9])/g,
	/\bstatus of ([45][0-9]{2})(?![0-9])/g,
	/\(([45][0-9]{2})\) [A-Z][a-z]/g,
	/`([45][0-9]{2}) [A-Z][a-z]/g,
	/\bRESP:[ \t]{0,3}\[([45][0-9]{2})\]/g,
	/\bHTTP\/[0-9.]{1,3}" ([45][0-9]{2}) /g,
	// Chinese prose: 报403 ("reports 403"), 返回 404 ("returns 404").
	/(?:报|返回|报错)[ \t]{0,2}([45][0-9]{2})(?![0-9])/g,
];

function readStatusPhrases(text: string, seen: Sightings): void {
	for (const re of statusPhraseRes) {
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text))
			seen.see('status', m[1] ?? '', rank.head, m.index);
	}
}

/**
 * OBS Python's `'header': [('x-obs-request-id', '…'), …]`: headers as pairs; its debug log drops
 * the prefix (`('error-code', 'NoSuchKey')`, the `x-obs-error-code` header of a HEAD response).
 */
const headerPairRe =
	/\([ \t]{0,5}['"]((?:x-(?:oss|obs|amz)-[A-Za-z0-9-]{1,40})|request-id|error-code|error-message|id-2)['"][ \t]{0,5},[ \t]{0,5}['"]([^'"\n]{0,300})['"][ \t]{0,5}\)/gi;

function readHeaderPairs(text: string, seen: Sightings): void {
	headerPairRe.lastIndex = 0;
	for (let m = headerPairRe.exec(text); m; m = headerPairRe.exec(text)) {
		const name = (m[1] ?? '').toLowerCase();
		const value = (m[2] ?? '').trim();
		const bare = name.replace(/^x-(?:oss|obs|amz)-/, '');
		const kind =
			labelKinds[bare === 'id-2' ? 'xobsid2' : name.replace(/-/g, '')] ??
			labelKinds[bare.replace(/-/g, '')];
		if (kind === 'code' || kind === 'message') {
			const valid = checked(kind, value);
			if (valid !== undefined && !noValue.test(valid))
				seen.see(kind, valid, rank.labelled, m.index);
		} else if (kind === 'requestId' || kind === 'ec') {
			const valid = checked(kind, value);
			if (valid !== undefined) seen.see(kind, valid, rank.labelled, m.index);
		} else if (kind === 'host-id-2') {
			const valid = checked('hostId', value);
			if (valid !== undefined) seen.see('hostId', valid, rank.labelled + 1, m.index);
		}
	}
}

/**
 * Free text that carries a field without a label: the first line of an OSS Java exception (its
 * message, before `[ErrorCode]`), and boto3's `An error occurred (Code) when calling …: message`
 * (S3 tools are often pointed at OSS and OBS).
 */
function readHeads(text: string, seen: Sightings, formats: Set<string>): void {
	const java = /\bOSSException:[ \t]{0,8}((?:[^\n[]|\[(?!ErrorCode\])){1,2000})/.exec(text);
	if (java) {
		const message = checked('message', java[1] ?? '');
		if (message !== undefined) seen.see('message', message, rank.head, java.index);
	}
	const boto =
		/An error occurred \(([A-Za-z][A-Za-z0-9_.]{0,99})\) when calling the [A-Za-z0-9]{1,60} operation(?: \(reached max retries: [0-9]{1,4}\))?:[ \t]{0,8}([^\n]{0,2000})/.exec(
			text,
		);
	if (boto) {
		formats.add('boto3');
		seeFields(seen, boto.index, { code: boto[1], message: boto[2] });
	}
	// s3cmd: `ERROR: S3 error: 403 (SecondLevelDomainForbidden): Please use …`.
	// Without a body, s3cmd prints the reason phrase where the code goes (`403 (Forbidden)`).
	const s3cmd =
		/\bS3 error: ([1-5][0-9]{2}) \(([A-Za-z][A-Za-z0-9_.]{0,99})\)(?::[ \t]{0,8}([^\n]{0,2000}))?/.exec(
			text,
		);
	if (s3cmd) {
		formats.add('s3cmd');
		const code = s3cmd[2] ?? '';
		seeFields(seen, s3cmd.index, {
			status: s3cmd[1],
			code: reasonPhrases.test(code) ? undefined : code,
			message: s3cmd[3],
		});
	}
	// aws-sdk-go v2: `https response error StatusCode: 403, …, api error Code: message`.
	const goV2Api = /\bapi error ([A-Za-z][A-Za-z0-9_.]{0,99}): ([^\n]{0,2000})/.exec(text);
	if (goV2Api) {
		formats.add('aws-go-v2');
		seeFields(seen, goV2Api.index, { code: goV2Api[1], message: goV2Api[2] });
	}
	// obsutil: `Status [404], error code [NoSuchBucket], error message […], request id […]`.
	const obsutil =
		/\b[Ss]tatus \[([1-5][0-9]{2})\], error code \[([^\]\n]{1,100})\], error message \[([^\]\n]{0,2000})\](?:, request id \[([^\]\n]{1,300})\])?/.exec(
			text,
		);
	if (obsutil) {
		formats.add('obsutil');
		seeFields(seen, obsutil.index, {
			status: obsutil[1],
			code: obsutil[2],
			message: obsutil[3],
			requestId: obsutil[4],
		});
	}
	readAwsErr(text, seen, formats);
	readAwsJava(text, seen);
}

/** The fields one layout puts at one place (each checked for its shape), seen as labelled ones. */
function seeFields(
	seen: Sightings,
	at: number,
	fields: Partial<Record<Field, string | undefined>>,
): void {
	for (const [field, raw] of Object.entries(fields) as [Field, string | undefined][]) {
		const value = raw === undefined ? undefined : checked(field, raw);
		if (value !== undefined) seen.see(field, value, rank.labelled, at);
	}
}

/** Reason phrases a client prints where a code would go when the response had no body. */
const reasonPhrases = /^(?:Forbidden|Unauthorized|Conflict|Gone|BadRequest|NotFound)$/;

/** Most occurrences of one layout read: enough for a job log, bounded for a 1 MB paste. */
const maxOccurrences = 20;
/** How far before its status line an aws-sdk-go error's `Code: message` is looked for. */
const awsErrReach = 2_100;

/**
 * aws-sdk-go v1 (awserr): `Code: message` then `status code: 403, request id: …`, on the next
 * line or run on (`… to access. status code: 403, …` when a log flattens it). The code is the
 * last `Name: ` before the status that is not a generic `Error:` prefix of the tool's own.
 */
function readAwsErr(text: string, seen: Sightings, formats: Set<string>): void {
	// In a log that escapes newlines the status follows a literal `\n\t`, no word boundary.
	const statusRe = /(?:\b|(?<=\\[nt]))status code: ([1-5][0-9]{2}), request id:/g;
	let count = 0;
	for (let m = statusRe.exec(text); m && count < maxOccurrences; m = statusRe.exec(text), count++) {
		const before = text.slice(Math.max(0, m.index - awsErrReach), m.index).replace(/[ \t]+$/, '');
		// The status on its own line: the error is the line before it.
		const lines = before.split('\n');
		let line = lines.pop() ?? '';
		if (!line.trim()) line = lines.pop() ?? '';
		let found: { code: string; message: string; at: number } | undefined;
		const nameRe = /([A-Z][A-Za-z0-9]{1,99}): /g;
		for (let n = nameRe.exec(line); n; n = nameRe.exec(line)) {
			const name = n[1] ?? '';
			if (genericErrorName.test(name)) continue;
			found = { code: name, message: line.slice(n.index + n[0].length), at: n.index };
		}
		if (!found) continue;
		formats.add('aws-go-v1');
		const at = m.index - line.length + found.at;
		seeFields(seen, at, { code: found.code, message: found.message });
		seeFields(seen, m.index, { status: m[1] });
	}
}

/**
 * The AWS SDK for Java: `…Exception: message (Service: S3, Status Code: 404, Request ID: …)`;
 * the labels inside the parentheses are read as labels, the message is what comes before them.
 */
function readAwsJava(text: string, seen: Sightings): void {
	const serviceRe = / \(Service: /g;
	let count = 0;
	for (
		let m = serviceRe.exec(text);
		m && count < maxOccurrences;
		m = serviceRe.exec(text), count++
	) {
		const start = text.lastIndexOf('\n', m.index) + 1;
		let line = text.slice(Math.max(start, m.index - maxMessage), m.index);
		const exception = /(?:Exception|Error): /.exec(line);
		if (exception) line = line.slice(exception.index + exception[0].length);
		const message = checked('message', line);
		if (message !== undefined) seen.see('message', message, rank.head, m.index);
	}
}

/** What identifies one provider in a paste: its registry record's fingerprints (`content/providers/`). */
export interface ProviderFingerprints {
	provider: ProviderId;
	fingerprints: Fingerprints;
}

/** A fingerprint's patterns, compiled once per fingerprint list (the page keeps one). */
interface CompiledMarker {
	provider: ProviderId;
	pattern: RegExp;
	evidence: string | undefined;
	format: string | undefined;
}

interface Compiled {
	markers: CompiledMarker[];
	weak: CompiledMarker[];
	/** Header-name prefix (`x-oss-`) → provider. */
	headerPrefixes: Map<string, ProviderId>;
	headerNameRe: RegExp | undefined;
	ecProviders: ProviderId[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const compiledCache = new WeakMap<readonly ProviderFingerprints[], Compiled>();

function compile(list: readonly ProviderFingerprints[]): Compiled {
	const cached = compiledCache.get(list);
	if (cached) return cached;
	const compiled: Compiled = {
		markers: [],
		weak: [],
		headerPrefixes: new Map(),
		headerNameRe: undefined,
		ecProviders: [],
	};
	for (const { provider, fingerprints } of list) {
		const marker = (m: Fingerprints['markers'][number]): CompiledMarker => ({
			provider,
			pattern: new RegExp(m.pattern, m.flags),
			evidence: m.evidence,
			format: m.format,
		});
		for (const host of fingerprints.hosts) {
			compiled.markers.push({
				provider,
				pattern: new RegExp(escapeRegExp(host), 'i'),
				evidence: `${host} host`,
				format: undefined,
			});
		}
		if (fingerprints.serverHeader) {
			const value = escapeRegExp(fingerprints.serverHeader);
			compiled.markers.push({
				provider,
				// A `Server:` response header line, or a header pair as the OBS Python SDK prints it.
				pattern: new RegExp(
					`^[ \\t]{0,8}(?:<[ \\t]?)?server[ \\t]{0,8}:[ \\t]{0,8}${value}\\b|\\([ \\t]{0,5}['"]server['"][ \\t]{0,5},[ \\t]{0,5}['"]${value}['"]`,
					'im',
				),
				evidence: `Server: ${fingerprints.serverHeader} header`,
				format: undefined,
			});
		}
		compiled.markers.push(...fingerprints.markers.map(marker));
		compiled.weak.push(...fingerprints.weak.map(marker));
		for (const prefix of fingerprints.headerPrefixes) compiled.headerPrefixes.set(prefix, provider);
		if (fingerprints.ec) compiled.ecProviders.push(provider);
	}
	const prefixes = [...compiled.headerPrefixes.keys()].map(escapeRegExp);
	if (prefixes.length > 0) {
		compiled.headerNameRe = new RegExp(`(?<![\\w-])(?:${prefixes.join('|')})[a-z0-9-]{1,40}`, 'gi');
	}
	compiledCache.set(list, compiled);
	return compiled;
}

/** Distinct header names reported as evidence: enough to show, few enough to read. */
const maxHeaderHints = 5;

function providerHints(
	text: string,
	ec: string | undefined,
	compiled: Compiled,
	formats: Set<string>,
): ProviderHint[] {
	const hints: ProviderHint[] = [];
	const add = (hint: ProviderHint) => {
		if (!hints.some((h) => h.provider === hint.provider && h.evidence === hint.evidence)) {
			hints.push(hint);
		}
	};
	const { headerNameRe } = compiled;
	if (headerNameRe) {
		headerNameRe.lastIndex = 0;
		const names = new Set<string>();
		for (
			let m = headerNameRe.exec(text);
			m && names.size < maxHeaderHints;
			m = headerNameRe.exec(text)
		) {
			const name = m[0].toLowerCase().replace(/-+$/, '');
			if (names.has(name)) continue;
			names.add(name);
			const prefix = [...compiled.headerPrefixes.keys()].find((p) => name.startsWith(p));
			const provider = prefix === undefined ? undefined : compiled.headerPrefixes.get(prefix);
			if (provider) add({ provider, evidence: `${name} header` });
		}
	}
	for (const marker of compiled.markers) {
		if (!marker.pattern.test(text)) continue;
		if (marker.format) formats.add(marker.format);
		if (marker.evidence) add({ provider: marker.provider, evidence: marker.evidence });
	}
	if (ec !== undefined)
		for (const provider of compiled.ecProviders) add({ provider, evidence: `EC ${ec}` });
	// Weak signs (a vendor's name in passing) count only when nothing more precise named that provider.
	for (const marker of compiled.weak) {
		if (hints.some((h) => h.provider === marker.provider) || !marker.pattern.test(text)) continue;
		add({ provider: marker.provider, evidence: marker.evidence ?? marker.pattern.source });
	}
	return hints;
}

/** Quotes and backticks around a bare code or message (`"NoSuchKey"`, `` `NoSuchKey` ``). */
function unquote(text: string): string {
	let value = text.trim();
	for (let i = 0; i < 3 && value.length >= 2; i++) {
		if (!/^["'`“‘]/.test(value) || !/["'`”’]$/.test(value)) break;
		value = value.slice(1, -1).trim();
	}
	return value;
}

/** A message that ends with the provider's number, as R2's Workers API writes it: `… size. (10012)`. */
const workersCodeRe = /[^\s(] \(([0-9]{5,6})\)[ \t]{0,8}(?:["'`]|$)/m;

/** OSS's diagnosis link for an EC, as its error bodies carry it (`RecommendDoc`). */
const recommendDocRe =
	/RecommendDoc['"]?(?:>|[ \t]{0,8}[:=][ \t]{0,8}['"]?)(https:\/\/[^\s'"<>]{1,300})/;
/** An EC at the end of a link's path or query (`…/user-guide/0017-00000804`, `?q=0026-00000001`). */
const ecLinkRe = /https?:\/\/[^\s'"<>]{1,300}[/=]([0-9A-Fa-f]{4}-[0-9A-Fa-f]{8})(?![0-9A-Za-z-])/;

type Seen = Sighting & { field: Field };

/**
 * The error responses in the input, when there are several: one per code sighting, with the
 * request id after it (or, failing that, the last one before it) and its message. Consecutive
 * sightings of one code with the same request id, or without one, are the same response printed
 * twice (the SDK's log line and the application's); a different request id is another response.
 */
function errorsOf(all: readonly Seen[]): SeenError[] {
	const codes = all.filter((s) => s.field === 'code');
	if (codes.length < 2) return [];
	const errors: SeenError[] = [];
	codes.forEach((code, i) => {
		const from = codes[i - 1]?.at ?? -1;
		const to = codes[i + 1]?.at ?? Infinity;
		const after = (field: Field) =>
			all.find((s) => s.field === field && s.at >= code.at && s.at < to);
		const before = (field: Field) =>
			all.findLast((s: Seen) => s.field === field && s.at > from && s.at < code.at);
		const requestId = (after('requestId') ?? before('requestId'))?.value;
		const message = (after('message') ?? before('message'))?.value;
		const previous = errors.at(-1);
		if (
			previous &&
			previous.code === code.value &&
			(previous.requestId === requestId || !previous.requestId || !requestId)
		) {
			if (previous.requestId === undefined && requestId !== undefined)
				previous.requestId = requestId;
			if (previous.message === undefined && message !== undefined) previous.message = message;
			return;
		}
		const error: SeenError = { code: code.value };
		if (message !== undefined) error.message = message;
		if (requestId !== undefined) error.requestId = requestId;
		errors.push(error);
	});
	return errors.length > 1 ? errors : [];
}

/** With several errors: the last error status seen after the one before the last error began. */
function lastStatusOf(all: readonly Seen[]): number | undefined {
	const codes = all.filter((s) => s.field === 'code');
	const lastCode = codes.at(-1);
	if (!lastCode) return undefined;
	const previousOther = codes.findLast((s: Seen) => s.value !== lastCode.value)?.at ?? -1;
	const status = all.findLast(
		(s: Seen) => s.field === 'status' && s.at > previousOther && Number(s.value) >= 300,
	);
	return status === undefined ? undefined : Number(status.value);
}

/** Header lines (`x-oss-request-id: …`, curl's `< x-oss-request-id: …`): "just headers". */
const headerLineRe = /^[ \t]{0,8}(?:<[ \t]?)?x-[a-z0-9]{1,20}-[A-Za-z0-9-]{1,40}[ \t]{0,8}:/im;

/**
 * The fields of a pasted error. When a field appears several times (header and body), the XML
 * body's Code and Message win, and the first RequestId found is kept. Empty or blank input gives
 * an empty result; nothing throws, whatever the input.
 */
export function parseError(
	input: string,
	fingerprints: readonly ProviderFingerprints[] = [],
): ParsedError {
	const text = input.trim();
	if (!text) return { hints: [], formats: [], errors: [] };

	const seen = new Sightings();
	const formats = new Set<string>();
	const goV2 = /\bError returned by Service\./.test(text);

	if (readStatusLine(text, seen)) formats.add('http');
	else if (headerLineRe.test(text)) formats.add('headers');
	readStatusPhrases(text, seen);
	readLabelled(text, seen, goV2);
	if (seen.decodedHeader) formats.add('x-oss-err');
	if (readXml(text, seen)) formats.add('xml');
	readHeaderPairs(text, seen);
	readHeads(text, seen, formats);
	// Every sighting in the order of the input, for telling several errors apart.
	const inOrder = [...seen.all].sort((a, b) => a.at - b.at);
	const result: ParsedError = { hints: [], formats: [], errors: errorsOf(inOrder) };
	const { best } = seen;
	if (best.code) result.code = best.code.value;
	if (best.message) result.message = best.message.value;
	if (best.status) result.status = Number(best.status.value);
	if (best.requestId) result.requestId = best.requestId.value;
	if (best.hostId) result.hostId = best.hostId.value;
	if (best.ec) result.ec = best.ec.value;
	const last = result.errors.at(-1);
	if (last) {
		// Several errors: the one that ended the operation is the last; its fields are the answer.
		result.code = last.code;
		if (last.message !== undefined) result.message = last.message;
		else delete result.message;
		if (last.requestId !== undefined) result.requestId = last.requestId;
		const status = lastStatusOf(inOrder);
		if (status !== undefined) result.status = status;
		else delete result.status;
	}
	const ecInLink = ecLinkRe.exec(text);
	if (!result.ec && (ecRe.test(text) || ecInLink)) result.ec = ecInLink?.[1] ?? text;
	const doc = recommendDocRe.exec(text)?.[1];
	if (doc) result.recommendDoc = doc;
	const numeric = seen.numericCode ?? workersCodeRe.exec(text)?.[1];
	if (numeric !== undefined) result.numericCode = numeric;
	// Before deciding what the input is: an SDK's marker makes it that SDK's format.
	result.hints = providerHints(text, result.ec, compile(fingerprints), formats);

	const foundAny = Object.keys(best).length > 0;
	if (!foundAny && formats.size === 0) {
		// Nothing labelled: the input is the code or the message itself.
		const bare = unquote(text);
		if (bare.length <= maxCode && codeRe.test(bare)) {
			result.code = bare;
			formats.add('code');
		} else if (bare.length <= maxMessage) {
			result.message = bare.replace(/\s+/g, ' ');
			formats.add('message');
		}
	} else if (seen.labelled && formats.size === 0) {
		formats.add('fields');
	}

	result.formats = [...formats];
	return result;
}
