import { expect, test, type Page } from '@playwright/test';

async function addContact(
	page: Page,
	fields: { first: string; last: string; phone?: string; email?: string; birth?: string }
) {
	await page.goto('/contacts/new');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('New contact');
	await page.getByLabel('First name', { exact: true }).fill(fields.first);
	await page.getByLabel('Last name', { exact: true }).fill(fields.last);
	if (fields.phone) await page.getByLabel('Phone', { exact: true }).fill(fields.phone);
	if (fields.email) await page.getByLabel('Email', { exact: true }).fill(fields.email);
	if (fields.birth) await page.getByLabel('Birth date', { exact: true }).fill(fields.birth);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
}

test.beforeEach(async ({ page }) => {
	await page.goto('/settings');
	await page.getByLabel('Search countries').fill('Germany');
	await page.getByRole('listbox', { name: 'Default country for phone numbers' }).selectOption('DE');
	await expect(page.getByText('Current: Germany (+49)')).toBeVisible();
});

test('two contacts with the same phone are an exact suggestion with its reason', async ({
	page
}) => {
	await addContact(page, { first: 'Lea', last: 'Roth', phone: '0151 23456789' });
	await addContact(page, { first: 'Leo', last: 'Brandt', phone: '+49 151 23456789' });
	// the new contact's page already knows
	const possible = page.getByRole('region', { name: 'Possible duplicate' });
	await expect(possible).toContainText('Same phone (+4915123456789)');
	await expect(possible.getByRole('link', { name: 'Lea Roth' })).toBeVisible();
	// and the navigation counts it
	await expect(page.getByLabel('1 open suggestions')).toBeVisible();

	await page
		.getByRole('link', { name: /Duplicates/ })
		.first()
		.click();
	const card = page.getByRole('article');
	await expect(card).toContainText('Exact duplicate');
	await expect(card).toContainText('Same phone (+4915123456789)');
	await expect(card.getByRole('link', { name: 'Merge…' })).toHaveAttribute(
		'href',
		/\/merge\?ids=[0-9a-f-]{36},[0-9a-f-]{36}$/
	);
	await page.getByRole('radio', { name: 'Similar' }).check();
	await expect(page.getByText('No suggestions of this kind.')).toBeVisible();
});

test('a scan finds Meier and Mayer; Not a duplicate hides them for good', async ({ page }) => {
	await addContact(page, {
		first: 'Hans',
		last: 'Meier',
		email: 'h.meier@example.de',
		birth: '1970-03-04'
	});
	await addContact(page, {
		first: 'Hans',
		last: 'Mayer',
		email: 'hans@example.com',
		birth: '1970-03-04'
	});
	await page.goto('/duplicates');
	await expect(page.getByText('No duplicates to review')).toBeVisible();

	await page.getByRole('button', { name: 'Find duplicates' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Scan finished' })).toBeVisible();
	const card = page.getByRole('article');
	await expect(card).toContainText('Names sound alike (Meier / Mayer)');
	await expect(card).toContainText('same birth date');
	// the differing surname is marked in the side-by-side table
	await expect(card.getByRole('rowheader', { name: 'Last name (differs)' })).toBeVisible();

	await card.getByRole('button', { name: 'Not a duplicate' }).click();
	await expect(page.getByText('No duplicates to review')).toBeVisible();

	await page.reload();
	await page.getByRole('button', { name: 'Find duplicates' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Scan finished' })).toBeVisible();
	await expect(page.getByText('No duplicates to review')).toBeVisible();
	await expect(page.getByRole('article')).toHaveCount(0);
});

test('merge all exact duplicates, then undo the whole run after a reload', async ({ page }) => {
	const pairs = [
		[
			{ first: 'Lea', last: 'Roth', phone: '0151 23456781', email: 'lea@example.org' },
			{ first: 'Lea', last: 'Roth', phone: '+49 151 23456781', email: 'lea.roth@example.com' }
		],
		[
			{ first: 'Tom', last: 'Berg', phone: '0151 23456782', email: 'tom@example.org' },
			{ first: 'Thomas', last: 'Berg', phone: '0151 23456782', email: 'thomas@example.com' }
		],
		[
			{ first: 'Eva', last: 'Klein', phone: '0151 23456783', email: 'eva@example.org' },
			{ first: 'Eva', last: 'Klein-Maus', phone: '0151 23456783', email: 'eva.k@example.com' }
		]
	];
	for (const pair of pairs) for (const person of pair) await addContact(page, person);
	await page.goto('/duplicates');
	const panel = page.getByRole('region', { name: 'Merge all exact duplicates' });
	await expect(panel).toContainText('Exact duplicates to merge: 3');
	await expect(panel.getByRole('radio', { name: 'The older one' })).toBeChecked();

	await panel.getByRole('button', { name: 'Merge all exact duplicates…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Merge 3 exact duplicates?' });
	await expect(dialog).toContainText(
		'3 suggestions will be merged, each into the older contact of its pair.'
	);
	await dialog.getByRole('button', { name: 'Merge all' }).click();
	await expect(panel.getByRole('status')).toHaveText('Merge all finished: 3 merges.');
	await expect(panel).toContainText('No exact duplicates to merge.');
	await expect(page.getByText('No duplicates to review')).toBeVisible();

	// each pair is one contact now, with both e-mails; the newer ones are gone
	const table = page.getByRole('table', { name: 'Contacts' });
	await page.goto('/');
	await expect(table.getByRole('link', { name: 'Thomas Berg' })).toHaveCount(1);
	await expect(table.getByRole('link', { name: 'Tom Berg' })).toHaveCount(0);
	await expect(table.getByRole('link', { name: 'Lea Roth' })).toHaveCount(1);
	await table.getByRole('link', { name: 'Thomas Berg' }).click();
	const details = page.getByRole('region', { name: 'Details' });
	await expect(details.getByRole('link', { name: 'tom@example.org' })).toBeVisible();
	await expect(details.getByRole('link', { name: 'thomas@example.com' })).toBeVisible();

	// the run's single Undo is still offered after a reload
	await page.goto('/duplicates');
	await page.reload();
	await expect(panel).toContainText('Last merge all: 3 merges');
	await panel.getByRole('button', { name: 'Undo merge all' }).click();
	await expect(panel.getByRole('status')).toHaveText('Merge all undone: 3 merges taken back.');
	await expect(panel).toContainText('Exact duplicates to merge: 3');
	await expect(panel.getByRole('button', { name: 'Undo merge all' })).toHaveCount(0);

	await page.goto('/');
	for (const pair of pairs) {
		for (const person of pair) {
			await expect(
				table.getByRole('link', { name: `${person.first} ${person.last}`, exact: true })
			).toHaveCount(pair[0]?.first === pair[1]?.first && pair[0]?.last === pair[1]?.last ? 2 : 1);
		}
	}
	await table.getByRole('link', { name: 'Tom Berg' }).click();
	await expect(details.getByRole('link', { name: 'tom@example.org' })).toBeVisible();
	await expect(details.getByRole('link', { name: 'thomas@example.com' })).toHaveCount(0);
});
