import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGES } from './helpers';

const pages = [
	...PAGES.map((p) => p.path),
	'/contacts/new',
	'/contacts/0190f0e4-7c1a-7000-8000-000000000002'
];

for (const path of pages) {
	test(`no serious or critical accessibility violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		expect(serious).toEqual([]);
	});
}

test('no serious or critical accessibility violations on a contact and a filled list', async ({
	page
}) => {
	await page.goto('/contacts/new');
	await page.getByLabel('First name', { exact: true }).fill('Ada');
	await page.getByLabel('Email', { exact: true }).fill('ada@example.org');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ada');
	const scan = async () =>
		(await new AxeBuilder({ page }).analyze()).violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(await scan()).toEqual([]);
	await page.getByRole('link', { name: 'Contacts' }).click();
	await page.getByRole('checkbox', { name: 'Select Ada' }).check();
	await page.getByText('Filters').click();
	expect(await scan()).toEqual([]);
});

test('no serious or critical accessibility violations on the import steps and results', async ({
	page
}) => {
	const scan = async () =>
		(await new AxeBuilder({ page }).analyze()).violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	await page.goto('/import');
	await page.getByLabel('Choose a file to import').setInputFiles({
		name: 'members.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('Name,Mobile,Email\nAda Lovelace,12ab,ada@example.org\n')
	});
	await expect(page.getByRole('heading', { name: 'Where each column goes' })).toBeVisible();
	expect(await scan()).toEqual([]);
	await page.getByRole('button', { name: 'Next: options' }).click();
	await expect(page.getByRole('heading', { name: 'Options', level: 2 })).toBeVisible();
	expect(await scan()).toEqual([]);
	await page.getByRole('button', { name: 'Import members.csv' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Finished on' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Rows with problems' })).toBeVisible();
	expect(await scan()).toEqual([]);
});
