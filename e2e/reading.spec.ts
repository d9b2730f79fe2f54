import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectedComparison } from '../tests/comparison-data';
import { comparedIds, providerIds, shortName } from '../src/data/providers';
import { langs, type Lang } from '../src/i18n/locales';
import { href } from '../src/routing/urls';

/**
 * Reading on every screen: tables that become cards on a phone, a compact header, links that look
 * like links, anchors that show where they land, "on this page", copyable code samples without
 * layout shift, printing. Both languages; a 360 px phone and a 1280 px desktop where it matters.
 */

const phone = { width: 360, height: 740 };
const desktop = { width: 1280, height: 900 };
const { comparison, ours } = expectedComparison();

/** The page never scrolls sideways. */
async function expectNoSidewaysScroll(page: Page) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - window.innerWidth,
	);
	expect(overflow).toBeLessThanOrEqual(0);
}

/** The element is entirely within the viewport's width. */
async function expectWithinWidth(locator: Locator, width: number) {
	const box = await locator.boundingBox();
	expect(box).not.toBeNull();
	expect(box!.x).toBeGreaterThanOrEqual(0);
	expect(box!.x + box!.width).toBeLessThanOrEqual(width);
}

const rowOf = (page: Page, code: string) => page.locator(`tr[id="code-${code}"]`);
/** A row every compared provider returns (a status in each column), else the one most have. */
const fullestRow = [...comparison.rows].sort(
	(a, b) => Object.keys(b.statuses).length - Object.keys(a.statuses).length,
)[0]!;
/** The last row of a group of equivalents with several rows: the group's note is above it. */
const groupUnit = comparison.units.find((unit) => unit.group && unit.rows.length > 1)!;
const groupedRow = groupUnit.rows.at(-1)!;

for (const lang of langs) {
	test.describe(`on a phone (${lang})`, () => {
		test.use({ viewport: phone });

		test('a long list of messages is a short scrolling box, the first message near the top', async ({
			page,
		}) => {
			await page.goto(href(lang, { kind: 'code', provider: 'oss', code: 'InvalidArgument' }));
			const toc = page.locator('nav.toc');
			const list = toc.locator('ol');
			// Every message is still listed and reachable.
			expect(await toc.getByRole('link').count()).toBeGreaterThan(20);
			expect(await list.evaluate((box) => box.scrollHeight > box.clientHeight)).toBe(true);
			await toc.getByRole('link').last().scrollIntoViewIfNeeded();
			await expect(toc.getByRole('link').last()).toBeInViewport();
			// The first message begins within the first two screens.
			const first = await page.locator('[data-message]').first().boundingBox();
			expect(first!.y + (await page.evaluate(() => scrollY))).toBeLessThan(2 * phone.height);
		});

		test('a run of text with no break opportunity wraps at the edge instead of widening the page', async ({
			page,
		}) => {
			// The Chinese page cites 《GetBucketVersions(ListObjectVersions)》, one unbreakable run.
			await page.goto(href(lang, { kind: 'code', provider: 'oss', code: 'NoSuchVersion' }));
			await expectNoSidewaysScroll(page);
		});

		test('the comparison is a list of cards: the code, then a status per provider, none off-screen', async ({
			page,
		}) => {
			await page.goto(href(lang, { kind: 'compare' }));
			await expectNoSidewaysScroll(page);
			const row = rowOf(page, fullestRow.code);
			await row.scrollIntoViewIfNeeded();
			const cells = row.locator('td[data-chip]');
			await expect(cells).toHaveCount(comparedIds.length);
			for (const [index, id] of comparedIds.entries()) {
				const cell = cells.nth(index);
				await expect(cell).toBeVisible();
				await expectWithinWidth(cell, phone.width);
				const status = fullestRow.statuses[id];
				await expect(cell).toContainText(status === undefined ? '—' : String(status));
				// Each status is led by its provider's name, as the column heading is hidden.
				const label = await cell.evaluate((td) => getComputedStyle(td, '::before').content);
				expect(label).toContain(shortName(id));
			}
			// The table does not scroll in a box of its own either.
			const region = page.locator('.data-table');
			expect(await region.evaluate((box) => box.scrollWidth - box.clientWidth)).toBe(0);
		});

		test('group notes wrap inside the screen', async ({ page }) => {
			await page.goto(href(lang, { kind: 'compare' }));
			const note = page.locator(`tbody[id="${groupUnit.anchor}"] > tr`).first();
			await note.scrollIntoViewIfNeeded();
			await expectWithinWidth(note, phone.width);
			expect(await note.evaluate((tr) => tr.scrollWidth - tr.clientWidth)).toBe(0);
		});

		test('the summary figures collapse into short lines', async ({ page }) => {
			await page.goto(href(lang, { kind: 'compare' }));
			const figures = page.locator('section[aria-labelledby="summary"] dl');
			const box = await figures.boundingBox();
			// Two columns of one-line figures: well under half a screen.
			expect(box!.height).toBeLessThan(phone.height / 2);
		});

		test('a quick reference is a list of cards: code, message, cause', async ({ page }) => {
			const provider = providerIds[0]!;
			const status = ours[provider]![0]!.status;
			await page.goto(href(lang, { kind: 'providerStatus', provider, status }));
			await expectNoSidewaysScroll(page);
			const row = page.locator('tr[data-message-row]').first();
			for (const cell of await row.locator('td').all()) {
				await expect(cell).toBeVisible();
				await expectWithinWidth(cell, phone.width);
			}
			await expect(page.locator('.data-table thead')).not.toBeInViewport();
		});

		test('the glossary and the statuses are cards too', async ({ page }) => {
			for (const route of [{ kind: 'glossary' }, { kind: 'statusIndex' }] as const) {
				await page.goto(href(lang, route));
				await expectNoSidewaysScroll(page);
				const row = page.locator('.data-table tbody tr').first();
				for (const cell of await row.locator('td').all()) {
					await expect(cell).toBeVisible();
					await expectWithinWidth(cell, phone.width);
				}
			}
		});

		test('the header is compact: one row, then the navigation in one row', async ({ page }) => {
			await page.goto(href(lang, { kind: 'code', provider: providerIds[0]!, code: 'NoSuchKey' }));
			const header = await page.locator('body > header').boundingBox();
			expect(header!.y + header!.height).toBeLessThan(phone.height * 0.2);
			const name = await page.locator('header a').first().boundingBox();
			const search = await page.locator('[data-search-trigger]').boundingBox();
			const language = await page.locator('language-switch').boundingBox();
			for (const box of [search, language]) {
				expect(Math.abs(box!.y + box!.height / 2 - (name!.y + name!.height / 2))).toBeLessThan(8);
			}
			const links = page.getByRole('navigation', { name: /./ }).first().getByRole('link');
			const tops = await links.evaluateAll((all) =>
				all.map((link) => Math.round(link.getBoundingClientRect().top)),
			);
			expect(new Set(tops).size).toBe(1);
			// Every link of the row stays reachable by keyboard (the row scrolls to the focused one).
			const last = links.last();
			await last.focus();
			await expect(last).toBeFocused();
			await expect(last).toBeInViewport();
			await expectNoSidewaysScroll(page);
		});
	});

	test.describe(`on a desktop (${lang})`, () => {
		test.use({ viewport: desktop });

		test('the comparison keeps its header row in view while it scrolls', async ({ page }) => {
			await page.goto(href(lang, { kind: 'compare' }));
			await rowOf(page, comparison.rows.at(-1)!.code).scrollIntoViewIfNeeded();
			const heading = page.locator('.data-table thead th').first();
			await expect(heading).toBeInViewport();
			const box = await heading.boundingBox();
			expect(box!.y).toBeLessThan(2);
		});

		test('the code pages have "on this page" beside the text, still there far down', async ({
			page,
		}) => {
			const code = 'BucketAlreadyExists';
			await page.goto(href(lang, { kind: 'code', provider: providerIds[0]!, code }));
			const toc = page.locator('nav.toc');
			const sections = page.locator('section[data-message]');
			const count = await sections.count();
			expect(count).toBeGreaterThanOrEqual(3);
			await expect(toc.getByRole('link')).toHaveCount(count);
			const tocBox = await toc.boundingBox();
			const sectionBox = await sections.first().boundingBox();
			expect(tocBox!.x).toBeGreaterThan(sectionBox!.x + sectionBox!.width);
			await sections.last().scrollIntoViewIfNeeded();
			await page.mouse.wheel(0, 600);
			await expect(toc).toBeInViewport();
		});

		test('a guide has "on this page" beside the text', async ({ page }) => {
			await page.goto(href(lang, { kind: 'guide', slug: 'retries' }));
			const toc = page.locator('nav.toc');
			const headings = page.locator('article h2:not(#toc-heading)');
			await expect(toc.getByRole('link')).toHaveCount(await headings.count());
			await toc.getByRole('link').last().click();
			const id = await headings.last().getAttribute('id');
			await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(`#${id}`);
			await expect(headings.last()).toBeInViewport();
			await expect(toc).toBeInViewport();
			// The guide's own prose styles apply (its stylesheet keeps the site's cascade layers).
			const size = await headings.last().evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
			expect(size).toBeGreaterThan(20);
			const padding = await page
				.locator('article pre')
				.first()
				.evaluate((pre) => parseFloat(getComputedStyle(pre).paddingLeft));
			expect(padding).toBeGreaterThan(8);
			expect(
				await toc
					.getByRole('link')
					.first()
					.evaluate((a) => getComputedStyle(a).textDecorationLine),
			).toBe('underline');
		});

		test('code samples never run past the right edge', async ({ page }) => {
			for (const slug of ['error-response', 'retries']) {
				await page.goto(href(lang, { kind: 'guide', slug }));
				for (const pre of await page.locator('article pre').all()) {
					expect(await pre.evaluate((p) => p.scrollWidth - p.clientWidth)).toBeLessThanOrEqual(0);
				}
			}
		});
	});

	test(`on a phone, "on this page" is a plain list before the first message (${lang})`, async ({
		page,
	}) => {
		await page.setViewportSize(phone);
		await page.goto(
			href(lang, { kind: 'code', provider: providerIds[0]!, code: 'BucketAlreadyExists' }),
		);
		const toc = page.locator('nav.toc');
		const first = await page.locator('section[data-message]').first().boundingBox();
		expect((await toc.boundingBox())!.y).toBeLessThan(first!.y);
		const link = toc.getByRole('link').nth(2);
		const target = (await link.getAttribute('href'))!;
		await link.click();
		await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(target);
		await expect(page.locator(target)).toBeInViewport();
	});

	test(`code names in the comparison link their page, where there is one (${lang})`, async ({
		page,
	}) => {
		await page.goto(href(lang, { kind: 'compare' }));
		const ourRow = comparison.rows.find((row) => providerIds.some((id) => row.statuses[id]))!;
		const provider = providerIds.find((id) => ourRow.statuses[id] !== undefined)!;
		await expect(rowOf(page, ourRow.code).locator('th a')).toHaveAttribute(
			'href',
			href(lang, { kind: 'code', provider, code: ourRow.code }),
		);
		const theirs = comparison.rows.find((row) => providerIds.every((id) => !row.statuses[id]))!;
		await expect(rowOf(page, theirs.code).locator('th')).toContainText(theirs.code);
		await expect(rowOf(page, theirs.code).locator('th a')).toHaveCount(0);
	});

	test(`landing on a row of a group shows the row marked and the group's note (${lang})`, async ({
		page,
	}) => {
		for (const viewport of [phone, desktop]) {
			await page.setViewportSize(viewport);
			await page.goto(`${href(lang, { kind: 'compare' })}#code-${groupedRow.code}`);
			const row = rowOf(page, groupedRow.code);
			await expect(row).toBeInViewport();
			await expect(page.locator(`tbody[id="${groupUnit.anchor}"] > tr`).first()).toBeInViewport();
			const other = page.locator('tr[id^="code-"]').first();
			const background = (locator: Locator) =>
				locator.evaluate((tr) => getComputedStyle(tr).backgroundColor);
			expect(await background(row)).not.toBe(await background(other));
		}
	});

	test(`landing on a message marks its section (${lang})`, async ({ page }) => {
		const url = href(lang, {
			kind: 'code',
			provider: providerIds[0]!,
			code: 'BucketAlreadyExists',
		});
		await page.goto(url);
		const sections = page.locator('section[data-message]');
		const id = (await sections.nth(1).getAttribute('data-message'))!;
		await page.goto(`${url}#${id}`);
		const border = (locator: Locator) =>
			locator.evaluate((section) => getComputedStyle(section).borderColor);
		expect(await border(sections.nth(1))).not.toBe(await border(sections.nth(0)));
		await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
	});

	test(`status quick references link each other and the status across providers (${lang})`, async ({
		page,
	}) => {
		const [first, ...others] = providerIds;
		const shared = ours[first!]!.find(({ status }) =>
			others.every((id) => ours[id]!.some((code) => code.status === status)),
		)!.status;
		await page.goto(href(lang, { kind: 'providerStatus', provider: first!, status: shared }));
		const links = page.locator('a[data-same-status]');
		for (const id of others) {
			await expect(
				links.and(
					page.locator(
						`[href="${href(lang, { kind: 'providerStatus', provider: id, status: shared })}"]`,
					),
				),
			).toHaveCount(1);
		}
		await expect(
			links.and(page.locator(`[href="${href(lang, { kind: 'status', status: shared })}"]`)),
		).toHaveCount(1);
		// Only to pages that exist: a status another provider does not use gets no link to it.
		const alone = ours[first!]!.find(
			({ status }) => !others.every((id) => ours[id]!.some((code) => code.status === status)),
		);
		const pages = [shared, ...(alone ? [alone.status] : [])];
		for (const status of pages) {
			await page.goto(href(lang, { kind: 'providerStatus', provider: first!, status }));
			for (const link of await page.locator('a[data-same-status]').all()) {
				const response = await page.request.get((await link.getAttribute('href'))!);
				expect(response.status()).toBe(200);
			}
		}
	});

	test(`links look like links: underlined, in the message list and the quick reference (${lang})`, async ({
		page,
	}) => {
		const underlined = (locator: Locator) =>
			locator.evaluate((a) => getComputedStyle(a).textDecorationLine);
		await page.goto(
			href(lang, { kind: 'code', provider: providerIds[0]!, code: 'BucketAlreadyExists' }),
		);
		expect(await underlined(page.locator('nav.toc a').first())).toBe('underline');
		await page.goto(href(lang, { kind: 'providerStatus', provider: providerIds[0]!, status: 409 }));
		expect(await underlined(page.locator('tr[data-message-row] td:nth-child(2) a').first())).toBe(
			'underline',
		);
		await page.goto(href(lang, { kind: 'status', status: 409 }));
		for (const link of await page.locator('main section a').all()) {
			expect(await underlined(link)).toBe('underline');
		}
		await page.goto(href(lang, { kind: 'home' }));
		expect(
			await underlined(page.locator(`main a[href="${href(lang, { kind: 'compare' })}"]`)),
		).toBe('underline');
	});

	test(`the short answer follows its label as the language writes it (${lang})`, async ({
		page,
	}) => {
		await page.goto(href(lang, { kind: 'code', provider: providerIds[0]!, code: 'NoSuchKey' }));
		const label = page.locator('section[data-message] p strong').first();
		const [text, after] = await label.evaluate((strong) => [
			strong.textContent ?? '',
			strong.nextSibling?.textContent ?? '',
		]);
		// One space after "In short:", none after full-width punctuation ("简而言之：").
		const fullWidth = /[\u3000-\u303f\uff01-\uff60]$/u.test(text);
		expect(after.startsWith(' ')).toBe(!fullWidth);
		expect(after.startsWith('  ')).toBe(false);
		expect(text.length).toBeGreaterThan(1);
	});
}

test.describe('code samples', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	for (const lang of langs) {
		test(`a guide's code sample is copied by its button (${lang})`, async ({ page }) => {
			await page.goto(href(lang, { kind: 'guide', slug: 'retries' }));
			const sample = page.locator('[data-copy-bar]:has(pre)').first();
			await sample.getByRole('button').click();
			await expect(sample.getByRole('status')).toHaveText(lang === 'zh' ? '已复制' : 'Copied');
			// Shown beside the button, not only read out.
			expect((await sample.getByRole('status').boundingBox())!.width).toBeGreaterThan(10);
			const text = await sample.locator('pre').textContent();
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
			expect(text?.length).toBeGreaterThan(10);
		});
	}
});

/** The page's cumulative layout shift, as the browser measures it (Layout Instability API). */
async function layoutShift(page: Page, path: string): Promise<number> {
	await page.addInitScript(() => {
		(window as unknown as { shift: number }).shift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as unknown as { value: number }[]) {
				(window as unknown as { shift: number }).shift += entry.value;
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(path, { waitUntil: 'load' });
	// Two frames after load: any shift from the scripts that ran has been reported.
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
	);
	return page.evaluate(() => (window as unknown as { shift: number }).shift);
}

for (const lang of langs) {
	test(`nothing moves when the copy buttons come alive (${lang})`, async ({ page }) => {
		for (const path of [
			href(lang, { kind: 'code', provider: providerIds[0]!, code: 'MalformedPOSTRequest' }),
			href(lang, { kind: 'guide', slug: 'retries' }),
		]) {
			expect(await layoutShift(page, path), path).toBe(0);
			await expect(
				page.locator('section[data-message] button, pre + button').first(),
			).toBeVisible();
		}
	});

	test(`a code page prints as its text (${lang})`, async ({ page }) => {
		await page.goto(href(lang, { kind: 'code', provider: providerIds[0]!, code: 'NoSuchKey' }));
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('body > header')).toBeHidden();
		await expect(page.locator('body > footer')).toBeHidden();
		await expect(page.getByRole('button')).toHaveCount(0);
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.locator('section[data-message]').first()).toBeVisible();
		const external = page.locator('section[aria-labelledby="about-source"] p > a[href^="http"]');
		const printed = await external.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(printed).toContain(await external.getAttribute('href'));
	});
}

/** The "#" beside a message heading stands out from its background enough for a control (3:1). */
for (const colorScheme of ['light', 'dark'] as const) {
	test(`the message anchor "#" has 3:1 contrast (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto(
			href('en' as Lang, { kind: 'code', provider: providerIds[0]!, code: 'NoSuchKey' }),
		);
		const ratio = await page
			.locator('section[data-message] h2 a')
			.first()
			.evaluate((anchor) => {
				// The browser turns any CSS colour (oklch…) into sRGB by painting it.
				const rgb = (color: string) => {
					const canvas = document.createElement('canvas').getContext('2d')!;
					canvas.fillStyle = color;
					canvas.fillRect(0, 0, 1, 1);
					return [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)];
				};
				const luminance = (color: string) => {
					const [r, g, b] = rgb(color).map((value) => {
						const c = value / 255;
						return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
					});
					return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
				};
				let background = 'rgba(0, 0, 0, 0)';
				for (let node: Element | null = anchor; node; node = node.parentElement) {
					background = getComputedStyle(node).backgroundColor;
					if (!/rgba\(0, 0, 0, 0\)|transparent/.test(background)) break;
				}
				const [light, dark] = [
					luminance(getComputedStyle(anchor).color),
					luminance(background),
				].sort((a, b) => b - a);
				return (light! + 0.05) / (dark! + 0.05);
			});
		expect(ratio).toBeGreaterThanOrEqual(3);
	});
}
