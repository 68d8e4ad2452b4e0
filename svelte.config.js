import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// a static SPA: every page is an empty shell filled in the browser; 200.html answers
		// routes that were not prerendered (a contact's page) on static hosts
		adapter: adapter({ fallback: '200.html', strict: true }),
		// absolute asset paths, so that the one cached shell works for every deep link offline
		paths: { relative: false },
		// registered by workbox-window in src/lib/state/app-update.svelte.ts, to drive the update prompt
		serviceWorker: { register: false }
	}
};

export default config;
