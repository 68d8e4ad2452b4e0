// when a source syncs: every `intervalMinutes` after its last sync, clamped to 5 minutes … 24 hours.
// a source that never synced is due at once; a paused one never is.

export const DEFAULT_INTERVAL_MINUTES = 30;
export const MIN_INTERVAL_MINUTES = 5;
export const MAX_INTERVAL_MINUTES = 24 * 60;

const MINUTE = 60_000;

/** a whole number of minutes within the allowed range; anything unreadable is the default */
export function clampInterval(minutes: number): number {
	if (!Number.isFinite(minutes)) return DEFAULT_INTERVAL_MINUTES;
	return Math.min(MAX_INTERVAL_MINUTES, Math.max(MIN_INTERVAL_MINUTES, Math.round(minutes)));
}

export interface Schedulable {
	enabled: boolean;
	intervalMinutes: number;
	/** when the last sync ran (successful or not), ms; null before the first */
	lastRunAt: number | null;
}

/** when the source is next due, ms; null when paused */
export function nextSyncAt(source: Schedulable): number | null {
	if (!source.enabled) return null;
	if (source.lastRunAt === null) return 0;
	return source.lastRunAt + clampInterval(source.intervalMinutes) * MINUTE;
}

export function isDue(source: Schedulable, now: number): boolean {
	const next = nextSyncAt(source);
	return next !== null && next <= now;
}

/** how long the source has been waiting past its time, ms (0 when not due) */
export function overdueBy(source: Schedulable, now: number): number {
	const next = nextSyncAt(source);
	return next === null ? 0 : Math.max(0, now - next);
}

/** ms until the first of the sources is due (0 when one is due now); null when none will be */
export function msUntilNextDue(sources: readonly Schedulable[], now: number): number | null {
	let soonest: number | null = null;
	for (const source of sources) {
		const next = nextSyncAt(source);
		if (next === null) continue;
		const wait = Math.max(0, next - now);
		if (soonest === null || wait < soonest) soonest = wait;
	}
	return soonest;
}

export interface Waiting extends Schedulable {
	/** the source waited for the network at its last try */
	pending: boolean;
}

/**
 * the sources a scheduled run syncs now, in their order: every source that is not paused and is
 * due, or waited for the network. the page's scheduler and the background sync decide alike.
 */
export function dueSources<T extends Waiting>(sources: readonly T[], now: number): T[] {
	return sources.filter((source) => source.enabled && (source.pending || isDue(source, now)));
}

/** the tag of the periodic background sync that runs the sources while the app is closed */
export const BACKGROUND_SYNC_TAG = 'carnet-sources';

/**
 * how often the browser should wake the app for its sources, ms: the shortest interval of the
 * sources that are not paused (the browser may wait longer); null when none would sync
 */
export function backgroundSyncInterval(sources: readonly Schedulable[]): number | null {
	let shortest: number | null = null;
	for (const source of sources) {
		if (!source.enabled) continue;
		const interval = clampInterval(source.intervalMinutes) * MINUTE;
		if (shortest === null || interval < shortest) shortest = interval;
	}
	return shortest;
}
