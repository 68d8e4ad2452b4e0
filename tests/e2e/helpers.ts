import type { Page } from '@playwright/test';

/** waits until the service worker controls the page, so that what follows is served by it */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (navigator.serviceWorker.controller) return;
		await new Promise<void>((resolve) =>
			navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true })
		);
	});
}

/** the pages of the main navigation, with their English names */
export const PAGES = [
	{ path: '/', nav: 'Contacts' },
	{ path: '/lists', nav: 'Lists' },
	{ path: '/import', nav: 'Import' },
	{ path: '/duplicates', nav: 'Duplicates' },
	{ path: '/export', nav: 'Export' },
	{ path: '/settings', nav: 'Settings' }
] as const;
