import { expect, test } from '@playwright/test';
import { waitForServiceWorker } from './helpers';

test('after the first visit the app opens offline, on / and on deep links', async ({
	page,
	context
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacts');
	await waitForServiceWorker(page);

	await context.setOffline(true);
	// prove the network is really off: a request the cache cannot answer fails
	const reachable = await page.evaluate(() =>
		fetch(`/network-probe-${Date.now()}`, { cache: 'no-store' }).then(
			() => true,
			() => false
		)
	);
	expect(reachable).toBe(false);
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacts');
	await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();

	await page.goto('/settings');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
	await expect(page.getByRole('radio', { name: 'Deutsch' })).toBeVisible();

	await page.goto('/contacts/0190f0e4-7c1a-7000-8000-000000000001');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contact not found');

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contact not found');
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});
