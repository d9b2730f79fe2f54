#!/usr/bin/env node
// Translation freshness, for translators.
//   npm run translations                      lists Chinese pages whose English twin changed since
//   npm run translations -- --mark FILE...    records that FILE (a Chinese page) now translates
//                                             the current revision of its English twin
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { revisionOf } from '../src/checks/revision.mjs';

const contentDir = process.env.ATLAS_CONTENT_DIR ?? 'content';
const collections = ['errors', 'guides'];
const frontmatterPattern = /^---\n([\s\S]*?)\n---/;

/** content/errors/zh/oss/X.mdx → content/errors/en/oss/X.mdx */
function englishTwinOf(file) {
	const twin = file.replace(/(^|\/)(errors|guides)\/zh\//, '$1$2/en/');
	if (twin === file)
		throw new Error(`${file} is not a Chinese page (expected …/errors/zh/… or …/guides/zh/…)`);
	return twin;
}

function recorded(text) {
	return frontmatterPattern.exec(text)?.[1].match(/^translates:\s*'?([0-9a-f]+)'?\s*$/m)?.[1];
}

function chinesePages() {
	return collections.flatMap((collection) => {
		const dir = join(contentDir, collection, 'zh');
		try {
			return readdirSync(dir, { recursive: true, encoding: 'utf8' })
				.filter((file) => file.endsWith('.mdx'))
				.map((file) => join(dir, file));
		} catch {
			return [];
		}
	});
}

function mark(file) {
	const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
	const match = frontmatterPattern.exec(text);
	if (!match) throw new Error(`${file} has no frontmatter`);
	const revision = revisionOf(readFileSync(englishTwinOf(file), 'utf8'));
	const lines = match[1].split('\n').filter((line) => !line.startsWith('translates:'));
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
		const stale = chinesePages().flatMap((file) => {
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
				? 'Every Chinese page translates the current English page.'
				: stale.join('\n'),
		);
	}
} catch (error) {
	console.error(`translations: ${error.message}`);
	process.exit(1);
}
