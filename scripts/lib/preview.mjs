// @ts-check
// The built site served by `astro preview` for benchmarks, resolved once it answers.
import { spawn } from 'node:child_process';

/**
 * Starts `astro preview` on a port and waits until `/en/` answers.
 * @param {number} port
 * @returns {Promise<import('node:child_process').ChildProcess>} the server; `kill()` it when done
 */
export async function servePreview(port) {
	const server = spawn(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(port)],
		{
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		},
	);
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			if ((await fetch(`http://localhost:${port}/en/`)).ok) return server;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	server.kill();
	throw new Error(
		'astro preview did not start: run `npm run build` first, and stop any other preview of this ' +
			'project (Astro runs one per project: `npx astro preview stop`)',
	);
}
