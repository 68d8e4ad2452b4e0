import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';

// the first page must stay light on a phone on a slow network: ≤ 100 kB of JavaScript once gzipped
const BUDGET = 100 * 1024;

test('the first page loads at most 100 kB of JavaScript (gzip)', async ({ page }) => {
	const scripts = new Map<string, number>();
	page.on('response', async (response) => {
		const type = response.headers()['content-type'] ?? '';
		if (!type.includes('javascript') || response.url().endsWith('/service-worker.js')) return;
		scripts.set(response.url(), gzipSync(await response.body(), { level: 9 }).length);
	});
	await page.goto('/', { waitUntil: 'networkidle' });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacts');

	const total = [...scripts.values()].reduce((sum, size) => sum + size, 0);
	test.info().annotations.push({
		type: 'first-page JavaScript (gzip)',
		description: `${(total / 1024).toFixed(1)} kB in ${scripts.size} files`
	});
	console.log(
		`first-page JavaScript: ${(total / 1024).toFixed(1)} kB gzip in ${scripts.size} files`
	);
	expect(scripts.size).toBeGreaterThan(0);
	expect(total).toBeLessThanOrEqual(BUDGET);
});
