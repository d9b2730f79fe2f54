import { z } from 'astro/zod';
import { byLang } from './locales';

/**
 * A text in every language of the site, none empty: the one schema for localized fields of content
 * files (provider records, glossary definitions, comparison notes, reference meanings, SDK rules).
 * Apart from `locales.ts`, which browser code imports, so that it never bundles Zod.
 */
export const localizedText = z.strictObject(byLang(() => z.string().trim().min(1)));
