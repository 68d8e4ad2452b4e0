import { expect, test } from '@playwright/test';

test.describe('a browser in Australia', () => {
	test.use({ locale: 'en-AU' });

	test('the default country follows the browser, and a searched choice is kept', async ({
		page
	}) => {
		await page.goto('/settings');
		await expect(page.getByText('Current: Australia (+61)')).toBeVisible();

		await page.getByLabel('Search countries').fill('+49');
		const countries = page.getByRole('listbox', { name: 'Default country for phone numbers' });
		await expect(countries.getByRole('option')).toHaveText(['Germany (+49)']);
		await countries.selectOption('DE');
		await expect(page.getByRole('status').filter({ hasText: 'Default country set to' })).toHaveText(
			'Default country set to Germany (+49).'
		);

		await page.getByLabel('Search countries').fill('zzz');
		await expect(page.getByText('No country matches “zzz”.')).toBeVisible();

		await page.reload();
		await expect(page.getByText('Current: Germany (+49)')).toBeVisible();
	});
});

test('storage shows what carnet uses and asks to persist on the first write', async ({ page }) => {
	await page.goto('/settings');
	const storage = page.getByRole('region', { name: 'Storage' });
	await expect(storage).toContainText(/carnet uses .+ of the .+ this browser allows\./);

	await page.getByLabel('Search countries').fill('France');
	await page.getByRole('listbox', { name: 'Default country for phone numbers' }).selectOption('FR');
	// the browser answers the request either way; the page must show its answer, not stay silent
	await expect(
		storage.getByText(/Storage is persistent|The browser declined for now/)
	).toBeVisible();
});

test.describe('a browser in Austria, in German', () => {
	test.use({ locale: 'de-AT' });

	test('shows German settings with Austria as the default country', async ({ page }) => {
		await page.goto('/settings');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');
		await expect(page.getByText('Aktuell: Österreich (+43)')).toBeVisible();
		await page.getByLabel('Länder durchsuchen').fill('schwe');
		await expect(
			page.getByRole('listbox', { name: 'Standardland für Telefonnummern' }).getByRole('option')
		).toHaveText(['Schweden (+46)', 'Schweiz (+41)']);
	});
});
