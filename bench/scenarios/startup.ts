import { HeapSampler } from '../harness/heap-sampler';
import { applyThrottle } from '../harness/bench-page';
import { formatBytes } from '../harness/format';
import type { JsonValue, Scenario } from '../harness/scenario';
import { waitForServiceWorker } from '../../tests/e2e/helpers';
import { ROUTES, scriptsPerRoute, type RouteScripts } from './route-scripts';
import type { StartupProbe } from '../page/window';
import { installStartupProbe } from './startup-probe';

const EXPECTED_HEADING = 'Contacts';

export const startup: Scenario = {
	name: 'startup',
	description:
		'cold start of the built app offline: a fresh context visits `/` online so the service worker ' +
		'installs, goes offline, and a new page opens `/`; timed from navigation start to the frame ' +
		'after the first screen\'s h1 ("Contacts") is visible. the first run also records the gzip ' +
		'bytes of JavaScript each route loads',
	async run({ session, runIndex }) {
		const context = await session.newContext({ serviceWorkers: 'allow' });
		const install = await context.newPage();
		// the heading and the service worker are what counts, not the load event (which a busy machine
		// has been seen to miss by 30 s)
		await install.goto('/', { waitUntil: 'commit' });
		await install.getByRole('heading', { level: 1 }).waitFor();
		await waitForServiceWorker(install);
		await install.close();
		await context.setOffline(true);

		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await applyThrottle(cdp, session.throttle);
		const heap = await HeapSampler.attach(cdp);
		await page.addInitScript(installStartupProbe);
		heap.start();
		let probe: StartupProbe | undefined;
		try {
			await page.goto('/', { waitUntil: 'commit' });
			const handle = await page.waitForFunction(() => {
				const probe = window.__benchStartup;
				return probe && probe.firstScreenMs !== null ? probe : undefined;
			});
			probe = await handle.jsonValue();
		} catch (error) {
			await heap.stop();
			throw error;
		}
		const peaks = await heap.stop();
		if (!probe || probe.firstScreenMs === null) throw new Error('the first screen never showed');
		if (probe.heading !== EXPECTED_HEADING) {
			throw new Error(`the first screen says "${probe.heading}", not "${EXPECTED_HEADING}"`);
		}
		const navigation = await page.evaluate(async () => {
			const entry = performance.getEntriesByType('navigation')[0];
			// a request the service worker cannot answer must fail. navigator.onLine is no proof: it stays
			// true in a page opened after context.setOffline (chromium 156, playwright 1.65)
			const reachable = await fetch(`/bench-network-probe-${Date.now()}`, {
				cache: 'no-store'
			}).then(
				() => true,
				() => false
			);
			return {
				offline: !reachable,
				servedByServiceWorker: navigator.serviceWorker.controller !== null,
				domContentLoadedMs:
					entry instanceof PerformanceNavigationTiming ? entry.domContentLoadedEventEnd : null
			};
		});
		if (!navigation.offline || !navigation.servedByServiceWorker) {
			throw new Error('the cold start was not offline and served by the service worker');
		}

		const end = probe.firstScreenMs;
		const longTasks = probe.longTasks.filter((task) => task.startTime <= end);
		const details: Record<string, JsonValue> = {
			domContentLoadedMs: navigation.domContentLoadedMs
		};
		// the bytes depend on the build only, so one run is enough
		if (runIndex === 0) details.routes = await scriptsPerRoute(session);
		return {
			wallMs: end,
			items: 0,
			longTasks: {
				count: longTasks.length,
				longestMs: Math.max(0, ...longTasks.map((task) => task.duration))
			},
			heap: peaks,
			details
		};
	},
	report(results) {
		const routes = results
			.flatMap((result) => result.runs)
			.map((run) => routeTable(run.measurement?.details.routes))
			.find((table) => table !== undefined);
		if (!routes) return undefined;
		const lines = ['| route | JS files | JS bytes | JS gzip |', '| --- | --- | --- | --- |'];
		for (const route of ROUTES) {
			const size = routes[route];
			if (!size) continue;
			lines.push(
				`| \`${route}\` | ${size.files} | ${formatBytes(size.bytes)} | ${formatBytes(size.gzipBytes)} |`
			);
		}
		return `JavaScript per route (cold visit, gzip level 9):\n\n${lines.join('\n')}`;
	}
};

// the routes as the first run stored them in its details
function routeTable(value: JsonValue | undefined): Record<string, RouteScripts> | undefined {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
	const table: Record<string, RouteScripts> = {};
	for (const [route, entry] of Object.entries(value)) {
		if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) continue;
		const { files, bytes, gzipBytes } = entry;
		if (typeof files === 'number' && typeof bytes === 'number' && typeof gzipBytes === 'number') {
			table[route] = { files, bytes, gzipBytes };
		}
	}
	return table;
}
