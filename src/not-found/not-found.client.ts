import type { CodeIndex } from '../decoder/code-index';
import { recover, type CodeNames } from './forgiving';

/**
 * The 404 page in the browser: read the missing path, then go to the code it names, offer the
 * likely codes, or put the last path segment in the search boxes. The code list is fetched only
 * here, on a miss, so no other page carries it.
 */
export async function attachNotFound(): Promise<void> {
	let names: CodeNames;
	let index: CodeIndex;
	try {
		const response = await fetch('/codes.json');
		if (!response.ok) throw new Error(String(response.status));
		index = (await response.json()) as CodeIndex;
		names = Object.fromEntries(
			Object.entries(index.codes).map(([provider, codes]) => [provider, Object.keys(codes)]),
		);
	} catch {
		// No list, no guesses: the search boxes and home links still work.
		return;
	}
	const recovery = recover(location.pathname, location.hash, names);
	switch (recovery.kind) {
		case 'go':
			location.replace(recovery.href);
			return;
		case 'suggest':
			for (const box of document.querySelectorAll<HTMLElement>('[data-suggestions]')) {
				const list = box.querySelector('ul');
				for (const link of recovery.links) {
					const item = document.createElement('li');
					const anchor = document.createElement('a');
					anchor.href = link.href;
					anchor.textContent = link.code;
					anchor.lang = 'en';
					anchor.className = 'font-mono font-semibold underline underline-offset-2';
					item.append(anchor, ` · ${index.providers[link.provider]?.short ?? link.provider}`);
					list?.append(item);
				}
				box.hidden = false;
			}
			return;
		case 'search':
			for (const input of document.querySelectorAll<HTMLInputElement>(
				'[data-not-found] input[name="q"]',
			)) {
				input.value = recovery.query;
			}
	}
}
