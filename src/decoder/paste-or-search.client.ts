import { interpolate } from '../strings/interpolate';
import { readScriptStrings } from '../strings/script-strings';
import type { UIKey } from '../strings/schema';
import { defaultLang, isLang } from '../i18n/locales';
import { href } from '../routing/urls';
import type { CodeIndex } from './code-index';
import { pasteFragment } from './paste-fragment';
import { destinationOf } from './paste-or-search';

/**
 * The home page's box, once the reader uses it (this module loads on the box's first focus or
 * submit, and with it the code list): follows `destinationOf`'s answer — a code's page, a choice
 * of providers, the decoder (the text in the URL fragment only) or search.
 */
export const boxStringKeys = ['home.box.several'] as const satisfies readonly UIKey[];

let codes: Promise<CodeIndex | undefined> | undefined;

/** The code list, fetched once; undefined when it cannot load (the box then still searches). */
export function codeList(): Promise<CodeIndex | undefined> {
	codes ??= fetch('/codes.json')
		.then((response) => (response.ok ? (response.json() as Promise<CodeIndex>) : undefined))
		.catch(() => undefined);
	return codes;
}

export async function follow(form: HTMLFormElement, input: string): Promise<void> {
	const pageLang = form.dataset['lang'] ?? '';
	const lang = isLang(pageLang) ? pageLang : defaultLang;
	const index = await codeList();
	const destination = destinationOf(input, index);
	const choice = form.querySelector<HTMLElement>('[data-choice]');
	if (choice) choice.replaceChildren();
	switch (destination.kind) {
		case 'empty':
			form.querySelector('textarea')?.focus();
			return;
		case 'decode':
			location.assign(`${href(lang, { kind: 'decode' })}${pasteFragment(destination.text)}`);
			return;
		case 'search':
			location.assign(
				`${href(lang, { kind: 'search' })}?${new URLSearchParams({ q: destination.query })}`,
			);
			return;
		case 'code': {
			const [only, ...more] = destination.matches;
			if (only && more.length === 0) {
				location.assign(href(lang, { kind: 'code', ...only }));
				return;
			}
			if (!choice) return;
			const strings = readScriptStrings(form, boxStringKeys);
			const lead = document.createElement('p');
			lead.textContent = interpolate(strings['home.box.several'], {
				code: only?.code ?? input.trim(),
			});
			const list = document.createElement('ul');
			list.className = 'mt-2 space-y-1';
			for (const match of destination.matches) {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = href(lang, { kind: 'code', ...match });
				link.className =
					'font-semibold text-accent-700 underline underline-offset-2 dark:text-accent-300';
				link.textContent = `${match.code} · ${index?.providers[match.provider]?.name[lang] ?? match.provider}`;
				item.append(link);
				list.append(item);
			}
			choice.append(lead, list);
			choice.hidden = false;
			list.querySelector('a')?.focus();
		}
	}
}
