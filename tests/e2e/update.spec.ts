import { expect, test } from '@playwright/test';
import { startDeployServer, type DeployServer } from './deploy-server';
import { waitForServiceWorker } from './helpers';

let server: DeployServer;
test.beforeAll(async () => {
	server = await startDeployServer();
});
test.afterAll(async () => {
	await server.close();
});

const registrationState = () =>
	navigator.serviceWorker.getRegistration().then((registration) => ({
		waiting: Boolean(registration?.waiting),
		controller: navigator.serviceWorker.controller?.state ?? null
	}));

test('a newly deployed version is announced, and taken only when the user asks', async ({
	page
}) => {
	await page.goto(server.url + '/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacts');
	await waitForServiceWorker(page);
	await expect(page.getByRole('alert')).toHaveCount(0);

	server.deployNewRelease();
	// the browser checks for a new worker on navigation; a reload is what a returning user does
	await page.reload();
	const prompt = page.getByRole('alert');
	// installing precaches the whole new build first, which takes a while on a busy machine
	await expect(prompt).toContainText('A new version is available', { timeout: 45_000 });
	await expect(prompt.getByRole('button', { name: 'Reload' })).toBeVisible();

	// it never switches by itself: the new worker waits until the user chooses
	expect(await page.evaluate(registrationState)).toEqual({
		waiting: true,
		controller: 'activated'
	});

	const reloaded = page.waitForEvent('load');
	await prompt.getByRole('button', { name: 'Reload' }).click();
	await reloaded;
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacts');
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect(await page.evaluate(registrationState)).toEqual({
		waiting: false,
		controller: 'activated'
	});
});
