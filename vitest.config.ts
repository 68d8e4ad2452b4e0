import { defineConfig } from 'vitest/config';

// unit tests cover core and db, which import nothing from svelte or kit: no vite plugins here, so
// that nothing (paraglide's watcher, kit's sync) keeps the test process alive after the run
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
