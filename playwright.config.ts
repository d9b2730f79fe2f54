import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/lib/chromium.mjs';

const port = 4329;

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
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
	// Tests run against the real build: `npm run build` first (npm test does).
	webServer: {
		command: `npx astro preview --port ${port}`,
		url: `http://localhost:${port}/en/`,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
	},
});
