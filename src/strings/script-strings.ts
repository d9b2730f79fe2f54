import type { UIKey } from './schema';

/**
 * The one way a browser script gets its UI strings: the page writes the keys the script needs
 * into a `data-strings` attribute (`scriptStrings` of `useTranslations`, with the registry's
 * phrases filled in and the script's own `{placeholders}` kept); the script reads them here,
 * typed by the keys it asks for, and fills placeholders with `interpolate`. A key the page did
 * not write is an error, never a raw key shown to a reader. Deliberately tiny: every page with
 * copy buttons loads it.
 */
export function readScriptStrings<K extends UIKey>(
	element: HTMLElement,
	keys: readonly K[],
): Record<K, string> {
	const strings = JSON.parse(element.dataset['strings'] ?? '{}') as Partial<Record<K, string>>;
	const missing = keys.filter((key) => typeof strings[key] !== 'string');
	if (missing.length > 0) {
		throw new Error(`data-strings of <${element.localName}> lacks ${missing.join(', ')}`);
	}
	return strings as Record<K, string>;
}
