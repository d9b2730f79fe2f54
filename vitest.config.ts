import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// The build tests run `astro sync` on fixture trees: seconds each, not milliseconds.
		testTimeout: 60_000,
	},
});
