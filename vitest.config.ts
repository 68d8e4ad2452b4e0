import { defineConfig } from 'vitest/config';

// unit tests cover core and db, which import nothing from svelte or kit: no vite plugins here, so
// that nothing (paraglide's watcher, kit's sync) keeps the test process alive after the run
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		setupFiles: ['tests/unit/fast-check-seed.ts'],
		environment: 'node',
		// a timeout only catches a hang: speed is measured by the bench, never asserted, and on the
		// shared 2-core machine a db test that takes 1 s alone can take 10 s beside a build
		testTimeout: 60_000
	}
});
