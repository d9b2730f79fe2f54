import type { CodeIndex } from '../decoder/code-index';
import { isLang } from '../i18n/locales';
import { recover, type CodeNames } from './forgiving';
import { notFoundLang, twinPath } from './page-language';

/**
 * The 404 pages in the browser. The root `404.html` (what a host without per-folder 404 pages
 * serves for every missing path) is written in the default language, readable without script,
 * and carries each other language's page as data: first, it becomes the page of the language the
 * path names (or the browser asks for). Then, on every 404 page, the language switch is pointed
 * at the same path in the other language, and the missing path is read: go to the code it names,
 * offer the likely codes, or put its last segment in the search box. The code list is fetched
 * only here, on a miss, so no other page carries it.
 */
export async function attachNotFound(): Promise<void> {
	speakPathLanguage();
	const lang = document.querySelector<HTMLElement>('[data-not-found]')?.dataset['notFound'];
	if (!lang || !isLang(lang)) return;
	for (const link of document.querySelectorAll<HTMLAnchorElement>('language-switch a')) {
		const other = link.pathname.split('/')[1] ?? '';
		const twin = isLang(other) ? twinPath(location.pathname, lang, other) : undefined;
		if (twin) link.pathname = twin;
	}

	let names: CodeNames;
	try {
		const response = await fetch('/codes.json');
		if (!response.ok) throw new Error(String(response.status));
		const index = (await response.json()) as CodeIndex;
		names = Object.fromEntries(
			Object.entries(index.codes).map(([provider, codes]) => [provider, Object.keys(codes)]),
		);
		const recovery = recover(location.pathname, location.hash, names);
		switch (recovery.kind) {
			case 'go':
				location.replace(recovery.href);
				return;
			case 'suggest': {
				const box = document.querySelector<HTMLElement>('[data-suggestions]');
				const list = box?.querySelector('ul');
				if (!box || !list) return;
				for (const link of recovery.links) {
					const item = document.createElement('li');
					const anchor = document.createElement('a');
					anchor.href = link.href;
					anchor.textContent = link.code;
					anchor.lang = 'en';
					anchor.className = 'font-mono font-semibold underline underline-offset-2';
					item.append(anchor, ` · ${index.providers[link.provider]?.short ?? link.provider}`);
					list.append(item);
				}
				box.hidden = false;
				return;
			}
			case 'search': {
				const input = document.querySelector<HTMLInputElement>('[data-not-found] input[name="q"]');
				if (input) input.value = recovery.query;
			}
		}
	} catch {
		// No list, no guesses: the search box and the links still work.
	}
}

/** The page's other languages, as the root 404 page embeds them (`NotFoundPage.astro`). */
interface EmbeddedPage {
	htmlLang: string;
	title: string;
	body: string;
}

/**
 * On the root 404 page, becomes the page of the path's language. Runs before the header's
 * scripts (it is first in the body; module scripts run in document order), so they set up the body
 * the reader gets. The embedded body is our own build output, so `innerHTML` parses our markup;
 * scripts in it do not run, and need not: the page's own copies do.
 */
function speakPathLanguage(): void {
	const wanted = notFoundLang(location.pathname, navigator.languages);
	const data = document.querySelector<HTMLScriptElement>(`script[data-not-found-page="${wanted}"]`);
	if (!data) return;
	const page = JSON.parse(data.textContent ?? '') as EmbeddedPage;
	document.documentElement.lang = page.htmlLang;
	document.title = page.title;
	document.body.innerHTML = page.body;
}
