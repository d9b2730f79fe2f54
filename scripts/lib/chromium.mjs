// @ts-check
// Which Chromium the browser tests and benchmarks drive: CHROMIUM_PATH, else a system Chromium on
// the PATH (Debian's `chromium`, on machines that cannot download Playwright's browsers), else
// undefined, and Playwright uses its own (`npx playwright install chromium`).
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** @returns {string | undefined} */
export function systemChromium() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	for (const dir of (process.env.PATH ?? '').split(delimiter)) {
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

/** Launch options for Playwright: the browser above, without the sandbox when running as root. */
export function launchOptions() {
	const executablePath = systemChromium();
	return {
		...(executablePath ? { executablePath } : {}),
		args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
	};
}
