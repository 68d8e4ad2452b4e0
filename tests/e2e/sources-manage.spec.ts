import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { csv, startSourceServer, type SourceServer } from './source-server';

// managing sources as a user does: edit one (name, schedule, lists), pause and resume one, sync all
// at once, and delete one after a confirmation while its contacts stay in the book
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
const GUS = 'Gus,Grissom,+49 151 33456789,gus@example.org';
const HAL = 'Hal,Hartley,+49 151 33456790,hal@example.org';
const IVY = 'Ivy,Ives,+49 151 33456791,ivy@example.org';

function source(page: Page, name: string) {
	return page
		.getByRole('list', { name: 'Sources' })
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name, exact: true }) });
}

async function addSource(page: Page, path: string, name: string): Promise<void> {
	await page.getByRole('button', { name: 'Add a source' }).click();
	await page
		.getByLabel('Web address of a CSV, TSV, Excel or vCard file')
		.fill(`${server.base}${path}`);
	await page.getByRole('button', { name: 'Read the columns' }).click();
	await expect(page.getByText(/4 columns and about \d rows found/)).toBeVisible();
	await page.getByLabel('Name', { exact: true }).fill(name);
	await page.getByRole('button', { name: 'Save and sync' }).click();
}

test('a source is edited, paused, resumed and deleted; its contacts stay', async ({
	page,
	context
}) => {
	server.put('/team.csv', csv(HEADER, ADA, BOB));
	server.put('/club.csv', csv(HEADER, GUS, HAL));

	await page.goto('/lists');
	await page.getByLabel('New list name').fill('Choir');
	await page.getByRole('button', { name: 'Create list' }).click();
	await expect(page.getByRole('link', { name: 'Choir' })).toBeVisible();

	await page.goto('/sources');
	await addSource(page, '/team.csv', 'Team sheet');
	await expect(source(page, 'Team sheet')).toContainText('new 2 · updated 0 · unchanged 0');
	await addSource(page, '/club.csv', 'Club sheet');
	await expect(source(page, 'Club sheet')).toContainText('new 2 · updated 0 · unchanged 0');

	// edit: a new name, an hour between syncs, and its contacts go to the choir list
	await source(page, 'Team sheet').getByRole('button', { name: 'Edit' }).click();
	const form = page.getByRole('region', { name: 'Edit Team sheet' });
	await form.getByLabel('Name', { exact: true }).fill('Staff sheet');
	await form.getByLabel('Sync every … minutes (5 to 1440)').fill('60');
	await form.getByRole('checkbox', { name: 'Choir' }).check();
	await form.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(form).toBeHidden();

	await page.reload();
	const staff = source(page, 'Staff sheet');
	await expect(staff).toContainText('every 60 min');
	await expect(source(page, 'Team sheet')).toHaveCount(0);
	await staff.getByRole('button', { name: 'Edit' }).click();
	const again = page.getByRole('region', { name: 'Edit Staff sheet' });
	await expect(again.getByLabel('Name', { exact: true })).toHaveValue('Staff sheet');
	await expect(again.getByLabel('Sync every … minutes (5 to 1440)')).toHaveValue('60');
	await expect(again.getByRole('checkbox', { name: 'Choir' })).toBeChecked();
	await again.getByRole('button', { name: 'Cancel' }).click();

	// pause the club: the page says so, after a reload too
	const club = source(page, 'Club sheet');
	await club.getByRole('button', { name: 'Pause' }).click();
	await expect(club.getByRole('status')).toContainText('Paused');
	await page.reload();
	await expect(club.getByRole('status')).toContainText('Paused');
	await expect(club).not.toContainText('Next sync');
	await expect(club.getByRole('button', { name: 'Resume' })).toBeVisible();

	// both tables get a new row; "Sync all now" syncs the staff sheet and leaves the paused club
	server.put('/team.csv', csv(HEADER, ADA, BOB, CY));
	server.put('/club.csv', csv(HEADER, GUS, HAL, IVY));
	// (the new list makes the staff sheet read every row once: its old contacts join the list too)
	await page.getByRole('button', { name: 'Sync all now' }).click();
	await expect(staff).toContainText('new 1 · updated 2 · unchanged 0');
	await expect(club).toContainText('new 2 · updated 0 · unchanged 0');

	// the schedule leaves it alone too: two hours later the staff sheet is due again, the club not
	const later = await context.newPage();
	await later.clock.setSystemTime(Date.now() + 2 * 60 * 60_000);
	await later.goto('/sources');
	await expect(source(later, 'Staff sheet')).toContainText('new 0 · updated 0 · unchanged 3');
	await expect(source(later, 'Club sheet')).toContainText('new 2 · updated 0 · unchanged 0');
	await later.close();

	// the staff sheet's contacts are in the choir list; ivy was never imported
	await page.goto('/lists');
	await page.getByRole('link', { name: 'Choir' }).click();
	for (const name of ['Ada Lovelace', 'Bob Builder', 'Cy Young']) {
		await expect(page.getByRole('link', { name })).toBeVisible();
	}
	await expect(page.getByRole('link', { name: 'Hal Hartley' })).toHaveCount(0);
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Hal Hartley' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Ivy Ives' })).toHaveCount(0);

	// resume: the club syncs again
	await page.goto('/sources');
	await club.getByRole('button', { name: 'Resume' }).click();
	await expect(club.getByRole('status')).not.toContainText('Paused');
	await club.getByRole('button', { name: 'Sync now' }).click();
	await expect(club).toContainText('new 1 · updated 0 · unchanged 2');

	// delete the staff sheet, after saying yes
	await staff.getByRole('button', { name: 'Delete' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete Staff sheet?' });
	await expect(dialog).toContainText('Its contacts stay in your book');
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(staff).toBeVisible();
	await staff.getByRole('button', { name: 'Delete' }).click();
	await dialog.getByRole('button', { name: 'Delete the source' }).click();
	await expect(staff).toHaveCount(0);
	await page.reload();
	await expect(club).toBeVisible();
	await expect(source(page, 'Staff sheet')).toHaveCount(0);

	await page.goto('/');
	for (const name of ['Ada Lovelace', 'Bob Builder', 'Cy Young', 'Ivy Ives']) {
		await expect(page.getByRole('link', { name })).toBeVisible();
	}
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });

	test('the sources, their form and their log fit the screen', async ({ page }) => {
		const overflow = () =>
			page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
		const path = '/exports/2026/a-rather-long-folder-name/contacts-of-the-whole-association.csv';
		server.put(path, csv(HEADER, ADA, BOB));

		await page.goto('/sources');
		await expect(page.getByText('No automatic imports yet')).toBeVisible();
		expect(await overflow()).toBe(0);

		await page.getByRole('button', { name: 'Add a source' }).click();
		await page.getByRole('radio', { name: 'In a file on this device' }).check();
		await expect(page.getByRole('button', { name: 'Choose the file…' })).toBeVisible();
		expect(await overflow()).toBe(0);
		await page.getByRole('radio', { name: 'At a web address (URL)' }).check();
		await page
			.getByLabel('Web address of a CSV, TSV, Excel or vCard file')
			.fill(`${server.base}${path}`);
		await page.getByRole('button', { name: 'Read the columns' }).click();
		await expect(page.getByText('4 columns and about 2 rows found')).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Where each column goes' })).toBeVisible();
		expect(await overflow()).toBe(0);

		await page.getByLabel('Name', { exact: true }).fill('Members of the whole association');
		await page.getByRole('button', { name: 'Save and sync' }).click();
		const item = source(page, 'Members of the whole association');
		await expect(item).toContainText('new 2 · updated 0 · unchanged 0');
		await item.getByRole('button', { name: 'Log' }).click();
		await expect(item.getByRole('table')).toBeVisible();
		expect(await overflow()).toBe(0);
		// every action stays on the screen
		for (const button of await item.getByRole('button').all()) {
			const box = await button.boundingBox();
			if (!box) throw new Error('a button has no box');
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(390);
		}

		// and the page, with a source, its log and the form open, has no serious accessibility fault
		await page.getByRole('button', { name: 'Add a source' }).click();
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		expect(serious).toEqual([]);
	});
});
