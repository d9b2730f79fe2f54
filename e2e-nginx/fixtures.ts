import { expect, test as base } from '../e2e/fixtures';

/**
 * The e2e fixture (any `securitypolicyviolation` fails a test), and the browser's console too:
 * under nginx the policy also comes as a header, and Chromium reports some refusals only there.
 */
export const test = base.extend<{ consoleCspErrors: string[] }>({
	consoleCspErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (message) => {
				if (/Content Security Policy/i.test(message.text())) errors.push(message.text());
			});
			await use(errors);
			expect(errors, 'Content-Security-Policy errors in the console').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
