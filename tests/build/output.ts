/** Build output as a reader sees it: colour codes (Astro colours its output under CI) removed. */
// eslint-disable-next-line no-control-regex -- the escape character is what ANSI colour codes start with
export const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');
