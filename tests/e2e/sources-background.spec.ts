import { expect, test, type Page } from '@playwright/test';
import { waitForServiceWorker } from './helpers';
import { csv, startSourceServer, type SourceServer } from './source-server';

// periodic background sync: the installed app, granted the permission, registers a periodic sync,
// and the service worker syncs the due sources when the browser fires it. the test fires it through
// the chrome devtools protocol while no page of the app is open.
let server: SourceServer;

test.beforeAll(async () => {
	server = await startSourceServer();
});

test.afterAll(async () => {
	await server.close();
});

const HEADER = 'First name,Last name,Mobile,Email';
const ADA = 'Ada,Lovelace,+49 151 23456789,ada@example.org';
const BOB = 'Bob,Builder,+49 151 23456790,bob@example.org';
const CY = 'Cy,Young,+49 151 23456791,cy@example.org';

const source = (page: Page) =>
	page
		.getByRole('list', { name: 'Sources' })
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: 'Team sheet' }) });

/** an hour goes by: the source's last sync moves back, as the clock would move forward */
async function anHourLater(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('carnet');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		await new Promise<void>((resolve, reject) => {
			const store = db.transaction('sources', 'readwrite').objectStore('sources');
			const all = store.getAll();
			all.onsuccess = () => {
				for (const record of all.result as { lastRunAt: number | null }[]) {
					if (record.lastRunAt !== null) record.lastRunAt -= 60 * 60_000;
					store.put(record);
				}
			};
			store.transaction.oncomplete = () => resolve();
			store.transaction.onerror = () => reject(store.transaction.error);
		});
		db.close();
	});
}

test('the service worker syncs the due sources on a periodic background sync', async ({
	page,
	context,
	baseURL
}) => {
	const origin = new URL(baseURL ?? '').origin;
	server.put('/team.csv', csv(HEADER, ADA, BOB));

	// a second tab of the browser keeps the devtools session while the app's page closes
	const blank = await context.newPage();
	const cdp = await context.newCDPSession(blank);
	// playwright does not know this permission by name; chromium grants it as an installed app's
	const { targetInfo } = await cdp.send('Target.getTargetInfo');
	await cdp.send('Browser.grantPermissions', {
		origin,
		permissions: ['periodicBackgroundSync'],
		...(targetInfo.browserContextId ? { browserContextId: targetInfo.browserContextId } : {})
	});
	const registrations: { registrationId: string; scopeURL: string }[] = [];
	cdp.on('ServiceWorker.workerRegistrationUpdated', (event) => {
		registrations.push(...event.registrations);
	});
	await cdp.send('ServiceWorker.enable');

	await page.goto('/sources');
	await waitForServiceWorker(page);
	await page.getByRole('button', { name: 'Add a source' }).click();
	await page
		.getByLabel('Web address of a CSV, TSV, Excel or vCard file')
		.fill(`${server.base}/team.csv`);
	await page.getByRole('button', { name: 'Read the columns' }).click();
	await page.getByLabel('Name', { exact: true }).fill('Team sheet');
	await page.getByRole('button', { name: 'Save and sync' }).click();
	await expect(source(page)).toContainText('new 2 · updated 0 · unchanged 0');

	// the page asked the browser for a periodic sync, as often as the source's 30 minutes
	await expect
		.poll(() =>
			page.evaluate(async () => {
				const registration = await navigator.serviceWorker.ready;
				const manager = (
					registration as unknown as { periodicSync: { getTags(): Promise<string[]> } }
				).periodicSync;
				return manager.getTags();
			})
		)
		.toEqual(['carnet-sources']);

	// the table changes, an hour passes, and the app is closed
	server.put('/team.csv', csv(HEADER, ADA, BOB.replace('Builder', 'Baker'), CY));
	await anHourLater(page);
	await page.close();

	const registration = registrations.find((r) => r.scopeURL.startsWith(origin));
	if (!registration) throw new Error('no service worker registration was reported');
	const fetched = server.hits('/team.csv');
	await cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', {
		origin,
		registrationId: registration.registrationId,
		tag: 'carnet-sources'
	});

	// with no page open, the service worker fetches the table
	await expect.poll(() => server.hits('/team.csv')).toBe(fetched + 1);

	// the next visit finds the sync in the log and its contacts in the book, and has nothing left
	// to fetch itself
	const later = await context.newPage();
	await later.goto('/sources');
	await expect(async () => {
		await later.reload();
		await expect(source(later)).toContainText('new 1 · updated 1 · unchanged 1', {
			timeout: 2_000
		});
	}).toPass();
	await source(later).getByRole('button', { name: 'Log' }).click();
	await expect(source(later).getByRole('table').getByRole('row')).toHaveCount(3);
	await later.goto('/');
	await expect(later.getByRole('link', { name: 'Cy Young' })).toBeVisible();
	await expect(later.getByRole('link', { name: 'Bob Baker' })).toBeVisible();
	expect(server.hits('/team.csv')).toBe(fetched + 1);
});
