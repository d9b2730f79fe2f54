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
		const status = bar.querySelector<HTMLElement>('[role="status"]');
		for (const button of bar.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
			button.addEventListener('click', async () => {
				const copied = await copy(
					button.dataset['copy'] || (bar.querySelector('pre')?.textContent ?? ''),
				);
				if (status) {
					status.textContent = copied
						? (button.dataset['done'] ?? '')
						: (bar.dataset['failed'] ?? '');
				}
			});
		}
	}
}

async function copy(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		// No clipboard API (a page served over plain HTTP) or permission refused: the old way.
		const area = document.createElement('textarea');
		area.value = text;
		area.setAttribute('readonly', '');
		area.style.position = 'fixed';
		area.style.opacity = '0';
		document.body.append(area);
		area.select();
		const done = document.execCommand('copy');
		area.remove();
		return done;
	}
}
