import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
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

// the code the service worker runs on a periodic background sync (workers/background-sources.ts),
// as one classic script beside the client build: the service worker imports it with importScripts
// only when it needs it, so that its own start, on every navigation, stays small. a library build
// inlines SheetJS's dynamic import, which a service worker could not run.
function buildBackgroundSync(): Plugin {
	let root = '';
	return {
		name: 'carnet:background-sync',
		apply: 'build',
		configResolved(config) {
			root = config.root;
		},
		async writeBundle(options) {
			if (!options.dir || !options.dir.endsWith(join('output', 'client'))) return;
			await build({
				configFile: false,
				logLevel: 'warn',
				publicDir: false,
				define: { 'process.env.NODE_ENV': JSON.stringify('production') },
				build: {
					lib: {
						entry: join(root, 'workers', 'background-sources.ts'),
						formats: ['iife'],
						name: 'carnetBackground',
						fileName: () => 'background-sync.js'
					},
					outDir: join(options.dir, '_app'),
					emptyOutDir: false,
					copyPublicDir: false,
					minify: true
				}
			});
		}
	};
}

export default defineConfig({
	plugins: [
		paraglideVitePlugin(paraglideOptions),
		sveltekit(),
		listWorkers(),
		buildBackgroundSync()
	],
	worker: { format: 'es' },
	server: { fs: { allow: ['workers'] } }
});
