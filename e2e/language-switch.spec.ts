import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { langs } from '../src/i18n/locales';

/**
 * The language switch keeps the reader's place: its link itself (not only a click on it) carries
 * the page's query and anchor, so opening it in a new tab or copying it keeps them too. The
 * `href` attribute is read, never clicked: a click would hide a link that is only right on click.
 */
const [first, second] = langs;
if (!first || !second) throw new Error('the language switch needs two languages');
const pairs = [
	[first, second],
	[second, first],
] as const;

const switchLink = (page: Page) => page.locator('language-switch a');

/** The switch's `href` attribute, as the link it is (the script writes it absolute). */
async function expectSwitchTo(page: Page, path: string) {
	await expect(switchLink(page)).toHaveAttribute('href', new URL(path, page.url()).href);
}

for (const [from, to] of pairs) {
	test.describe(`from ${from} to ${to}`, () => {
		test('search keeps its query', async ({ page }) => {
			await page.goto(`/${from}/search/?q=bucket`);
			await expectSwitchTo(page, `/${to}/search/?q=bucket`);
		});

		test('a code page keeps the message anchor, also when the anchor changes', async ({ page }) => {
			await page.goto(`/${from}/oss/BucketAlreadyExists/#cannot-modify-location`);
			await expectSwitchTo(page, `/${to}/oss/BucketAlreadyExists/#cannot-modify-location`);
			// Following a link of the page's own list of messages changes the hash.
			await page.evaluate(() => {
				location.hash = '#name-not-available';
			});
			await expectSwitchTo(page, `/${to}/oss/BucketAlreadyExists/#name-not-available`);
		});

		test('the comparison keeps its filters, also those set after load', async ({ page }) => {
			await page.goto(`/${from}/compare/?show=diff#code-NoSuchKey`);
			await expectSwitchTo(page, `/${to}/compare/?show=diff#code-NoSuchKey`);
			// The filters rewrite the query without an event; the link is brought up to date when
			// it is about to be used (here: focused from the keyboard).
			await page.evaluate(() => {
				history.replaceState(null, '', `${location.pathname}?class=4xx${location.hash}`);
			});
			await switchLink(page).focus();
			await expectSwitchTo(page, `/${to}/compare/?class=4xx#code-NoSuchKey`);
		});
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the switch links the same page in the other language', async ({ page }) => {
		await page.goto(`/${first}/search/?q=bucket`);
		await expect(switchLink(page)).toHaveAttribute('href', `/${second}/search/`);
	});
});
