import { expect, test, type Page } from '@playwright/test';
import {
	chooseFile,
	count,
	csvFile,
	expectFinished,
	setGermany,
	startImport,
	writeGeneratedCsv
} from './import-helpers';

// imports big enough to act on while they run: generated people (with duplicates), in batches of
// 1,000 rows. the machines are shared and slow at times, so these tests wait long; speed is the
// bench's business
const ROWS = 10_000;
// the cancel test's file is bigger: on a quiet machine 10,000 rows are in before Cancel is clicked
const CANCEL_ROWS = 40_000;
const LONG = 300_000;

test.beforeEach(async ({ page }) => {
	test.setTimeout(LONG);
	await setGermany(page);
});

/** waits until the import has committed some rows (and is still going) */
async function someRowsDone(page: Page): Promise<void> {
	const bar = page.getByRole('progressbar', { name: 'Import progress' });
	await expect(bar).toBeVisible();
	await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
}

async function readCount(page: Page, label: string): Promise<number> {
	return Number((await count(page, label).innerText()).replace(/\D/g, ''));
}

test('a running import can be cancelled; the rows committed so far stay', async ({ page }) => {
	const path = test.info().outputPath('people.csv');
	writeGeneratedCsv(path, CANCEL_ROWS);
	await chooseFile(page, path);
	await startImport(page, 'people.csv');
	await someRowsDone(page);
	await expect(page.getByText(/rows\/s/)).toBeVisible();

	// the rest of the app stays usable meanwhile, and coming back finds the import still going
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Contacts' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacts');
	await page.goBack();
	await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();

	await page.getByRole('button', { name: 'Cancel import' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Cancelled.' })).toBeVisible({
		timeout: LONG
	});
	const rows = await readCount(page, 'Rows read');
	expect(rows).toBeGreaterThan(0);
	expect(rows).toBeLessThan(CANCEL_ROWS);
	await page.goto('/import');
	await expect(page.getByRole('region', { name: 'History' })).toContainText('Cancelled');
});

test('an import cut off by a reload resumes with the same file, then undoes', async ({ page }) => {
	const path = test.info().outputPath('people.csv');
	writeGeneratedCsv(path, ROWS);
	await chooseFile(page, path);
	await startImport(page, 'people.csv');
	await someRowsDone(page);

	// the tab goes away mid-import: committed batches stay and the job says it was interrupted
	await page.reload();
	await expect(page.getByRole('status').filter({ hasText: 'was interrupted' })).toBeVisible();
	const committed = await readCount(page, 'Rows read');
	expect(committed).toBeLessThan(ROWS);
	const resume = page.getByRole('region', { name: 'Resume this import' });

	// another file is refused: its rows would be taken up at the wrong place
	await resume
		.getByLabel('Choose people.csv again to resume')
		.setInputFiles(csvFile('other.csv', ['Name,Email', 'X,x@example.org']));
	await expect(resume.getByRole('alert')).toContainText(
		'“other.csv” is not the file of this import'
	);

	await resume.getByLabel('Choose people.csv again to resume').setInputFiles(path);
	await expectFinished(page, LONG);
	// every row read once: the resumed run started after the last committed row
	expect(await readCount(page, 'Rows read')).toBe(ROWS);
	const created = await readCount(page, 'Created');
	expect(created).toBeGreaterThan(0);
	await expect(page.getByRole('heading', { name: /^Created contacts:/ })).toBeVisible();

	// undo says what it will do, then takes the contacts out again
	await page.getByRole('button', { name: 'Undo this import' }).click();
	const dialog = page.getByRole('dialog', { name: 'Undo the import of people.csv?' });
	await expect(dialog).toContainText(`Contacts removed: ${created.toLocaleString('en')}.`);
	await dialog.getByRole('button', { name: 'Undo import' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toBeVisible({
		timeout: LONG
	});
	await expect(page.getByRole('button', { name: 'Undo this import' })).toHaveCount(0);
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Contacts' })
		.click();
	await expect(page.getByText('Your contact book is empty')).toBeVisible();
});
