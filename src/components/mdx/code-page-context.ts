/**
 * The MDX body of a code page is rendered by the page, which puts its language and frontmatter
 * in `Astro.locals.codePage` first (see `CodePage.astro`). The body's components read it here.
 */
export function codePageContext(locals: App.Locals): NonNullable<App.Locals['codePage']> {
	if (!locals.codePage) {
		throw new Error(
			'<Message>, <Cause>, <Solution> and <Note> belong in error-code MDX files only',
		);
	}
	return locals.codePage;
}
