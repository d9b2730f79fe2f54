import { execFile } from 'node:child_process';
import { copyFile, cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { plain } from './output';

/**
 * A site of its own for a build test: a temporary project with a copy of this project's `src/`
 * and `public/` (and its `node_modules/`, linked), its own copy of the fixture content and its
 * own Astro caches (`.astro/`, the content layer's data store). Builds of several tests, or a
 * developer's `astro dev`, never share state with it, so tests can run side by side.
 */
export interface FixtureSite {
	root: string;
	content: string;
	/** `astro sync` or `astro build`: exit code and output (colour codes removed). */
	astro(command: 'sync' | 'build'): Promise<{ code: number; output: string }>;
	remove(): Promise<void>;
}

const project = new URL('../../', import.meta.url).pathname;
const fixture = new URL('../fixtures/content/', import.meta.url).pathname;
const run = promisify(execFile);

export async function fixtureSite(name: string): Promise<FixtureSite> {
	const root = await mkdtemp(join(tmpdir(), `atlas-${name}-`));
	const content = join(root, 'content');
	await cp(fixture, content, { recursive: true });
	// Copies, not links: Astro follows a linked src/ to its real path and loses its own modules.
	for (const copied of ['src', 'public']) {
		await cp(join(project, copied), join(root, copied), { recursive: true });
	}
	await symlink(join(project, 'node_modules'), join(root, 'node_modules'));
	for (const copied of ['astro.config.mjs', 'package.json', 'tsconfig.json']) {
		await copyFile(join(project, copied), join(root, copied));
	}
	return {
		root,
		content,
		async astro(command) {
			const args = [join(project, 'node_modules/astro/bin/astro.mjs'), command];
			try {
				const { stdout, stderr } = await run(process.execPath, args, {
					cwd: root,
					env: {
						...process.env,
						ATLAS_CONTENT_DIR: content,
						ATLAS_CACHE_DIR: join(root, '.cache'),
						ASTRO_TELEMETRY_DISABLED: '1',
						NO_COLOR: '1',
						FORCE_COLOR: '0',
					},
					maxBuffer: 64 * 1024 * 1024,
				});
				return { code: 0, output: plain(stdout + stderr) };
			} catch (error) {
				const failed = error as { code: number; stdout: string; stderr: string };
				return { code: failed.code, output: plain(failed.stdout + failed.stderr) };
			}
		},
		remove: () => rm(root, { recursive: true, force: true }),
	};
}

/** Replaces text in a fixture file; a fixture without the text is a broken test, said so. */
export async function replaceIn(file: string, from: string, to: string): Promise<void> {
	const { readFile, writeFile } = await import('node:fs/promises');
	const text = await readFile(file, 'utf8');
	if (!text.includes(from)) throw new Error(`fixture ${file} has no "${from}"`);
	await writeFile(file, text.replace(from, to));
}
