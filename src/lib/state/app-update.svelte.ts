import { Workbox } from 'workbox-window';

// the service worker never takes over by itself (it waits); we tell the user a new version is ready
// and switch only when they ask, so that nobody loses what they were typing to a surprise reload
export class AppUpdateState {
	available = $state(false);
	#workbox: Workbox | undefined;

	register(): void {
		if (!('serviceWorker' in navigator) || this.#workbox) return;
		// in dev kit serves the worker as an es module; the build emits a classic script
		const type = import.meta.env.DEV ? 'module' : 'classic';
		const workbox = new Workbox('/service-worker.js', { type });
		workbox.addEventListener('waiting', () => {
			this.available = true;
		});
		// after the user chose "Reload" the waiting worker takes control; only then reload
		workbox.addEventListener('controlling', (event) => {
			if (event.isUpdate) window.location.reload();
		});
		this.#workbox = workbox;
		void workbox.register();
	}

	reload(): void {
		if (this.#workbox) this.#workbox.messageSkipWaiting();
		else window.location.reload();
	}

	dismiss(): void {
		this.available = false;
	}
}

export const appUpdate = new AppUpdateState();
