// asks the browser to wake the installed app for its sources (periodic background sync), where the
// user's browser grants it; the service worker then syncs the sources that are due. the browser
// decides how often, at most as often as the shortest interval of the sources that are not paused.

import {
	BACKGROUND_SYNC_TAG,
	backgroundSyncInterval,
	type Schedulable
} from '$lib/core/sources/schedule';

// the periodic background sync api, which typescript's dom types do not have yet
interface PeriodicSyncManager {
	register(tag: string, options?: { minInterval: number }): Promise<void>;
	unregister(tag: string): Promise<void>;
}

// what this tab last asked for (null: no periodic sync), so that a tick that changes nothing asks nothing
let requested: number | null | undefined;

async function periodicSyncGranted(): Promise<boolean> {
	try {
		// a name the permissions api of some browsers does not know: they throw
		const status = await navigator.permissions.query({
			name: 'periodic-background-sync' as PermissionName
		});
		return status.state === 'granted';
	} catch {
		return false;
	}
}

/** registers (or drops) the periodic sync for these sources; quiet where it is not offered */
export async function requestBackgroundSync(sources: readonly Schedulable[]): Promise<void> {
	const interval = backgroundSyncInterval(sources);
	if (interval === requested || !('serviceWorker' in navigator)) return;
	try {
		const registration = await navigator.serviceWorker.getRegistration();
		if (!registration || !('periodicSync' in registration)) return;
		const periodicSync = registration.periodicSync as PeriodicSyncManager;
		if (interval === null) {
			await periodicSync.unregister(BACKGROUND_SYNC_TAG);
		} else {
			if (!(await periodicSyncGranted())) return;
			await periodicSync.register(BACKGROUND_SYNC_TAG, { minInterval: interval });
		}
		requested = interval;
	} catch (error) {
		// refused (not installed, or the user said no): the sources sync while the app is open
		console.warn(error);
	}
}
