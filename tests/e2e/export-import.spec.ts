import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createContact } from '../../src/lib/core/create-contact';
import { chooseFile, columnSelect, count, expectFinished, startImport } from './import-helpers';
import { countsOf } from './seed';

const AT = Date.UTC(2025, 0, 1);
const LISTS = [
	{ id: '0190f0e4-7c1a-7000-8000-0000000000a1', name: 'Choir', createdAt: AT, updatedAt: AT },
	{
		id: '0190f0e4-7c1a-7000-8000-0000000000a2',
		name: 'Newsletter, weekly',
		createdAt: AT,
		updatedAt: AT
	}
];
const FIELD = {
	id: '0190f0e4-7c1a-7000-8000-0000000000f1',
	label: 'Voice part',
	type: 'text',
	unique: false,
	order: 0,
	createdAt: AT,
	updatedAt: AT
};

function contact(draft: Parameters<typeof createContact>[0], id: string) {
	const result = createContact(draft, { defaultCountry: 'DE', now: AT, id });
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.contact;
}

const CONTACTS = [
	contact(
		{
			firstName: 'Zoë',
			lastName: 'Brandt',
			phones: [{ value: '+49 151 23456789', kind: 'mobile' }],
			emails: [{ value: 'zoe@example.org' }],
			note: '=SUM(1) is only text',
			listIds: LISTS.map((list) => list.id),
			custom: { [FIELD.id]: 'alto' }
		},
		'0190f0e4-7c1a-7000-8000-000000000001'
	),
	contact(
		{ firstName: 'Jean', lastName: 'Dupont', emails: [{ value: 'jean@example.fr' }] },
		'0190f0e4-7c1a-7000-8000-000000000002'
	)
];

// the book written straight into the app's IndexedDB, once the app has made its schema
async function seed(page: Page): Promise<void> {
	await page.evaluate(
		async (tables) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('carnet');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			await new Promise<void>((resolve, reject) => {
				const tx = db.transaction(['contacts', 'lists', 'fields', 'contactCounts'], 'readwrite');
				for (const [name, records] of Object.entries(tables)) {
					for (const record of records) tx.objectStore(name).put(record);
				}
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{
			contacts: CONTACTS,
			lists: LISTS,
			fields: [FIELD],
			// the book is empty before: the counts the app keeps beside its contacts
			contactCounts: countsOf(CONTACTS).map(([key, count]) => ({ key, count }))
		}
	);
}

test('a CSV exported from one book imports into a fresh one with its lists and custom field', async ({
	page,
	browser
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true });
	});
	await page.goto('/');
	await expect(page.getByText('Your contact book is empty')).toBeVisible();
	await seed(page);
	await page.goto('/export');
	await expect(page.getByText('Contacts to export: 2')).toBeVisible();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const download = await downloading;
	const file = await download.path();
	const fileName = download.suggestedFilename();

	// another profile: nothing of the first book is there
	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	try {
		await other.goto('/');
		await expect(other.getByText('Your contact book is empty')).toBeVisible();
		await chooseFile(other, { name: fileName, mimeType: 'text/csv', buffer: await readFile(file) });
		// the mapping proposed for our own file needs no change
		await expect(columnSelect(other, 'Lists')).toHaveValue('lists');
		await expect(columnSelect(other, 'Subscription')).toHaveValue('field:subscription');
		await expect(columnSelect(other, 'Phone 1 type')).toHaveValue(/^phoneKind:/);
		await startImport(other, fileName);
		await expectFinished(other);
		await expect(count(other, 'Created')).toHaveText('2');

		await other.goto('/');
		await other.getByRole('link', { name: 'Zoë Brandt' }).click();
		await expect(other.getByRole('heading', { level: 1 })).toHaveText('Zoë Brandt');
		const details = other.getByRole('region', { name: 'Details' });
		await expect(details).toContainText('Voice part');
		await expect(details).toContainText('alto');
		await expect(details).toContainText('Choir');
		await expect(details).toContainText('Newsletter, weekly');
		// the formula guard's apostrophe came off
		await expect(details).toContainText('=SUM(1) is only text');
		await expect(details).not.toContainText("'=SUM(1)");

		await other.goto('/lists');
		await expect(other.getByRole('link', { name: 'Choir' })).toBeVisible();
		await expect(other.getByRole('link', { name: 'Newsletter, weekly' })).toBeVisible();
	} finally {
		await fresh.close();
	}
});
