// @ts-check
/**
 * `import url from 'chunk-url:./module'`: the URL of `module` built as a chunk of its own, without
 * importing it. A script then loads it when needed with `import(url)`.
 *
 * Why not a plain `import('./module')`: Vite wraps every literal dynamic import in its preload
 * helper, about 0.6 KB (gzip) of script that every page would run before any interaction — a third
 * of the search dialog's script, and the difference between a code page meeting its first-visit
 * budget or not (vitejs/vite#18551). An `import()` of a URL held in a variable is left alone.
 * Plain JavaScript: astro.config.mjs loads it.
 */
const prefix = 'chunk-url:';
const resolved = '\0chunk-url:';

/** @returns {import('vite').Plugin} */
export function chunkUrl() {
	let serve = false;
	return {
		name: 'chunk-url',
		configResolved(config) {
			serve = config.command === 'serve';
		},
		async resolveId(id, importer) {
			if (!id.startsWith(prefix)) return null;
			const target = await this.resolve(id.slice(prefix.length), importer);
			if (!target)
				this.error(`chunk-url: cannot resolve ${id.slice(prefix.length)} from ${importer}`);
			return resolved + target.id;
		},
		load(id) {
			if (!id.startsWith(resolved)) return null;
			const file = id.slice(resolved.length);
			// The dev server compiles and serves any project file at /@fs/<path>.
			if (serve) return `export default ${JSON.stringify(`/@fs${file}`)};`;
			const reference = this.emitFile({ type: 'chunk', id: file });
			return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
		},
	};
}
