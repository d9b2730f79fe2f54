import { test as base, expect } from '@playwright/test';

/**
 * Playwright's `test`, run under the site's Content-Security-Policy like every real visit: any
 * violation reported during a test (a blocked script, style, fetch or WebAssembly compile) fails it.
 * Every spec imports `test` from here, so every journey doubles as a CSP check.
 */
export const test = base.extend<{ cspViolations: string[] }>({
	cspViolations: [
		async ({ page }, use) => {
			const violations: string[] = [];
			await page.exposeFunction('__reportCspViolation', (violation: string) => {
				violations.push(violation);
			});
			// Injected by the browser tooling, not the page: the policy does not apply to it.
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					const report = (window as unknown as { __reportCspViolation: (v: string) => void })
						.__reportCspViolation;
					void report(
						`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`,
					);
				});
			});
			await use(violations);
			expect(violations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
