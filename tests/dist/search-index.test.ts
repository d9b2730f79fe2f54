import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { langs } from '../../src/i18n/locales';
import { useTranslations } from '../../src/strings/ui';
import { dist } from './site';

/**
 * What Pagefind's index holds of each page (`dist/pagefind/fragment/*.pf_fragment`: gzip of
 * `pagefind_dcd` and the page's JSON), the text its excerpts are cut from: the pages' content,
 * not their controls nor tables that read as a run of numbers once flattened.
 */
interface Fragment {
	url: string;
	content: string;
}

const folder = join(dist, 'pagefind', 'fragment');
const signature = 'pagefind_dcd';

function fragments(): Fragment[] {
	return readdirSync(folder)
		.filter((file) => file.endsWith('.pf_fragment'))
		.map((file) => {
			const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
			if (!text.startsWith(signature))
				throw new Error(`${file}: not a Pagefind fragment (no "${signature}" signature)`);
			const { url, content } = JSON.parse(text.slice(signature.length)) as Fragment;
			// Chinese text is stored cut into words by zero-width spaces.
			return { url, content: content.replaceAll('\u200B', '') };
		});
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the search index', () => {
	const all = fragments();

	it('has the pages of every language', () => {
		for (const lang of langs) expect(all.some((f) => f.url.startsWith(`/${lang}/`))).toBe(true);
	});

	it('holds no copy button’s label: a block of its own glued to the code sample before it', () => {
		// Pagefind ends a block with ". ": a button after a code sample reads "…</Error>Copy. ".
		const labels = langs.flatMap((lang) => {
			const { t } = useTranslations(lang);
			return [t('copy.code'), t('copy.link'), t('copy.ticket')];
		});
		const button = new RegExp(
			`(?<![\\p{Script=Han}\\s])(${labels.map(escape).join('|')})\\. `,
			'u',
		);
		const found = all.flatMap(({ url, content }) => {
			const match = button.exec(content);
			return match
				? [`${url}: …${content.slice(Math.max(0, match.index - 30), match.index + 12)}…`]
				: [];
		});
		expect(found, found.join('\n')).toEqual([]);
	});

	it('holds no table flattened into a run of statuses ("AccessDenied. 403. 403.")', () => {
		const run = /(?<!\d)[1-5]\d\d\. [1-5]\d\d\.(?!\d)/;
		const found = all.flatMap(({ url, content }) => {
			const match = run.exec(content);
			return match
				? [`${url}: …${content.slice(Math.max(0, match.index - 30), match.index + 20)}…`]
				: [];
		});
		expect(found, found.join('\n')).toEqual([]);
	});
});
