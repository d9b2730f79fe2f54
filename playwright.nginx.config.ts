import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/lib/chromium.mjs';

/**
 * The built site served by a real nginx with the site's configuration (src/build/hosting.mjs,
 * scripts/nginx-serve.mjs): headers, redirects, the 404 page and the browser features under the
 * header-delivered policy. `npm run build` first; nginx must be installed (the run fails, naming
 * it, when it is not). Port: `E2E_NGINX_PORT`, default 4330.
 */
const port = Number(process.env['E2E_NGINX_PORT'] ?? 4330);

export default defineConfig({
	testDir: 'e2e-nginx',
	fullyParallel: true,
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	// As in playwright.config.ts: generous, explicit limits for a busy 2-core machine.
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: process.env['CI']
		? [['list']]
		: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report/nginx' }]],
	outputDir: 'test-results/nginx',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		navigationTimeout: 30_000,
		actionTimeout: 15_000,
	},
	projects: [
		{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: launchOptions() } },
	],
	webServer: {
		command: `node scripts/nginx-serve.mjs --port ${port} --redirects tests/fixtures/hosting/redirects.yaml`,
		url: `http://127.0.0.1:${port}/en/`,
		reuseExistingServer: false,
		timeout: 60_000,
		stdout: 'pipe',
		stderr: 'pipe',
	},
});
