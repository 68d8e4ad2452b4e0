import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { createContact } from '../../src/lib/core/create-contact';
import { displayName } from '../../src/lib/core/display-name';
import { waitForServiceWorker } from './helpers';
import { makeContacts, seedBook } from './seed';

const book = makeContacts(300);
const format = (n: number) => new Intl.NumberFormat('en').format(n);

// headless Chromium has a save dialog nobody can answer: the tests either take the download path
// (no dialog) or answer it with a fake file that keeps what the app writes
async function withoutSaveDialog(page: Page) {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true });
	});
}

async function openSeeded(page: Page) {
	await page.goto('/');
	await expect(page.getByText('Your contact book is empty')).toBeVisible();
	await seedBook(page, book);
	await page.reload();
	await expect(page.getByRole('status').filter({ hasText: 'Matches:' })).toHaveText(
		`Matches: ${format(book.length)}`
	);
}

async function text(download: Download): Promise<string> {
	return readFile(await download.path(), 'utf8');
}

test('exports a CSV of a filtered list, with exactly its contacts', async ({ page }) => {
	await withoutSaveDialog(page);
	await openSeeded(page);
	await page.getByText('Filters').click();
	await page.getByLabel('Calling code').fill('49');
	await page.getByLabel('Calling code').press('Enter');
	const german = book.filter((c) => c.keys.callingCode === '49');
	await expect(page.getByRole('status').filter({ hasText: 'Matches:' })).toHaveText(
		`Matches: ${format(german.length)}`
	);

	await page.getByRole('link', { name: 'Export these contacts' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Export');
	await expect(page.getByLabel('The contacts of the search and filters')).toBeChecked();
	await expect(page.getByText(`Contacts to export: ${format(german.length)}`)).toBeVisible();
	await page.getByLabel('Separator').selectOption(';');

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^carnet-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
	await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(
		`${format(german.length)} contacts`
	);

	const parsed = Papa.parse<string[]>(await text(download), {
		delimiter: ';',
		skipEmptyLines: true
	});
	expect(parsed.errors).toEqual([]);
	const [header = [], ...rows] = parsed.data;
	expect(header.slice(0, 5)).toEqual([
		'First name',
		'Last name',
		'Alias',
		'Organization',
		'Phone 1'
	]);
	const phone = header.indexOf('Phone 1');
	const first = header.indexOf('First name');
	const last = header.indexOf('Last name');
	expect(rows).toHaveLength(german.length);
	expect(rows.every((row) => row[phone]?.startsWith('+49'))).toBe(true);
	const names = (list: string[][]) => list.map((row) => `${row[first]} ${row[last]}`).sort();
	expect(names(rows)).toEqual(names(german.map((c) => [c.firstName, c.lastName])));
});

test('exports the contacts selected in the list as vCards', async ({ page }) => {
	await withoutSaveDialog(page);
	await openSeeded(page);
	const table = page.getByRole('table', { name: 'Contacts' });
	const chosen: string[] = [];
	for (const index of [1, 2, 3]) {
		const row = table.getByRole('row').nth(index);
		chosen.push(await row.getByRole('link').innerText());
		await row.getByRole('checkbox').check();
	}
	await page
		.getByRole('region', { name: 'Actions on the selection' })
		.getByRole('link', { name: 'Export…' })
		.click();
	await expect(page.getByLabel('The selected contacts (3)')).toBeChecked();
	await page.getByLabel('vCard, for phones and address books').check();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const vcf = await text(await downloading);
	const names = [...vcf.matchAll(/^FN:(.*)\r$/gm)].map((match) => match[1]);
	expect(names).toEqual(chosen);
});

test('a contact with many phones gets a column for each of them', async ({ page }) => {
	await withoutSaveDialog(page);
	const busy = createContact(
		{
			firstName: 'Busy',
			phones: [
				'+49 151 23456780',
				'+49 151 23456781',
				'+49 151 23456782',
				'+49 151 23456783',
				'+49 151 23456784'
			].map((value) => ({ value, kind: 'work' as const }))
		},
		{ defaultCountry: 'DE' }
	);
	if (!busy.ok) throw new Error('bad fixture');
	await page.goto('/');
	await expect(page.getByText('Your contact book is empty')).toBeVisible();
	await seedBook(page, [...book.slice(0, 20), busy.contact]);
	await page.goto('/export');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const parsed = Papa.parse<string[]>(await text(await downloading), { skipEmptyLines: true });
	const [header = [], ...rows] = parsed.data;
	expect(header).toContain('Phone 5');
	expect(header).not.toContain('Phone 6');
	expect(rows).toHaveLength(21);
	const row = rows.find((r) => r[0] === 'Busy');
	expect(row?.[header.indexOf('Phone 5')]).toBe('+4915123456784');
});

test('saves through the save dialog where the browser has one', async ({ page }) => {
	await page.addInitScript(() => {
		const saved: { name: string; text: string }[] = [];
		Object.assign(window, { __saved: saved });
		Object.defineProperty(window, 'showSaveFilePicker', {
			configurable: true,
			value: async (options: { suggestedName: string }) => ({
				name: options.suggestedName,
				async createWritable() {
					const parts: Uint8Array[] = [];
					return new WritableStream<Uint8Array>({
						write: (chunk) => void parts.push(chunk),
						close: () => {
							const decoder = new TextDecoder();
							const text = parts.map((part) => decoder.decode(part, { stream: true })).join('');
							saved.push({ name: options.suggestedName, text: text + decoder.decode() });
						}
					});
				}
			})
		});
	});
	await openSeeded(page);
	await page.getByRole('link', { name: 'Export' }).click();
	await page.getByLabel('vCard, for phones and address books').check();
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText(
		`${format(book.length)} contacts`
	);
	const saved = await page.evaluate(
		() => (window as unknown as { __saved: { name: string; text: string }[] }).__saved
	);
	expect(saved).toHaveLength(1);
	expect(saved[0]?.name).toMatch(/\.vcf$/);
	const cards = saved[0]?.text.split('BEGIN:VCARD\r\n') ?? [];
	expect(cards).toHaveLength(book.length + 1);
	const [someone] = book;
	if (!someone) throw new Error('an empty book');
	expect(saved[0]?.text).toContain(`FN:${displayName(someone)}`);
});

test('backs up the book, and restores it into an empty one', async ({ page }) => {
	await withoutSaveDialog(page);
	await page.goto('/lists');
	await page.getByLabel('New list name').fill('Choir');
	await page.getByRole('button', { name: 'Create list' }).click();
	await expect(page.getByRole('link', { name: 'Choir' })).toBeVisible();
	await seedBook(page, book);

	await page.goto('/export');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back up everything' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^carnet-backup-\d{4}-\d{2}-\d{2}\.json$/);
	await expect(page.getByRole('status').filter({ hasText: 'Backup saved' })).toBeVisible();
	const backup = JSON.parse(await text(download)) as {
		backup: { app: string; schemaVersion: number };
		counts: Record<string, number>;
	};
	expect(backup.backup.app).toBe('carnet');
	expect(backup.counts).toMatchObject({ contacts: book.length, lists: 1 });

	// a new device: the database is gone
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.deleteDatabase('carnet');
				request.onsuccess = () => resolve();
				request.onerror = () => reject(request.error);
			})
	);
	await page.goto('/');
	await expect(page.getByText('Your contact book is empty')).toBeVisible();

	await page.getByRole('link', { name: 'Export' }).click();
	await page.getByLabel('Restore from a backup file').setInputFiles(await download.path());
	await expect(page.getByText(/Backup of .*, checked and complete/)).toBeVisible();
	await expect(page.getByText(`Contacts: ${format(book.length)}`)).toBeVisible();
	await page.getByRole('button', { name: 'Restore', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible();

	await page.getByRole('link', { name: 'Contacts' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Matches:' })).toHaveText(
		`Matches: ${format(book.length)}`
	);
	await page.getByRole('link', { name: 'Lists' }).click();
	await expect(page.getByRole('link', { name: 'Choir' })).toBeVisible();
});

test('refuses a damaged or foreign file and leaves the book untouched', async ({ page }) => {
	await withoutSaveDialog(page);
	await openSeeded(page);
	await page.goto('/export');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back up everything' }).click();
	const whole = await text(await downloading);

	const input = page.getByLabel('Restore from a backup file');
	await input.setInputFiles({
		name: 'cut.json',
		mimeType: 'application/json',
		buffer: Buffer.from(whole.slice(0, Math.floor(whole.length / 2)))
	});
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('cut.json cannot be restored');
	await expect(alert).toContainText('The file ends too early');
	await expect(alert).toContainText('Nothing was changed');
	await expect(page.getByRole('button', { name: 'Restore', exact: true })).toHaveCount(0);

	await input.setInputFiles({
		name: 'people.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('First name,Last name\r\nAda,Lovelace\r\n')
	});
	await expect(alert).toContainText('“people.csv” is not a carnet backup.');

	await input.setInputFiles({
		name: 'edited.json',
		mimeType: 'application/json',
		buffer: Buffer.from(whole.replace('"subscription":"subscribed"', '"subscription":"yes"'))
	});
	await expect(alert).toContainText('A record is not valid (Contacts, record');

	await page.getByRole('link', { name: 'Contacts' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Matches:' })).toHaveText(
		`Matches: ${format(book.length)}`
	);
});

test('replacing a book that is not empty asks first and names what is lost', async ({ page }) => {
	await withoutSaveDialog(page);
	await openSeeded(page);
	await page.goto('/export');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back up everything' }).click();
	const path = await (await downloading).path();

	// the book changes after the backup: two more contacts
	await seedBook(page, makeContacts(2, 99));
	await page.getByLabel('Restore from a backup file').setInputFiles(path);
	await page.getByRole('button', { name: 'Replace my book…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Replace everything in this book?' });
	await expect(dialog).toContainText(`Contacts: ${format(book.length + 2)}`);
	await expect(new AxeBuilder({ page }).analyze().then(serious)).resolves.toEqual([]);
	await dialog.getByRole('button', { name: 'Replace' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible();
	await page.getByRole('link', { name: 'Contacts' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Matches:' })).toHaveText(
		`Matches: ${format(book.length)}`
	);
});

test('exports offline, with the worker served by the service worker', async ({ page, context }) => {
	await withoutSaveDialog(page);
	await openSeeded(page);
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.goto('/export');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Export');
	await page.getByLabel('Excel workbook (.xlsx)').check();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
	const bytes = await readFile(await download.path());
	// a zip file, as every xlsx is
	expect(bytes.subarray(0, 2).toString()).toBe('PK');
	await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(
		`${format(book.length)} contacts`
	);
});

function serious(results: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] {
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
