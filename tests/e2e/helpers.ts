import type { Page } from '@playwright/test';

/** waits until the service worker controls the page, so that what follows is served by it */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	if (await page.evaluate(() => navigator.serviceWorker.controller === null)) {
		// the first install claims the open page, but a page that was being created (a reload)
		// while the worker claimed is left out until its next load, as it would be for a user; a
		// page loaded once the worker is active is always controlled
		await page.reload();
	}
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
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
