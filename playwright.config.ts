import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/browser';

// the port is configurable so that two checkouts can run their browser tests side by side
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// two cores: more workers only make the browsers fight
	workers: 2,
	// CI runs once on a shared, noisy machine where nothing lands if one test stumbles; a test that
	// passes only on its retry is still reported (as flaky) in the list
	retries: process.env.CI ? 1 : 0,
	// the machines are shared and slow at times: waits are generous, speed is measured by the bench
	timeout: 60_000,
	expect: { timeout: 15_000 },
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		serviceWorkers: 'allow',
		trace: 'retain-on-failure',
		launchOptions: chromiumLaunchOptions
	},
	projects: [
		{ name: 'laptop', use: { ...devices['Desktop Chrome'], channel: undefined } },
		{
			name: 'phone',
			use: { ...devices['Pixel 7'], channel: undefined },
			// the phone layout is checked by its own spec; the rest would only repeat the laptop run
			testMatch: /layout\.spec\.ts/
		}
	],
	webServer: {
		// the built app, as `npm test` builds it just before
		command: `npx vite preview --port ${port} --strictPort`,
		url: `http://localhost:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
