import { expect, test } from '@playwright/test';

test('switching to Deutsch shows German navigation and stays after a reload', async ({ page }) => {
	await page.goto('/settings');
	await page.getByRole('radio', { name: 'Deutsch' }).check();

	const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
	await expect(nav.getByRole('link', { name: 'Kontakte' })).toBeVisible();
	await expect(nav.getByRole('link', { name: 'Einstellungen' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');

	await page.reload();
	await expect(nav.getByRole('link', { name: 'Kontakte' })).toBeVisible();
	await expect(page.getByRole('radio', { name: 'Deutsch' })).toBeChecked();

	await page.getByRole('radio', { name: 'Français' }).check();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Réglages');
});

test.describe('a browser set to French', () => {
	test.use({ locale: 'fr-FR' });

	test('opens in French by default', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacts');
		await expect(page.getByRole('link', { name: 'Réglages' })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	});
});
