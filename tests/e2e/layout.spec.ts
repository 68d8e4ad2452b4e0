import { expect, test } from '@playwright/test';

test('the navigation fits the screen: a bottom bar on phones, a side bar on laptops', async ({
	page,
	isMobile
}) => {
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Main' });
	const box = await nav.boundingBox();
	const viewport = page.viewportSize();
	if (!box || !viewport) throw new Error('the navigation has no box');

	if (isMobile) {
		expect(viewport.width).toBeLessThanOrEqual(480);
		expect(Math.round(box.y + box.height)).toBe(viewport.height);
		expect(Math.round(box.width)).toBe(viewport.width);
	} else {
		expect(box.x).toBe(0);
		expect(box.width).toBeLessThan(viewport.width / 3);
	}
	// every destination is reachable without scrolling, and nothing spills sideways
	for (const link of await nav.getByRole('link').all()) await expect(link).toBeInViewport();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBe(0);
});
