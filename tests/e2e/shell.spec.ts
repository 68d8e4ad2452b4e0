import { expect, test } from '@playwright/test';
import { PAGES } from './helpers';

test('the shell shows the navigation and a friendly empty state on each page', async ({ page }) => {
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link')).toHaveText(PAGES.map((p) => p.nav));

	for (const { nav: name } of PAGES) {
		await nav.getByRole('link', { name }).click();
		const link = nav.getByRole('link', { name });
		await expect(link).toHaveAttribute('aria-current', 'page');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
		// a page that is not built yet still explains itself rather than staying blank
		const main = page.getByRole('main');
		await expect(main).not.toBeEmpty();
		expect((await main.innerText()).length).toBeGreaterThan(name.length + 20);
	}
});

test('the contacts page offers a way forward when the book is empty', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Your contact book is empty' })).toBeVisible();
	await page.getByRole('link', { name: 'Import a file' }).click();
	await expect(page).toHaveURL(/\/import$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import');
});

test('a link to a contact that does not exist says so', async ({ page }) => {
	await page.goto('/contacts/0190f0e4-7c1a-7000-8000-000000000000');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contact not found');
	await page.getByRole('link', { name: 'Back to contacts' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacts');
});

test('an unknown address shows a not-found page inside the app', async ({ page }) => {
	await page.goto('/no-such-page');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('the skip link moves keyboard focus to the page content', async ({ page }) => {
	await page.goto('/settings');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('main')).toBeFocused();
});
