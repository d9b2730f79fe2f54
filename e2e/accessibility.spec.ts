import AxeBuilder from '@axe-core/playwright';
import { langs, type Lang } from '../src/i18n/locales';
import { href, routeKinds, type Route, type RouteKind } from '../src/routing/urls';
import { expect, test } from './fixtures';

/**
 * axe (WCAG 2.1 A and AA) on every kind of page of the route table (`routeKinds`: a kind added
 * there must get its example here, or this file does not compile), both languages, both colour
 * schemes, and the 404 page.
 */
const examples: Record<RouteKind, { route: Route; query?: string }> = {
	home: { route: { kind: 'home' } },
	provider: { route: { kind: 'provider', provider: 'oss' } },
	providerStatus: { route: { kind: 'providerStatus', provider: 'obs', status: 409 } },
	code: { route: { kind: 'code', provider: 'oss', code: 'BucketAlreadyExists' } },
	compare: { route: { kind: 'compare' } },
	statusIndex: { route: { kind: 'statusIndex' } },
	status: { route: { kind: 'status', status: 409 } },
	search: { route: { kind: 'search' }, query: '?q=NoSuchKey' },
	decode: { route: { kind: 'decode' } },
	glossary: { route: { kind: 'glossary' } },
	guide: { route: { kind: 'guide', slug: 'error-response' } },
};
const kinds: Record<string, (lang: Lang) => string> = {
	...Object.fromEntries(
		routeKinds.map((kind) => [
			kind,
			(lang: Lang) => `${href(lang, examples[kind].route)}${examples[kind].query ?? ''}`,
		]),
	),
	'not found': (lang) => `/${lang}/oss/NothingLikeAnyCode/`,
};

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The light scheme gets every WCAG rule; the dark scheme changes only colours, so there it gets
 * the colour-contrast rule alone: the same coverage at half the cost.
 */
const schemes = [
	{ colorScheme: 'light', rules: undefined },
	{ colorScheme: 'dark', rules: ['color-contrast'] },
] as const;

for (const { colorScheme, rules } of schemes) {
	test.describe(`${colorScheme} scheme`, () => {
		test.use({ colorScheme });
		for (const [kind, pathOf] of Object.entries(kinds)) {
			for (const lang of langs) {
				test(`${kind} (${lang}) has no ${rules ? rules.join(', ') : 'WCAG'} violations`, async ({
					page,
				}) => {
					await page.goto(pathOf(lang));
					if (kind === 'search') await page.locator('.search-hit').first().waitFor();
					const axe = new AxeBuilder({ page }).withTags(wcag);
					const results = await (rules ? axe.withRules([...rules]) : axe).analyze();
					const violations = results.violations.map(
						(v) =>
							`${v.id}: ${v.help} — ${v.nodes
								.map((n) => n.target.join(' '))
								.slice(0, 3)
								.join(' | ')}`,
					);
					expect(violations, violations.join('\n')).toEqual([]);
				});
			}
		}
	});
}

test('the open search dialog, with results, has no violations (zh)', async ({ page }) => {
	await page.goto('/zh/oss/');
	await page.locator('[data-search-trigger]').click();
	await page.getByRole('dialog').getByRole('combobox').fill('NoSuchKey');
	await page.getByRole('dialog').getByRole('option').first().waitFor();
	const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
	expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('every control is reachable by keyboard and visibly focused', async ({ page }) => {
	await page.goto('/en/compare/');
	const seen = new Set<string>();
	for (let step = 0; step < 25; step++) {
		await page.keyboard.press('Tab');
		const focus = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			if (!element || element === document.body) return null;
			const style = getComputedStyle(element);
			return {
				name: `${element.tagName} ${element.textContent?.trim().slice(0, 30) ?? ''}`,
				visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
			};
		});
		if (!focus) continue;
		expect(focus.visible, `${focus.name} has no visible focus`).toBe(true);
		seen.add(focus.name);
	}
	// Skip link, header, search, language switch, breadcrumbs and the filters all took focus.
	expect(seen.size).toBeGreaterThan(12);
});
