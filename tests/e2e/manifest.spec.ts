import { chromium, expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from './browser';
import { waitForServiceWorker } from './helpers';

test('the web manifest describes the app and its icons', async ({ request }) => {
	const response = await request.get('/manifest.webmanifest');
	expect(response.ok()).toBe(true);
	const manifest = await response.json();
	expect(manifest).toMatchObject({
		name: expect.stringContaining('carnet'),
		short_name: 'carnet',
		start_url: '/',
		scope: '/',
		display: 'standalone',
		theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
		background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i)
	});
	expect(manifest.description.length).toBeGreaterThan(10);

	const icons: { src: string; sizes: string; purpose?: string; type: string }[] = manifest.icons;
	expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
	expect(icons.some((icon) => icon.purpose?.split(' ').includes('maskable'))).toBe(true);
	for (const icon of icons) {
		const image = await request.get(icon.src);
		expect(image.headers()['content-type']).toBe(icon.type);
		// the size a PNG declares in its header must be the size the manifest promises
		const bytes = await image.body();
		const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
		expect(`${width}x${height}`).toBe(icon.sizes);
	}
});

test('Chromium reports no installability errors', async ({ baseURL }) => {
	// playwright's usual contexts are incognito, where nothing is installable: use a real profile
	const profile = await mkdtemp(join(tmpdir(), 'carnet-install-'));
	const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions);
	try {
		const page = await context.newPage();
		await page.goto(`${baseURL}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacts');
		await waitForServiceWorker(page);
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
		const { errors } = await cdp.send('Page.getAppManifest');
		expect(errors).toEqual([]);
	} finally {
		await context.close();
		await rm(profile, { recursive: true, force: true });
	}
});
