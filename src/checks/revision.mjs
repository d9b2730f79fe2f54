// @ts-check
// Plain JavaScript so that both the build (TypeScript) and scripts/translations.mjs (Node) use it.
import { createHash } from 'node:crypto';

/**
 * The revision of a content file: the first 12 hex digits of the SHA-256 of its text, line endings
 * normalised. A Chinese page records the revision of the English twin it translates.
 * @param {string} text
 * @returns {string}
 */
export function revisionOf(text) {
	return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex').slice(0, 12);
}
