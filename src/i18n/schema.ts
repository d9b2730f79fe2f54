import { z } from 'astro/zod';

const text = z.string().trim().min(1);

/**
 * Every UI string of the site. Each dictionary is parsed with this strict schema: a missing,
 * empty or unknown key fails the build. `{name}` marks a value filled in by `t()`;
 * keys ending in `_one` / `_other` are plural forms chosen by `tn()`.
 */
export const dictionarySchema = z.strictObject({
	'site.name': text,
	'site.tagline': text,
	'site.description': text,
	'nav.skipToContent': text,
	'nav.main': text,
	'nav.breadcrumbs': text,
	'nav.home': text,
	'nav.statuses': text,
	'lang.label': text,
	'lang.switchTo': text,
	'root.title': text,
	'root.prompt': text,
	'home.title': text,
	'home.lead': text,
	'home.audience.developer': text,
	'home.audience.support': text,
	'home.audience.browse': text,
	'home.providers': text,
	'home.statuses': text,
	'home.statusesLead': text,
	'provider.title': text,
	'provider.description': text,
	'provider.byStatus': text,
	'provider.allCodes': text,
	'provider.docs': text,
	'count.codes_one': text,
	'count.codes_other': text,
	'count.messages_one': text,
	'count.messages_other': text,
	'status.title': text,
	'status.description': text,
	'status.tableCaption': text,
	'status.otherStatuses': text,
	'table.code': text,
	'table.message': text,
	'table.cause': text,
	'table.status': text,
	'code.title': text,
	'code.provider': text,
	'code.status': text,
	'code.messages': text,
	'code.messageLabel': text,
	'code.alsoSentAs': text,
	'code.inShort': text,
	'code.cause': text,
	'code.solution': text,
	'code.note': text,
	'code.anchor': text,
	'code.related': text,
	'code.aboutSource': text,
	'code.sources': text,
	'code.sourceDocs': text,
	'footer.source': text,
	'footer.ours': text,
	'nav.glossary': text,
	'nav.guides': text,
	'home.guides': text,
	'glossary.title': text,
	'glossary.description': text,
	'glossary.english': text,
	'glossary.chinese': text,
	'glossary.definition': text,
	'glossary.caption': text,
	'guide.sources': text,
	'translation.stale': text,
	'translation.readOriginal': text,
	'notFound.title': text,
	'notFound.lead': text,
	'notFound.home': text,
});

export type Dictionary = z.infer<typeof dictionarySchema>;
export type UIKey = keyof Dictionary;
/** Keys that have plural forms, without their `_one` / `_other` suffix. */
export type PluralKey = UIKey extends infer K
	? K extends `${infer Base}_one`
		? Base
		: never
	: never;
