import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// Tests of the built site run after the build: vitest.dist.config.ts.
		exclude: ['tests/dist/**', 'node_modules/**'],
		// The build tests run `astro sync` on fixture trees: seconds each, not milliseconds.
		testTimeout: 60_000,
	},
});
