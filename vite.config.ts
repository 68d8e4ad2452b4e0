import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { paraglideOptions } from './src/lib/i18n/paraglide.config.js';

// kit's `build` list for the service worker leaves out web workers
// (https://github.com/sveltejs/kit/issues/12438), so the export worker would not open offline. the
// client build writes their paths to _app/workers.json, which the service worker precaches too.
function listWorkers(): Plugin {
	return {
		name: 'carnet:list-workers',
		apply: 'build',
		writeBundle(options, bundle) {
			const workers = Object.keys(bundle).filter((file) =>
				file.startsWith('_app/immutable/workers/')
			);
			if (workers.length === 0 || !options.dir) return;
			mkdirSync(join(options.dir, '_app'), { recursive: true });
			writeFileSync(
				join(options.dir, '_app', 'workers.json'),
				JSON.stringify(workers.map((file) => `/${file}`).sort())
			);
		}
	};
}

export default defineConfig({
	plugins: [paraglideVitePlugin(paraglideOptions), sveltekit(), listWorkers()],
	worker: { format: 'es' },
	server: { fs: { allow: ['workers'] } }
});
