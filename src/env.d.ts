/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/**
		 * Set by a page before it renders an MDX body, so that the body's components (`<Message>`,
		 * `<Cause>`, `<Solution>`, `<Note>`) know the page's language and, on a code page, its frontmatter.
		 */
		mdxPage?: {
			lang: import('./i18n/locales').Lang;
			filePath: string;
			/** The code page's frontmatter; absent on guides. */
			error?: import('./schemas/error-entry').ErrorEntryData;
		};
	}
}

/** The URL of a module built as a chunk of its own (src/build/chunk-url.mjs). */
declare module 'chunk-url:*' {
	const url: string;
	export default url;
}
