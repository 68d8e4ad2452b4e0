import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
	chooseFile,
	columnSelect,
	count,
	csvFile,
	expectFinished,
	setGermany,
	startImport
} from './import-helpers';

test.beforeEach(async ({ page }) => {
	await setGermany(page);
});

const choir = csvFile('choir.csv', [
	'Name,Handy,E-Mail,Verein,Stimme',
	'Anna Schmidt,0151 23456789,anna@example.de,Chor Nord,Sopran',
	'Ben Müller,12ab,,Chor Nord,Bass',
	'Clara Weiß,,x@,Orchester,Alt',
	'Dora Klein,0170 1234567,dora@example.de,Chor Nord,Alt'
]);

test('a CSV with a changed mapping: results, failed rows and the imported contacts', async ({
	page
}) => {
	await chooseFile(page, choir);

	// what was detected, and the first rows
	const detected = page.getByRole('region', { name: 'What carnet found' });
	await expect(detected).toContainText('choir.csv');
	await expect(detected).toContainText('CSV');
	await expect(detected.getByLabel('Delimiter')).toHaveValue(',');
	await expect(detected.getByRole('region', { name: 'First rows' })).toContainText('Ben Müller');

	// the suggested mapping, with a sample and what it becomes
	await expect(columnSelect(page, 'Handy')).toHaveValue('phone:mobile');
	await expect(columnSelect(page, 'E-Mail')).toHaveValue('email');
	const handySamples = page.getByRole('list', { name: 'Sample values of Handy' });
	await expect(handySamples).toContainText('0151 23456789');
	await expect(handySamples).toContainText('+49 1512 3456789');

	// every column may name the kind of a phone column
	await expect(
		columnSelect(page, 'Stimme').getByRole('option', { name: 'Kind of the phone in “Handy”' })
	).toBeAttached();

	// the club goes to the organization, the voice is not imported
	await columnSelect(page, 'Verein').selectOption({ label: 'Organization' });
	await columnSelect(page, 'Stimme').selectOption({ label: "Don't import" });
	await expect(page.getByRole('list', { name: 'Sample values of Verein' })).toContainText(
		'Chor Nord'
	);

	await startImport(page, 'choir.csv');
	await expectFinished(page);
	await expect(count(page, 'Rows read')).toHaveText('4');
	await expect(count(page, 'Created')).toHaveText('2');
	await expect(count(page, 'Failed')).toHaveText('2');
	await expect(count(page, 'Updated')).toHaveText('0');

	// each failed row with its number, its values and the reason in words
	const issues = page.getByRole('region', { name: 'Rows with problems' });
	const ben = issues.getByRole('row').filter({ hasText: 'Ben Müller' });
	await expect(ben.getByRole('cell').first()).toHaveText('3');
	await expect(ben).toContainText('Handy “12ab” is not a valid number for Germany.');
	const clara = issues.getByRole('row').filter({ hasText: 'Clara Weiß' });
	await expect(clara.getByRole('cell').first()).toHaveText('4');
	await expect(clara).toContainText('E-Mail “x@” is invalid.');

	// the created contacts are linked; one carries what the mapping said
	await expect(page.getByRole('heading', { name: 'Created contacts: 2' })).toBeVisible();
	await page.getByRole('link', { name: 'Anna Schmidt' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anna Schmidt');
	const details = page.getByRole('region', { name: 'Details' });
	await expect(details).toContainText('Chor Nord');
	await expect(details).not.toContainText('Sopran');
	await expect(page.getByRole('link', { name: '+49 1512 3456789' })).toBeVisible();

	// the timeline says where the contact came from, and leads back to the import
	const timeline = page.getByRole('region', { name: 'Timeline' });
	await timeline.getByRole('link', { name: 'Imported from choir.csv' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import of choir.csv');

	// the contact list has them too
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Contacts' })
		.click();
	await expect(page.getByRole('link', { name: 'Dora Klein' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Ben Müller' })).toHaveCount(0);

	// and the history lists the import
	await page.goto('/import');
	const history = page.getByRole('region', { name: 'History' });
	await expect(history.getByRole('link', { name: 'choir.csv' })).toBeVisible();
	await expect(history).toContainText('Finished');
});

test('failed rows download as a CSV with the original columns and a reason', async ({ page }) => {
	await chooseFile(page, choir);
	await startImport(page, 'choir.csv');
	await expectFinished(page);

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download failed rows' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('choir - failed rows.csv');
	const text = readFileSync(await download.path(), 'utf8');
	// a byte order mark, so that a spreadsheet reads the umlauts right
	expect(text.startsWith('\ufeff')).toBe(true);
	const lines = text.slice(1).trimEnd().split('\r\n');
	expect(lines).toHaveLength(3);
	expect(lines[0]).toBe('Name,Handy,E-Mail,Verein,Stimme,Reason');
	expect(lines[1]).toBe(
		'Ben Müller,12ab,,Chor Nord,Bass,Handy “12ab” is not a valid number for Germany.'
	);
	expect(lines[2]).toBe('Clara Weiß,,x@,Orchester,Alt,E-Mail “x@” is invalid.');
});

test('a dropped file is read like a browsed one', async ({ page }) => {
	await page.goto('/import');
	await expect(page.getByRole('region', { name: 'Choose a file' })).toBeVisible();
	const dataTransfer = await page.evaluateHandle(() => {
		const transfer = new DataTransfer();
		transfer.items.add(
			new File(['First name;Email\nEva;eva@example.org\n'], 'dropped.csv', { type: 'text/csv' })
		);
		return transfer;
	});
	await page.locator('body').dispatchEvent('dragenter', { dataTransfer });
	await page.locator('body').dispatchEvent('drop', { dataTransfer });
	const detected = page.getByRole('region', { name: 'What carnet found' });
	await expect(detected).toContainText('dropped.csv');
	await expect(detected.getByLabel('Delimiter')).toHaveValue(';');
	await startImport(page, 'dropped.csv');
	await expectFinished(page);
	await expect(count(page, 'Created')).toHaveText('1');
});

test('the results link to the contact list filtered to what the import created or updated', async ({
	page
}) => {
	await page.goto('/contacts/new');
	await page.getByLabel('First name', { exact: true }).fill('Greta');
	await page.getByLabel('Last name', { exact: true }).fill('Vogel');
	await page.getByLabel('Email', { exact: true }).fill('greta@example.de');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Greta Vogel');
	await page.goto('/contacts/new');
	await page.getByLabel('First name', { exact: true }).fill('Otto');
	await page.getByLabel('Email', { exact: true }).fill('otto@example.de');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Otto');

	// two new people, and Greta again with a phone: she is updated
	await chooseFile(
		page,
		csvFile('club.csv', [
			'First name,Last name,Email,Mobile',
			'Hanna,Berg,hanna@example.de,',
			'Jonas,Reh,jonas@example.de,',
			'Greta,Vogel,greta@example.de,0151 44455566'
		])
	);
	await startImport(page, 'club.csv');
	await expectFinished(page);
	await expect(count(page, 'Created')).toHaveText('2');
	await expect(count(page, 'Updated')).toHaveText('1');

	await page.getByRole('link', { name: 'Show all 2 in the contact list' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacts');
	await expect(
		page.getByText(/Only the contacts created by the import of “club\.csv”/)
	).toBeVisible();
	await expect(page.getByText('Matches: 2')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Hanna Berg' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Jonas Reh' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Greta Vogel' })).toHaveCount(0);

	// the filter survives a reload, and combines with a search
	await page.reload();
	await expect(page.getByText('Matches: 2')).toBeVisible();
	await page.getByLabel('Search contacts').fill('hanna');
	await expect(page.getByText('Matches: 1')).toBeVisible();
	await page.getByLabel('Search contacts').fill('');

	// the way back to everyone
	await page.getByRole('button', { name: 'Show all contacts' }).click();
	await expect(page.getByText('Matches: 4')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Otto' })).toBeVisible();

	await page.goBack();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import of club.csv');
	await page.getByRole('link', { name: 'Show all 1 in the contact list' }).click();
	await expect(
		page.getByText(/Only the contacts updated by the import of “club\.csv”/)
	).toBeVisible();
	await expect(page.getByText('Matches: 1')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Greta Vogel' })).toBeVisible();
});

test('a re-imported unsubscribed phone stays unsubscribed', async ({ page }) => {
	await page.goto('/contacts/new');
	await page.getByLabel('First name', { exact: true }).fill('Paul');
	await page.getByLabel('Phone', { exact: true }).fill('+49 151 11122233');
	await page.getByRole('button', { name: 'Save' }).click();
	await page.getByRole('button', { name: 'Unsubscribe' }).click();
	await expect(page.getByRole('button', { name: 'Resubscribe' })).toBeVisible();
	await page.getByRole('button', { name: 'Delete' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByText('Your contact book is empty')).toBeVisible();

	// the file says he is subscribed; the suppression list wins
	await chooseFile(
		page,
		csvFile('newsletter.csv', [
			'First name,Last name,Mobile,Subscribed',
			'Paul,Weber,0151 11122233,yes'
		])
	);
	await startImport(page, 'newsletter.csv');
	await expectFinished(page);
	await expect(count(page, 'Created')).toHaveText('1');
	await expect(count(page, 'Unsubscribed by the suppression list')).toHaveText('1');
	await page.getByRole('link', { name: 'Paul Weber' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paul Weber');
	await expect(page.getByRole('button', { name: 'Resubscribe' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('Unsubscribed');
});

test('an empty file, a binary file and a header-only file are refused with a message', async ({
	page
}) => {
	await chooseFile(page, { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
	await expect(page.getByRole('alert')).toContainText('The file is empty.');

	// a png renamed .csv
	const png = Buffer.from(
		'89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
		'hex'
	);
	await page.getByLabel('Choose a file to import').setInputFiles({
		name: 'contacts.csv',
		mimeType: 'text/csv',
		buffer: png
	});
	await expect(page.getByRole('alert')).toContainText('This is not a text file');
	await expect(page.getByRole('alert')).toContainText('contacts.csv');

	await page
		.getByLabel('Choose a file to import')
		.setInputFiles(csvFile('header.csv', ['First name,Last name,Email']));
	await expect(page.getByRole('alert')).toContainText('no rows');
	// nothing was started
	await expect(page.getByRole('region', { name: 'History' })).toContainText('No imports yet.');
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });

	test('the import steps and the results fit the screen', async ({ page }) => {
		const overflow = () =>
			page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
		await chooseFile(page, choir);
		await expect(columnSelect(page, 'Handy')).toBeVisible();
		expect(await overflow()).toBe(0);
		await page.getByRole('button', { name: 'Next: options' }).click();
		await expect(page.getByRole('button', { name: 'Import choir.csv' })).toBeVisible();
		expect(await overflow()).toBe(0);
		await page.getByRole('button', { name: 'Import choir.csv' }).click();
		await expectFinished(page);
		await expect(page.getByRole('region', { name: 'Rows with problems' })).toBeVisible();
		expect(await overflow()).toBe(0);
	});
});
