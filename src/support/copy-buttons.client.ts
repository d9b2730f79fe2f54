/**
 * The copy buttons of message sections ("copy link", "copy for ticket"). The text to copy is in
 * the button's `data-copy`, made at build time; this only writes it to the clipboard and confirms.
 * Each button carries its own confirmation (`data-done`) and the bar its failure line
 * (`data-failed`): labels of the elements they belong to, rather than a `data-strings` set, which
 * would cost every code page a shared chunk of script (see `strings/script-strings.ts`).
 * A code sample's button (`data-copy` without a value) copies the sample's text as shown, so the
 * page does not carry the sample twice.
 * The buttons are in the page from the start, so nothing moves when this runs; without script the
 * stylesheet hides them (`@media (scripting: none)`): the heading's `#` link and the text remain.
 */
export function attachCopyButtons(root: ParentNode = document): void {
	for (const bar of root.querySelectorAll<HTMLElement>('[data-copy-bar]')) {
		// One listener per bar, for all its buttons (however many languages it offers). An empty
		// `data-copy` copies the bar's code sample, so the page does not carry the code twice.
		bar.addEventListener('click', async (event) => {
			const button = (event.target as Element).closest<HTMLElement>('[data-copy]');
			if (!button) return;
			const copied = await copy(
				button.dataset['copy'] || (bar.querySelector('pre')?.textContent ?? ''),
			);
			const status = bar.querySelector('[role="status"]');
			if (status) {
				status.textContent = (copied ? button.dataset['done'] : bar.dataset['failed']) ?? '';
			}
		});
	}
}

async function copy(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		// No clipboard API (a page served over plain HTTP) or permission refused: the old way, with
		// the text handed to the copy event (no hidden textarea to select: less script on every page).
		const put = (event: ClipboardEvent) => {
			event.clipboardData?.setData('text/plain', text);
			event.preventDefault();
		};
		document.addEventListener('copy', put);
		const done = document.execCommand('copy');
		document.removeEventListener('copy', put);
		return done;
	}
}
