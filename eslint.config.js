// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/, lowest layer first. A folder may import from its own layer and the ones
 * before it, never from a later one: so no two folders import each other (no folder-level cycle),
 * and a page view can change without touching the facts it shows. A new folder gets its place here.
 */
const layers = [
	['i18n', 'content-io', 'matching', 'build'], // languages; reading content files; fuzzy matching; build plugins
	['data'], // reference facts: the provider registry, HTTP statuses, sources
	['schemas'], // shapes of content files
	['checks', 'strings'], // content rules; UI strings
	['comparison', 'retry'], // the cross-provider comparison; SDK retry answers (pure)
	['loaders'], // content read for pages: catalog, comparison, glossary
	['routing'], // URLs and the pages the site has
	['decoder', 'search', 'support', 'open-data'], // browser features and their pure cores; the catalogue as JSON
	['not-found'], // the 404 page's recovery
	['components'],
	['layouts'],
	['views'], // page views
	['pages'], // route files
];

const zones = layers.slice(0, -1).flatMap((folders, rank) =>
	folders.map((folder) => ({
		target: `./src/${folder}`,
		from: layers
			.slice(rank + 1)
			.flat()
			.map((later) => `./src/${later}`),
		message: `src/${folder} is a lower layer than the folder imported (see the layers in eslint.config.js).`,
	})),
);

export default tseslint.config(
	{ ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		plugins: { 'import-x': importX },
		settings: {
			'import-x/resolver-next': [
				createNodeResolver({ extensions: ['.ts', '.mjs', '.js', '.astro', '.json', '.d.ts'] }),
			],
		},
		rules: {
			// TypeScript checks every name, in .ts and (checkJs) .mjs files alike, and knows the globals
			// of each environment; ESLint's own check would need them listed again.
			'no-undef': 'off',
			'import-x/no-cycle': ['error', { ignoreExternal: true }],
			'import-x/no-restricted-paths': ['error', { zones }],
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
		},
	},
	{
		// Browser code (`*.client.ts`, and the pure modules it imports) runs in the page: it never
		// imports what reads files at build time. Pages hand it what it needs (`/codes.json`, data attributes).
		files: [
			'src/**/*.client.ts',
			'src/decoder/**',
			'src/search/**',
			'src/support/**',
			'src/matching/**',
			'src/not-found/**',
			'src/comparison/filter.ts',
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['node:*', 'astro:*', '**/loaders/*', '**/content-io/*'],
							message: 'browser code cannot read files: take the data from the page.',
						},
						{
							group: ['**/data/providers', '**/data/sources', '**/strings/ui'],
							allowTypeImports: true,
							message:
								'the registry is read at build time: browser code gets it from /codes.json or the page.',
						},
					],
				},
			],
		},
	},
);
