import { expect, test, type Page } from '@playwright/test';
import { csv } from './source-server';

// a local-file source in a real browser. playwright cannot click through the native file picker, so
// the picker is replaced by one that hands out a file of the origin private file system (OPFS):
// those are real FileSystemFileHandles, kept in IndexedDB and read again like a picked file.

const HEADER = 'First name,Last name,Mobile,Email,Team';
const ADA = 'Ada,Lovelace,+49 151 23456789,ada@example.org,Engines';
const BOB = 'Bob,Builder,+49 151 23456790,bob@example.org,Sites';
const DEE = 'Dee,Dalton,+49 151 23456792,dee@example.org,Pitch';
const CY = 'Cy,Young,+49 151 23456791,cy@example.org,Pitch';
const FILE = 'people.csv';

/** writes the file in the page's origin private file system, as another program would */
async function writeFile(page: Page, text: string): Promise<void> {
	await page.evaluate(
		async ({ name, text }) => {
			const root = await navigator.storage.getDirectory();
			const handle = await root.getFileHandle(name, { create: true });
			const writable = await handle.createWritable();
			await writable.write(text);
			await writable.close();
		},
		{ name: FILE, text }
	);
}

async function removeFile(page: Page): Promise<void> {
	await page.evaluate(async (name) => {
		const root = await navigator.storage.getDirectory();
		await root.removeEntry(name);
	}, FILE);
}

const source = (page: Page) =>
	page
		.getByRole('list', { name: 'Sources' })
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: 'Laptop file' }) });

test('a file on this device syncs, picks up exactly its changes, and says when it is gone', async ({
	page
}) => {
	await page.addInitScript((name) => {
		Object.assign(window, {
			showOpenFilePicker: async () => {
				const root = await navigator.storage.getDirectory();
				return [await root.getFileHandle(name)];
			}
		});
	}, FILE);
	await page.goto('/sources');
	await writeFile(page, csv(HEADER, ADA, BOB, DEE));

	await page.getByRole('button', { name: 'Add a source' }).click();
	await page.getByRole('radio', { name: 'In a file on this device' }).check();
	await page.getByRole('button', { name: 'Choose the file…' }).click();
	await expect(page.getByText(`File: ${FILE}`)).toBeVisible();
	await expect(page.getByText('5 columns and about 3 rows found')).toBeVisible();
	await page.getByLabel('Name', { exact: true }).fill('Laptop file');
	await page.getByRole('button', { name: 'Save and sync' }).click();
	await expect(source(page)).toContainText('new 3 · updated 0 · unchanged 0 · failed 0');
	await expect(source(page)).toContainText('File on this device');

	// another program rewrites the file: bob edited, cy added. after a reload the handle comes back
	// from IndexedDB
	await writeFile(page, csv(HEADER, ADA, BOB.replace('Sites', 'Roofs'), DEE, CY));
	await page.reload();
	await source(page).getByRole('button', { name: 'Sync now' }).click();
	await expect(source(page)).toContainText('new 1 · updated 1 · unchanged 2 · failed 0');
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Cy Young' })).toBeVisible();

	// the file goes away: the source and its log say so in words
	await page.goto('/sources');
	await removeFile(page);
	await source(page).getByRole('button', { name: 'Sync now' }).click();
	const moved = 'The file is no longer where it was (moved, renamed or deleted)';
	await expect(source(page).getByRole('status')).toContainText(moved);
	await source(page).getByRole('button', { name: 'Log' }).click();
	const log = source(page).getByRole('table');
	await expect(log.getByRole('row')).toHaveCount(4);
	await expect(log.getByRole('row').nth(1)).toContainText(moved);
	await expect(log.getByRole('row').nth(2)).toContainText('Done');

	// the contacts stay
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Ada Lovelace' })).toBeVisible();
});

test('where the browser cannot keep a file, the form says so and offers a web address or an import', async ({
	page
}) => {
	await page.addInitScript(() => {
		Reflect.deleteProperty(window, 'showOpenFilePicker');
	});
	await page.goto('/sources');
	await page.getByRole('button', { name: 'Add a source' }).click();
	await page.getByRole('radio', { name: 'In a file on this device' }).check();
	await expect(page.getByRole('note')).toContainText(
		'This browser cannot keep access to a file on your device'
	);
	await expect(page.getByRole('button', { name: 'Choose the file…' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Import a file by hand' })).toHaveAttribute(
		'href',
		'/import'
	);
	await page.getByRole('button', { name: 'Use a web address instead' }).click();
	await expect(page.getByRole('radio', { name: 'At a web address (URL)' })).toBeChecked();
	await expect(page.getByLabel('Web address of a CSV, TSV, Excel or vCard file')).toBeVisible();
});
