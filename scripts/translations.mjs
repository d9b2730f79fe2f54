#!/usr/bin/env node
// @ts-check
// Translation freshness, for translators.
//   npm run translations                      lists translated pages whose original (the default
//                                             language's twin) changed since
//   npm run translations -- --mark FILE...    records that FILE (a translated page) now translates
//                                             the current revision of its original
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { revisionOf } from '../src/checks/revision.mjs';
// Node runs TypeScript that only needs its types erased: the languages come from the one list.
import { defaultLang, langs } from '../src/i18n/locales.ts';

const contentDir = process.env.ATLAS_CONTENT_DIR ?? 'content';
const collections = ['errors', 'guides'];
const frontmatterPattern = /^---\n([\s\S]*?)\n---/;

const translated = langs.filter((lang) => lang !== defaultLang);
const translatedPath = new RegExp(`(^|/)(${collections.join('|')})/(${translated.join('|')})/`);

/**
 * content/errors/zh/oss/X.mdx → content/errors/en/oss/X.mdx
 * @param {string} file
 */
function englishTwinOf(file) {
	const twin = file.replace(translatedPath, `$1$2/${defaultLang}/`);
	if (twin === file)
		throw new Error(
			`${file} is not a translated page (expected …/errors/{${translated.join(',')}}/… or …/guides/{${translated.join(',')}}/…)`,
		);
	return twin;
}

/** @param {string} text */
function recorded(text) {
	return frontmatterPattern.exec(text)?.[1]?.match(/^translates:\s*'?([0-9a-f]+)'?\s*$/m)?.[1];
}

function translatedPages() {
	return collections
		.flatMap((collection) =>
			translated.map((lang) => /** @type {[string, string]} */ ([collection, lang])),
		)
		.flatMap(([collection, lang]) => {
			const dir = join(contentDir, collection, lang);
			try {
				return readdirSync(dir, { recursive: true, encoding: 'utf8' })
					.filter((file) => file.endsWith('.mdx'))
					.map((file) => join(dir, file));
			} catch {
				return [];
			}
		});
}

/** @param {string} file */
function mark(file) {
	const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
	const match = frontmatterPattern.exec(text);
	if (!match) throw new Error(`${file} has no frontmatter`);
	const revision = revisionOf(readFileSync(englishTwinOf(file), 'utf8'));
	const lines = (match[1] ?? '').split('\n').filter((line) => !line.startsWith('translates:'));
	// Quoted: a revision of digits only (or digits and one e) would otherwise read as a number.
	lines.push(`translates: '${revision}'`);
	writeFileSync(file, text.replace(frontmatterPattern, `---\n${lines.join('\n')}\n---`));
	console.log(`${file}: translates ${revision}`);
}

const args = process.argv.slice(2);
try {
	if (args[0] === '--mark') {
		if (args.length < 2)
			throw new Error('usage: npm run translations -- --mark content/errors/zh/oss/Code.mdx …');
		args.slice(1).forEach(mark);
	} else if (args.length > 0) {
		throw new Error(`unknown argument ${args[0]}; usage: npm run translations [-- --mark FILE…]`);
	} else {
		const stale = translatedPages().flatMap((file) => {
			const english = englishTwinOf(file);
			let current;
			try {
				current = revisionOf(readFileSync(english, 'utf8'));
			} catch {
				return [`${file}: its English twin ${english} is missing`];
			}
			const was = recorded(readFileSync(file, 'utf8'));
			if (was === current) return [];
			return [
				`${file}: ${was ? `translates ${was}, ${english} is now ${current}` : 'records no translated revision'}`,
			];
		});
		console.log(
			stale.length === 0
				? 'Every translated page translates the current revision of its original.'
				: stale.join('\n'),
		);
	}
} catch (error) {
	console.error(`translations: ${/** @type {Error} */ (error).message}`);
	process.exit(1);
}
