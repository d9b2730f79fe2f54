import { expect, test } from './fixtures';

/**
 * The policy is really enforced in the browser — so the e2e fixture's "no violation in any journey"
 * means the site's scripts (search with Pagefind's WebAssembly, copy buttons, decoder, filters,
 * language choice, the forgiving 404) all work under it.
 */
test('an injected inline script and style attribute are refused, and reported', async ({
	page,
	cspViolations,
}) => {
	await page.goto('/en/oss/NoSuchKey/');
	const applied = await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'document.documentElement.dataset.injected = "yes"';
		document.head.append(script);
		const box = document.createElement('div');
		box.innerHTML = '<p style="display: none">injected</p>';
		document.body.append(box);
		return {
			script: document.documentElement.dataset.injected === 'yes',
			style: getComputedStyle(box.firstElementChild!).display === 'none',
		};
	});
	expect(applied).toEqual({ script: false, style: false });
	await expect.poll(() => cspViolations.join('\n')).toContain('script-src-elem blocked inline');
	await expect.poll(() => cspViolations.join('\n')).toContain('style-src-attr blocked inline');
	// Expected here: the fixture's check is for the site's own code.
	cspViolations.length = 0;
});

test('search under the policy: Pagefind loads its WebAssembly and finds a code', async ({
	page,
}) => {
	await page.goto('/zh/');
	await page.keyboard.press('/');
	await page.getByRole('combobox').fill('NoSuchKey');
	await expect(page.getByRole('option').first()).toContainText('NoSuchKey');
});
