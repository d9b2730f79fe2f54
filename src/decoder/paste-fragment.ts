/**
 * Pasted text handed to the decoder page in the URL fragment (`/{lang}/decode/#paste=…`): the
 * fragment never leaves the browser, so what a reader pasted (request ids, bucket names) is never
 * sent to a server, not even in a log line. The home page's box writes it, the decoder reads it.
 */
const key = 'paste=';

/** The fragment, with its `#`, that hands `text` to the decoder page. */
export function pasteFragment(text: string): string {
	return `#${key}${encodeURIComponent(text)}`;
}

/** The text a fragment hands over; undefined when the fragment is not one (or not decodable). */
export function pastedText(hash: string): string | undefined {
	const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
	if (!fragment.startsWith(key)) return undefined;
	try {
		return decodeURIComponent(fragment.slice(key.length));
	} catch {
		return undefined;
	}
}
