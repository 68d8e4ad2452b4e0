import { expect, test, type Page } from '@playwright/test';
import { csv, startSourceServer, type SourceServer } from './source-server';

// /people.csv allows cross-origin reads (CORS), /private.csv does not. the test changes what
// /people.csv holds between syncs.
let server: SourceServer;
let base = '';

test.beforeAll(async () => {
	server = await startSourceServer();
	server.put('/private.csv', 'Name,Email\nZoe,zoe@example.org\n', { cors: false });
	base = server.base;
});

test.afterAll(async () => {
	await server.close();
});

const HEADER = 'First name,Last name,Mobile,Email,Team';
const ADA = 'Ada,Lovelace,+49 151 23456789,ada@example.org,Engines';
const BOB = 'Bob,Builder,+49 151 23456790,bob@example.org,Sites';
const DEE = 'Dee,Dalton,+49 151 23456792,dee@example.org,Pitch';
const CY = 'Cy,Young,+49 151 23456791,cy@example.org,Pitch';
const EVE = 'Eve,Online,+49 151 23456793,eve@example.org,Net';
const serve = (...rows: string[]) => server.put('/people.csv', csv(HEADER, ...rows));

const source = (page: Page) => page.getByRole('listitem').filter({ hasText: 'Team sheet' });

async function openContact(page: Page, name: string): Promise<void> {
	await page.goto('/');
	await page.getByRole('link', { name }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

test('a url source syncs, picks up exactly the changes, keeps removed and unsubscribed contacts, waits when offline', async ({
	page,
	context
}) => {
	serve(ADA, BOB, DEE);
	await page.goto('/import');
	await page.getByRole('link', { name: 'Automatic import' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Automatic import');
	await expect(page.getByText('No automatic imports yet')).toBeVisible();

	await page.getByRole('button', { name: 'Add a source' }).click();
	await page
		.getByLabel('Web address of a CSV, TSV, Excel or vCard file')
		.fill(`${base}/people.csv`);
	await page.getByRole('button', { name: 'Read the columns' }).click();
	await expect(page.getByText('5 columns and about 3 rows found')).toBeVisible();
	await page.getByLabel('Name', { exact: true }).fill('Team sheet');
	await page.getByRole('button', { name: 'Save and sync' }).click();

	await expect(source(page)).toContainText('new 3 · updated 0 · unchanged 0 · failed 0');

	// bob unsubscribes in carnet
	await openContact(page, 'Bob Builder');
	await page.getByRole('button', { name: 'Unsubscribe' }).click();
	await expect(page.getByRole('button', { name: 'Resubscribe' })).toBeVisible();

	// the source changes: ada removed, bob edited, cy added, dee as before
	serve(BOB.replace('Sites', 'Roofs'), DEE, CY);
	await page.goto('/sources');
	await source(page).getByRole('button', { name: 'Sync now' }).click();
	await expect(source(page)).toContainText('new 1 · updated 1 · unchanged 1 · failed 0');

	// the log has both syncs, the latest says one row is gone from the source
	await source(page).getByRole('button', { name: 'Log' }).click();
	const log = source(page).getByRole('table');
	await expect(log.getByRole('row')).toHaveCount(3);
	await expect(log.getByRole('row').nth(1)).toContainText('Done');

	// ada is still in the book, bob is still unsubscribed and got the new team
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Ada Lovelace' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Cy Young' })).toBeVisible();
	await openContact(page, 'Bob Builder');
	await expect(page.getByRole('button', { name: 'Resubscribe' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('Roofs');

	// offline: "Sync now" waits for the network, and the sync runs when it returns
	await page.goto('/sources');
	await context.setOffline(true);
	await source(page).getByRole('button', { name: 'Sync now' }).click();
	await expect(source(page)).toContainText('Waiting for the network');
	serve(BOB.replace('Sites', 'Roofs'), DEE, CY, EVE);
	await context.setOffline(false);
	await expect(source(page)).toContainText('new 1 · updated 0 · unchanged 3 · failed 0');
	await expect(source(page)).not.toContainText('Waiting for the network');
});

test('a server that does not allow cross-origin reads gets an explained failure', async ({
	page
}) => {
	await page.goto('/sources');
	await page.getByRole('button', { name: 'Add a source' }).click();
	await page
		.getByLabel('Web address of a CSV, TSV, Excel or vCard file')
		.fill(`${base}/private.csv`);
	await page.getByRole('button', { name: 'Read the columns' }).click();
	await expect(page.getByRole('alert')).toContainText('does not allow other websites to read');
	await expect(page.getByRole('alert')).toContainText('Access-Control-Allow-Origin');

	// and a missing file says so
	await page.getByLabel('Web address of a CSV, TSV, Excel or vCard file').fill(`${base}/gone.csv`);
	await page.getByRole('button', { name: 'Read the columns' }).click();
	await expect(page.getByRole('alert')).toContainText('The server answered 404');
});
