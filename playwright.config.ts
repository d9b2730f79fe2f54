import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/lib/chromium.mjs';

/** The preview server's port: `E2E_PORT` when another one is taken. */
const port = Number(process.env['E2E_PORT'] ?? 4329);

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	// Explicit limits, generous for a 2-core machine that is busy with other work: a test that
	// needs more (a sweep over every code) sets its own, in proportion to what it does.
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		navigationTimeout: 30_000,
		actionTimeout: 15_000,
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				// A system Chromium where installed, else Playwright's own (scripts/lib/chromium.mjs).
				launchOptions: launchOptions(),
			},
		},
	],
	// Tests run against the real build: `npm run build` first (npm test does). Never a server the
	// tests did not start: a busy port fails the run instead of testing whatever listens there.
	webServer: {
		command: `npx astro preview --port ${port}`,
		url: `http://localhost:${port}/en/`,
		reuseExistingServer: false,
		timeout: 120_000,
	},
});
