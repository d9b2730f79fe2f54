/**
 * Anchors on the comparison page: part of the URL contract (links from tickets, status pages and
 * the decoder land on them), and free of the registry so browser code can import them.
 */

/** The anchor of a code's row on the comparison page (ids are case-sensitive, like codes). */
export const codeAnchor = (code: string) => `code-${code}`;
/** The anchor of an equivalents group on the comparison page. */
export const groupAnchor = (id: string) => `group-${id}`;
