import { expect, test } from '@playwright/test';
import { chooseFile, count, csvFile, expectFinished, setGermany } from './import-helpers';

// one exact pair (the same phone, written two ways) and one fuzzy pair (Meier / Mayer with the same
// birth date and postcode); Clara is nobody's duplicate
const club = csvFile('club.csv', [
	'First name,Last name,Phone,Email,Birthday,Postcode',
	'Lea,Roth,0151 23456789,lea.roth@example.de,,',
	'Lea,Rothe,+49 151 23456789,,,',
	'Hans,Meier,0170 1111111,h.meier@example.de,1970-03-04,80331',
	'Hans,Mayer,0160 2222222,hans@example.com,1970-03-04,80331',
	'Clara,Weiß,0171 3333333,clara@example.de,1991-12-24,10115'
]);

test.beforeEach(async ({ page }) => {
	await setGermany(page);
});

test('an import finds its duplicates; Not a duplicate survives a reload and a rescan', async ({
	page
}) => {
	await chooseFile(page, club);
	await page.getByRole('button', { name: 'Next: options' }).click();
	// the second Lea shares the first one's phone: keep both, so that they become a suggestion
	await page.getByRole('radio', { name: 'Create a new contact anyway' }).check();
	await page.getByRole('button', { name: 'Import club.csv' }).click();
	await expect(page).toHaveURL(/\/imports\/[0-9a-f-]{36}$/);
	await expectFinished(page);
	await expect(count(page, 'Created')).toHaveText('5');

	// the scan that follows the import (in this tab's worker) finds both pairs by itself: the
	// navigation counts them, and its link keeps the tab
	await expect(page.getByLabel('2 open suggestions')).toBeVisible({ timeout: 30_000 });
	await page
		.getByRole('link', { name: /Duplicates/ })
		.first()
		.click();
	await expect(page).toHaveURL(/\/duplicates$/);
	const cards = page.getByRole('article');
	await expect(cards).toHaveCount(2);
	const exact = cards.filter({ hasText: 'Exact duplicate' });
	await expect(exact).toContainText('Same phone (+4915123456789)');
	const fuzzy = cards.filter({ hasText: 'Meier / Mayer' });
	await expect(fuzzy).toContainText('Names sound alike (Meier / Mayer)');
	await expect(fuzzy).toContainText('same birth date');
	await expect(fuzzy).toContainText('same postcode');
	await expect(page.getByText('Clara')).toHaveCount(0);

	await fuzzy.getByRole('button', { name: 'Not a duplicate' }).click();
	await expect(cards).toHaveCount(1);
	await expect(cards.first()).toContainText('Exact duplicate');

	await page.reload();
	await expect(cards).toHaveCount(1);
	await expect(cards.first()).toContainText('Same phone (+4915123456789)');
	await expect(page.getByText('Meier / Mayer')).toHaveCount(0);

	// a full scan finds the pair again, and remembers that it is not one
	await page.getByRole('button', { name: 'Find duplicates' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Scan finished' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Scan finished' })).toContainText(
		'2 possible duplicates'
	);
	await expect(cards).toHaveCount(1);
	await expect(cards.first()).toContainText('Exact duplicate');
	await expect(page.getByText('Meier / Mayer')).toHaveCount(0);
});
