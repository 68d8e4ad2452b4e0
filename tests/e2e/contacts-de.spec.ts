import { expect, test } from '@playwright/test';

test.use({ locale: 'de-DE' });

test('in German: create, refuse a bad phone in German, and delete a contact', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kontakte');
	await page.getByRole('link', { name: 'Kontakt hinzufügen' }).click();
	await page.getByLabel('Vorname', { exact: true }).fill('Jürgen');
	await page.getByLabel('Nachname', { exact: true }).fill('Groß');
	await page.getByLabel('Telefon', { exact: true }).fill('12');
	await page.getByRole('button', { name: 'Speichern' }).click();
	await expect(page.getByRole('alert')).toContainText('„12“');

	// the browser is German, so national numbers are read as German ones
	await page.getByLabel('Telefon', { exact: true }).fill('0151 23456789');
	await page.getByRole('button', { name: 'Speichern' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jürgen Groß');
	await expect(page.getByRole('link', { name: '+49 1512 3456789' })).toBeVisible();

	await page.getByRole('link', { name: 'Kontakte' }).click();
	await page.getByRole('searchbox', { name: 'Kontakte durchsuchen' }).fill('gross');
	await expect(page.getByRole('link', { name: 'Jürgen Groß' })).toBeVisible();
	await page.getByRole('link', { name: 'Jürgen Groß' }).click();
	await page.getByRole('button', { name: 'Löschen' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Löschen' }).click();
	await expect(page.getByText('Dein Adressbuch ist leer')).toBeVisible();
});
