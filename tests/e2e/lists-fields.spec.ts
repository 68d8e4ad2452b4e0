import { expect, test } from '@playwright/test';

test('a custom field and a list round trip through the contact form', async ({ page }) => {
	await page.goto('/settings');
	const fields = page.getByRole('region', { name: 'Custom fields' });
	await fields.getByLabel('Field name').fill('Customer no.');
	await fields.getByLabel('Type').selectOption('number');
	await fields.getByRole('button', { name: 'Add field' }).click();
	await expect(fields.getByText('Customer no.', { exact: true })).toBeVisible();

	await page.getByRole('link', { name: 'Lists' }).click();
	await page.getByLabel('New list name').fill('Volunteers');
	await page.getByRole('button', { name: 'Create list' }).click();
	await expect(page.getByRole('link', { name: 'Volunteers' })).toBeVisible();
	await expect(page.getByText('Members: 0')).toBeVisible();

	await page.goto('/contacts/new');
	await page.getByLabel('First name', { exact: true }).fill('Claire');
	await page.getByLabel('Email', { exact: true }).fill('claire@example.fr');
	await page.getByLabel('Customer no.').fill('12 abc');
	await page.getByRole('checkbox', { name: 'Volunteers' }).check();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('alert')).toContainText('“12 abc” is not a number.');
	await page.getByLabel('Customer no.').fill('1234,5');
	await page.getByRole('button', { name: 'Save' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Claire');
	const details = page.getByRole('region', { name: 'Details' });
	await expect(details).toContainText('Customer no.');
	await expect(details).toContainText('1234.5');
	await expect(details).toContainText('Volunteers');

	await page.getByRole('link', { name: 'Lists', exact: true }).click();
	await expect(page.getByText('Members: 1')).toBeVisible();
	await page.getByRole('link', { name: 'Volunteers' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Volunteers');
	await expect(page.getByRole('link', { name: 'Claire' })).toBeVisible();

	// deleting the field says how many contacts lose a value, and asks first
	await page.goto('/settings');
	await fields.getByRole('button', { name: 'Delete Customer no.' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete the field Customer no.?' });
	await expect(dialog).toContainText('Contacts that lose their value: 1.');
	await dialog.getByRole('button', { name: 'Delete Customer no.' }).click();
	await expect(fields.getByText('Customer no.', { exact: true })).toHaveCount(0);

	// deleting the list keeps the contact
	await page.goto('/lists');
	await page.getByRole('button', { name: 'Delete the list Volunteers?' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete list' }).click();
	await expect(page.getByRole('link', { name: 'Volunteers' })).toHaveCount(0);
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Claire' })).toBeVisible();
});
