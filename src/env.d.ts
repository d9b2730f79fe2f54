/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/**
		 * Set by the code page before its MDX body renders, so that `<Message>`, `<Cause>` and
		 * `<Solution>` in the body know the page's language and the message they belong to.
		 */
		codePage?: {
			lang: import('./i18n/locales').Lang;
			filePath: string;
			data: import('./schemas/error-entry').ErrorEntryData;
		};
	}
}
