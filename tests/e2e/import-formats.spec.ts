import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chooseFile, count, expectFinished, setGermany, startImport } from './import-helpers';

// real files from other programs, the same ones the readers' unit tests use
const fixture = (name: string) =>
	fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

test.beforeEach(async ({ page }) => {
	await setGermany(page);
});

test('an Excel workbook with two sheets: the chosen sheet is the one imported', async ({
	page
}) => {
	await chooseFile(page, fixture('two-sheets.xlsx'));
	const detected = page.getByRole('region', { name: 'What carnet found' });
	await expect(detected).toContainText('Excel (XLSX)');
	const sheet = detected.getByLabel('Sheet');
	await expect(sheet.getByRole('option')).toHaveText(['Customers', 'Suppliers']);
	await expect(sheet).toHaveValue('Customers');
	const firstRows = detected.getByRole('region', { name: 'First rows' });
	// a formula cell shows its value
	await expect(firstRows).toContainText('Anna Müller');
	await expect(firstRows).not.toContainText('A2&');

	await sheet.selectOption('Suppliers');
	await expect(firstRows).toContainText('Bäckerei Größe');
	await expect(firstRows).not.toContainText('Anna');

	await startImport(page, 'two-sheets.xlsx');
	await expectFinished(page);
	await expect(count(page, 'Rows read')).toHaveText('1');
	await expect(count(page, 'Created')).toHaveText('1');
	await page.getByRole('link', { name: 'Bäckerei Größe' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bäckerei Größe');
	await expect(page.getByRole('link', { name: '+49 89 123456' })).toBeVisible();
});

test('a vCard file from a phone', async ({ page }) => {
	await chooseFile(page, fixture('android-2.1.vcf'));
	const detected = page.getByRole('region', { name: 'What carnet found' });
	await expect(detected).toContainText('vCard');
	// quoted-printable names in UTF-8 and in ISO-8859-1
	await expect(detected.getByRole('region', { name: 'First rows' })).toContainText('Jürgen');
	await expect(detected.getByRole('region', { name: 'First rows' })).toContainText('Zoë');

	await startImport(page, 'android-2.1.vcf');
	await expectFinished(page);
	await expect(count(page, 'Created')).toHaveText('3');
	await page.getByRole('link', { name: 'Jürgen Müller' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jürgen Müller');
	await expect(page.getByRole('link', { name: '+49 1512 3456789' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'juergen@example.de' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Details' })).toContainText('München');

	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Contacts' })
		.click();
	await expect(page.getByRole('link', { name: 'Zoë Lefèvre' })).toBeVisible();
});

test('a German Excel CSV (Windows-1252, semicolons) shows its umlauts right', async ({ page }) => {
	await chooseFile(page, fixture('excel-de-1252.csv'));
	const detected = page.getByRole('region', { name: 'What carnet found' });
	await expect(detected.getByLabel('Encoding')).toHaveValue('windows-1252');
	await expect(detected.getByLabel('Delimiter')).toHaveValue(';');
	const firstRows = detected.getByRole('region', { name: 'First rows' });
	await expect(firstRows).toContainText('Jürgen');
	await expect(firstRows).toContainText('München');
	await expect(firstRows).toContainText('„Café Weiß“');
	await expect(page.getByRole('combobox', { name: 'Straße', exact: true })).toBeVisible();

	// read in another encoding the umlauts break; back to Windows-1252 they are right again
	await detected.getByLabel('Encoding').selectOption('macintosh');
	await expect(firstRows).toContainText('J¸rgen');
	await expect(firstRows).not.toContainText('Jürgen');
	await detected.getByLabel('Encoding').selectOption('windows-1252');
	await expect(firstRows).toContainText('Jürgen');

	await startImport(page, 'excel-de-1252.csv');
	await expectFinished(page);
	await expect(count(page, 'Created')).toHaveText('2');
	await page.getByRole('link', { name: 'Jürgen Größe' }).click();
	const details = page.getByRole('region', { name: 'Details' });
	await expect(details).toContainText('Hauptstraße 5');
	await expect(details).toContainText('München');
	await expect(details).toContainText('Bäckerei Größe & Söhne');
});

test('a workbook that never finishes reading can be stopped, and the next file reads', async ({
	page
}) => {
	// one damaged byte sends SheetJS into a loop that never ends
	await chooseFile(page, fixture('damaged-record-length.xls'));
	await expect(page.getByRole('status').filter({ hasText: 'Reading the file…' })).toBeVisible();
	await expect(page.getByLabel('Choose a file to import')).toBeDisabled();
	await page.getByRole('button', { name: 'Stop reading' }).click();
	await expect(page.getByRole('button', { name: 'Stop reading' })).toHaveCount(0);
	await expect(page.getByText('Reading the file…')).toHaveCount(0);

	await page.getByLabel('Choose a file to import').setInputFiles(fixture('contacts.xls'));
	const detected = page.getByRole('region', { name: 'What carnet found' });
	await expect(detected.getByRole('region', { name: 'First rows' })).toContainText('Anna Müller');
});

test('a workbook whose document properties are damaged still imports its rows', async ({
	page
}) => {
	await chooseFile(page, fixture('damaged-summary.xls'));
	const detected = page.getByRole('region', { name: 'What carnet found' });
	await expect(detected.getByRole('region', { name: 'First rows' })).toContainText('Zoë Lefèvre');
	await startImport(page, 'damaged-summary.xls');
	await expectFinished(page);
	await expect(count(page, 'Rows read')).toHaveText('2');
	// Anna's phone in this fixture is one digit short for a German mobile, and is reported so
	await expect(count(page, 'Created')).toHaveText('1');
	await expect(page.getByRole('link', { name: 'Zoë Lefèvre' })).toBeVisible();
});
