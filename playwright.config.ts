import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * Which browser: a system Chromium where one is installed (Debian's `chromium` package, also on
 * machines that cannot download Playwright's browsers), otherwise Playwright's own (after
 * `npx playwright install chromium`). `CHROMIUM_PATH` overrides both.
 */
function systemChromium(): string | undefined {
	if (process.env['CHROMIUM_PATH']) return process.env['CHROMIUM_PATH'];
	for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
		for (const name of ['chromium', 'chromium-browser']) {
			try {
				accessSync(join(dir, name), constants.X_OK);
				return join(dir, name);
			} catch {
				// not in this folder
			}
		}
	}
	return undefined;
}

const executablePath = systemChromium();
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
				launchOptions: {
					...(executablePath ? { executablePath } : {}),
					// Chromium's sandbox cannot start as root (containers, CI).
					args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
				},
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
