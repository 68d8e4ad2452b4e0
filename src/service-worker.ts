/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { build, files, prerendered, version } from '$service-worker';
import { BACKGROUND_SYNC_TAG } from './lib/core/sources/schedule';

// app-shell service worker: everything the build produced is precached per version, and every
// navigation is answered with the one cached shell (the app is a single page that renders from
// IndexedDB), so that any deep link opens offline
const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `carnet-${version}`;
const SHELL = '/';
const PRECACHE = [...build, ...files, ...prerendered, SHELL];

// web workers are missing from kit's `build` list; vite.config.ts lists them in this file
async function workerFiles(): Promise<string[]> {
	try {
		const response = await fetch('/_app/workers.json', { cache: 'no-store' });
		if (!response.ok) return [];
		const files: unknown = await response.json();
		return Array.isArray(files) ? files.filter((file) => typeof file === 'string') : [];
	} catch {
		// the dev server has no such file
		return [];
	}
}

sw.addEventListener('install', (event) => {
	// no skipWaiting here: a new version waits until the user chooses "Reload" (see app-update)
	try {
		loadBackgroundSync();
	} catch (error) {
		// the dev server has no such script, and a module worker cannot import one
		console.warn(error);
	}
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll([...new Set([...PRECACHE, ...(await workerFiles())])]);
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			// the first install controls the open page at once, so it works offline without a reload
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	const data: unknown = event.data;
	if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'SKIP_WAITING') {
		void sw.skipWaiting();
	}
});

async function respond(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	if (request.mode === 'navigate') {
		// the shell of this version, so html and its hashed assets always match
		const shell = await cache.match(SHELL);
		if (shell) return shell;
		return fetch(request);
	}
	const cached = await cache.match(request);
	if (cached) return cached;
	return fetch(request);
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(respond(request));
});

// periodic background sync (where the installed app is granted it): the sources that are due sync
// here while no page runs them, and open pages hear of it to scan the new contacts for duplicates.
// the sync code (readers, database, SheetJS: close to 1 MB) is a script of its own, built by
// vite.config.ts, so that starting this worker for every navigation does not evaluate it. it is
// imported once while installing (a service worker may import only then) and run from the
// browser's copy when the event comes.
const BACKGROUND_SCRIPT = `/_app/background-sync.js?v=${encodeURIComponent(version)}`;

interface BackgroundSync {
	syncDueSources(): Promise<number>;
}

function loadBackgroundSync(): BackgroundSync | null {
	sw.importScripts(BACKGROUND_SCRIPT);
	const loaded: unknown = Reflect.get(sw, 'carnetBackground');
	if (typeof loaded !== 'object' || loaded === null || !('syncDueSources' in loaded)) return null;
	const run = loaded.syncDueSources;
	return typeof run === 'function' ? { syncDueSources: () => run() } : null;
}

async function syncSourcesInBackground(): Promise<void> {
	const background = loadBackgroundSync();
	if (!background) return;
	const ran = await background.syncDueSources();
	if (ran === 0) return;
	for (const client of await sw.clients.matchAll({ type: 'window' })) {
		client.postMessage({ type: 'carnet-sources-synced' });
	}
}

sw.addEventListener('periodicsync', (event) => {
	if (!(event instanceof ExtendableEvent) || !('tag' in event)) return;
	if (event.tag !== BACKGROUND_SYNC_TAG) return;
	event.waitUntil(syncSourcesInBackground());
});
