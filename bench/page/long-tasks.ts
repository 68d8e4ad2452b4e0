// the main thread's long tasks (≥ 50 ms), recorded from page load on; a task reads the ones that
// started inside its own timed window.

import type { LongTaskSummary } from './protocol';

const entries: { startTime: number; duration: number }[] = [];

export function watchLongTasks(): void {
	const observer = new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			entries.push({ startTime: entry.startTime, duration: entry.duration });
		}
	});
	// buffered: the tasks that ran before the observer existed count too
	observer.observe({ type: 'longtask', buffered: true });
}

export function longTasksBetween(start: number, end: number): LongTaskSummary {
	let count = 0;
	let longestMs = 0;
	for (const entry of entries) {
		if (entry.startTime < start || entry.startTime > end) continue;
		count += 1;
		longestMs = Math.max(longestMs, entry.duration);
	}
	return { count, longestMs };
}
