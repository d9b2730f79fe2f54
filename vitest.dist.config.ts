import { defineConfig } from 'vitest/config';

/** Tests over the built site (`dist/`): run after `npm run build` (npm test does). */
export default defineConfig({
	test: {
		include: ['tests/dist/**/*.test.ts'],
		testTimeout: 120_000,
	},
});
