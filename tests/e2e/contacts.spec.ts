import { expect, test, type Page } from '@playwright/test';

async function addContact(
	page: Page,
	fields: { first?: string; last?: string; phone?: string; email?: string },
	expectSaved = true
) {
	await page.goto('/');
	await page.getByRole('link', { name: 'Add contact' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('New contact');
	if (fields.first) await page.getByLabel('First name', { exact: true }).fill(fields.first);
	if (fields.last) await page.getByLabel('Last name', { exact: true }).fill(fields.last);
	if (fields.phone) await page.getByLabel('Phone', { exact: true }).fill(fields.phone);
	if (fields.email) await page.getByLabel('Email', { exact: true }).fill(fields.email);
	await page.getByRole('button', { name: 'Save' }).click();
	if (expectSaved) await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
}

test.beforeEach(async ({ page }) => {
	// the default country decides how national numbers are read
	await page.goto('/settings');
	await page.getByLabel('Search countries').fill('Germany');
	await page.getByRole('listbox', { name: 'Default country for phone numbers' }).selectOption('DE');
	await expect(page.getByText('Current: Germany (+49)')).toBeVisible();
});

test('create, view, edit and delete a contact', async ({ page }) => {
	await addContact(page, { first: 'Jürgen', last: 'Müller', phone: '0151 23456789' });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jürgen Müller');
	// what was typed is shown back in international form
	await expect(page.getByRole('link', { name: '+49 1512 3456789' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('Created');

	await page.getByRole('link', { name: 'Edit' }).click();
	await expect(page.getByLabel('Phone', { exact: true })).toHaveValue('+49 1512 3456789');
	await page.getByLabel('Email', { exact: true }).fill('juergen@example.de');
	await page.getByLabel('City', { exact: true }).fill('Köln');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('link', { name: 'juergen@example.de' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('Köln');

	await page.getByRole('button', { name: 'Delete' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete Jürgen Müller?' });
	await dialog.getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacts');
	await expect(page.getByText('Your contact book is empty')).toBeVisible();

	// the undo brings it back
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('link', { name: 'Jürgen Müller' })).toBeVisible();
});

test('an invalid phone is refused with its value, and nothing typed is lost', async ({ page }) => {
	await addContact(
		page,
		{ first: 'Anna', last: 'Schmidt', phone: '0151 12', email: 'anna@@x.de' },
		false
	);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('“0151 12”');
	await expect(alert).toContainText('“anna@@x.de”');
	await expect(page.getByLabel('First name', { exact: true })).toHaveValue('Anna');
	await expect(page.getByLabel('Last name', { exact: true })).toHaveValue('Schmidt');
	await expect(page.getByLabel('Phone', { exact: true })).toHaveValue('0151 12');

	await page.getByLabel('Phone', { exact: true }).fill('');
	await page.getByLabel('Email', { exact: true }).fill('');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('alert')).toContainText('Enter a phone number or an e-mail address.');
});

test('an unsubscribe outlives the contact: the same phone comes back unsubscribed', async ({
	page
}) => {
	await addContact(page, { first: 'Paul', last: 'Weber', phone: '+49 151 11122233' });
	await page.getByRole('button', { name: 'Unsubscribe' }).click();
	await expect(page.getByRole('button', { name: 'Resubscribe' })).toBeVisible();

	await page.getByRole('button', { name: 'Delete' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByText('Your contact book is empty')).toBeVisible();

	await addContact(page, { first: 'Paul', last: 'W.', phone: '0151 11122233' });
	await expect(page.getByRole('status').filter({ hasText: 'was unsubscribed on' })).toContainText(
		'+49 1511 1122233'
	);
	await expect(page.getByRole('button', { name: 'Resubscribe' })).toBeVisible();

	// resubscribing needs a confirmation of consent, and the timeline records it
	await page.getByRole('button', { name: 'Resubscribe' }).click();
	const dialog = page.getByRole('dialog', { name: 'Resubscribe Paul W.?' });
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('button', { name: 'Unsubscribe' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Resubscribe' }).click();
	await dialog.getByRole('button', { name: 'Consent given: resubscribe' }).click();
	await expect(page.getByRole('button', { name: 'Unsubscribe' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(
		'Resubscribed after consent'
	);
});

test('a phone already used by another contact is pointed out, and can still be saved', async ({
	page
}) => {
	await addContact(page, { first: 'Eva', last: 'Klein', email: 'eva@example.org' });
	await page.goto('/contacts/new');
	await page.getByLabel('First name', { exact: true }).fill('Eva');
	await page.getByLabel('Email', { exact: true }).fill('EVA@example.org');
	await page.getByLabel('Email', { exact: true }).blur();
	await expect(page.getByText('Already used by')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Eva Klein' })).toBeVisible();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Eva');
});

test('Save is not lost when leaving a used phone shows its warning', async ({ page }) => {
	await addContact(page, { first: 'Ida', last: 'Berg', phone: '030 7654321' });
	await page.goto('/contacts/new');
	await page.getByLabel('First name', { exact: true }).fill('Ida');
	await page.getByLabel('Phone', { exact: true }).fill('030 7654321');
	// as a person clicks: the button is pressed, the phone field loses the focus and its check
	// finds the other contact, and the button is released a moment later
	await page.getByRole('button', { name: 'Save' }).click({ delay: 300 });
	await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ida');
});

test('notes on the timeline can be added, edited and deleted', async ({ page }) => {
	await addContact(page, { first: 'Noah', phone: '030 1234567' });
	const timeline = page.getByRole('region', { name: 'Timeline' });
	await timeline.getByLabel('Add a note').fill('Met at the <b>fair</b>');
	await timeline.getByRole('button', { name: 'Add note' }).click();
	// markup is shown as text, never rendered
	await expect(timeline.getByText('Met at the <b>fair</b>')).toBeVisible();

	await timeline.getByRole('button', { name: 'Edit note' }).click();
	await timeline.getByLabel('Note text').fill('Met at the fair in Hamburg');
	await timeline.getByRole('button', { name: 'Save note' }).click();
	await expect(timeline.getByText('Met at the fair in Hamburg')).toBeVisible();

	await timeline.getByRole('button', { name: 'Delete note' }).click();
	await expect(timeline.getByText('Met at the fair in Hamburg')).toHaveCount(0);
});
