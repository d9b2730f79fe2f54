/**
 * An MDX body is rendered by its page, which first puts its language (and, on a code page, the
 * frontmatter) in `Astro.locals.mdxPage`. The body's components read it here.
 */
export function mdxPageContext(locals: App.Locals): NonNullable<App.Locals['mdxPage']> {
	if (!locals.mdxPage) throw new Error('MDX components render only inside a content page');
	return locals.mdxPage;
}
