// the JavaScript each route makes the browser load on a cold visit, gzipped in node the way a static
// host would serve it (level 9, as the budget test does)

import type { Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import type { Session } from '../harness/session';
import { PAGES } from '../../tests/e2e/helpers';

// a type, not an interface, so that it fits the json of a run's details
export type RouteScripts = {
	files: number;
	bytes: number;
	gzipBytes: number;
};

// every page of the navigation, plus a contact's page (a route that is not prerendered)
export const ROUTES: readonly string[] = [
	...PAGES.map((page) => page.path),
	'/contacts/0190f0e4-7c1a-7000-8000-000000000001'
];

export async function scriptsPerRoute(session: Session): Promise<Record<string, RouteScripts>> {
	const routes: Record<string, RouteScripts> = {};
	for (const route of ROUTES) {
		// a fresh context per route: nothing cached from the previous one
		const context = await session.newContext();
		const page = await context.newPage();
		const sizes: Promise<RouteScripts>[] = [];
		page.on('response', (response) => {
			if (isScript(response)) sizes.push(measure(response));
		});
		await page.goto(route, { waitUntil: 'networkidle' });
		await page.getByRole('heading', { level: 1 }).waitFor();
		const total: RouteScripts = { files: 0, bytes: 0, gzipBytes: 0 };
		for (const size of await Promise.all(sizes)) {
			total.files += size.files;
			total.bytes += size.bytes;
			total.gzipBytes += size.gzipBytes;
		}
		routes[route] = total;
		await context.close();
	}
	return routes;
}

function isScript(response: Response): boolean {
	const type = response.headers()['content-type'] ?? '';
	// the service worker is not part of what a route needs to show
	return type.includes('javascript') && !response.url().endsWith('/service-worker.js');
}

async function measure(response: Response): Promise<RouteScripts> {
	const body = await response.body();
	return { files: 1, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
}
