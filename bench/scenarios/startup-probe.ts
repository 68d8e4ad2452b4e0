// injected into the app's page before any of its scripts (page.addInitScript), so it must be
// self-contained: playwright sends the function's source, not its closure.

import type { StartupProbe } from '../page/window';

export function installStartupProbe(): void {
	const probe: StartupProbe = { firstScreenMs: null, heading: '', longTasks: [] };
	window.__benchStartup = probe;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			probe.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
		}
	}).observe({ type: 'longtask', buffered: true });

	// the first screen is there once its page heading is visible; the time is taken in the next
	// animation frame, when it has been laid out and is about to be painted
	const observer = new MutationObserver(() => {
		const heading = document.querySelector('h1');
		const text = heading?.textContent?.trim() ?? '';
		if (!heading || text === '' || !heading.checkVisibility()) return;
		observer.disconnect();
		probe.heading = text;
		requestAnimationFrame(() => {
			probe.firstScreenMs = performance.now();
		});
	});
	observer.observe(document, { childList: true, subtree: true, characterData: true });
}
