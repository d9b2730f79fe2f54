/**
 * `load`, run once per build and shared by every page that asks; run afresh on every call under
 * `astro dev`, where content changes under a running server and a kept result would be stale.
 */
export function oncePerBuild<T>(load: () => T): () => T {
	let kept: { value: T } | undefined;
	return () => {
		if (import.meta.env?.DEV) return load();
		kept ??= { value: load() };
		return kept.value;
	};
}
