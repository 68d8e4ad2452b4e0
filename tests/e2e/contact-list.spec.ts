import { expect, test, type Page } from '@playwright/test';
import { foldText, type Contact } from '../../src/lib/core/index';
import { displayName } from '../../src/lib/core/display-name';
import { makeContacts, seedBook } from './seed';

const book = makeContacts(3000);
const byName = [...book].sort((a, b) =>
	a.keys.name < b.keys.name ? -1 : a.keys.name > b.keys.name ? 1 : 0
);
const format = (n: number) => new Intl.NumberFormat('en').format(n);

async function openSeededBook(page: Page) {
	await page.goto('/');
	await expect(page.getByText('Your contact book is empty')).toBeVisible();
	await seedBook(page, book);
	await page.reload();
	await expect(page.getByRole('status').filter({ hasText: 'Matches:' })).toHaveText(
		`Matches: ${format(book.length)}`
	);
}

const table = (page: Page) => page.getByRole('table', { name: 'Contacts' });
const firstName = (page: Page) => table(page).getByRole('row').nth(1).getByRole('link');

test('a seeded book sorts both ways and scrolls to its last contact', async ({ page }) => {
	await openSeededBook(page);
	const first = byName[0] as Contact;
	const last = byName[byName.length - 1] as Contact;
	await expect(firstName(page)).toHaveText(displayName(first));

	await page.getByLabel('Order').selectOption('desc');
	await expect(firstName(page)).toHaveText(displayName(last));

	await page.getByLabel('Order').selectOption('asc');
	await expect(firstName(page)).toHaveText(displayName(first));
	// only the rows on screen exist in the page, however long the list
	expect(await table(page).getByRole('row').count()).toBeLessThan(80);

	await table(page).getByRole('row').nth(3).hover();
	await page.mouse.wheel(0, 10_000_000);
	await expect(
		table(page)
			.getByRole('row', { name: new RegExp(displayName(last)) })
			.getByRole('link')
	).toBeVisible();
});

test('search ignores case and accents, and finds phones typed nationally', async ({ page }) => {
	await openSeededBook(page);
	const umlaut = book.find((c) => /[äöüéè]/.test(c.lastName) && c.lastName.length > 4);
	if (!umlaut) throw new Error('the generated book has no accented last name');
	const query = foldText(umlaut.lastName).slice(0, 5);
	const search = page.getByRole('searchbox', { name: 'Search contacts' });
	await search.fill(query.toUpperCase());
	await expect(page.getByRole('status').filter({ hasText: 'Matches:' })).not.toHaveText(
		`Matches: ${format(book.length)}`
	);
	const links = table(page).getByRole('link');
	await expect(links.first()).toBeVisible();
	const matches = (c: Contact) =>
		foldText([c.firstName, c.lastName, c.alias, c.organization].join(' ')).includes(query) ||
		c.emails.some((e) => foldText(e.value).includes(query));
	for (const text of await links.allInnerTexts()) {
		// names repeat in a big book: some contact of that name must match
		expect(book.some((c) => displayName(c) === text && matches(c))).toBe(true);
	}
	await expect(
		table(page)
			.getByRole('link', { name: displayName(umlaut) })
			.first()
	).toBeVisible();

	const withPhone = book.find((c) => c.phones[0]?.value.startsWith('+49'));
	if (!withPhone?.phones[0]) throw new Error('the generated book has no German phone');
	const national = '0' + withPhone.phones[0].value.slice(3);
	await search.fill(national);
	await expect(table(page).getByRole('link', { name: displayName(withPhone) })).toBeVisible();
});

test('filters combine and show how many match', async ({ page }) => {
	await openSeededBook(page);
	await page.getByText('Filters').click();
	await page.getByLabel('Calling code').fill('49');
	await page.getByLabel('Calling code').press('Enter');
	const german = book.filter((c) => c.keys.callingCode === '49');
	await expect(page.getByRole('status').filter({ hasText: 'Matches:' })).toHaveText(
		`Matches: ${format(german.length)}`
	);

	await page.getByLabel('Has an e-mail').check();
	const germanWithEmail = german.filter((c) => c.emails.length > 0);
	await expect(page.getByRole('status').filter({ hasText: 'Matches:' })).toHaveText(
		`Matches: ${format(germanWithEmail.length)}`
	);

	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Matches:' })).toHaveText(
		`Matches: ${format(book.length)}`
	);
	// the panel stays open, with the focus on its heading, and its fields are empty
	await expect(page.getByLabel('Calling code')).toHaveValue('');
	await expect(page.getByLabel('Has an e-mail')).not.toBeChecked();
	await expect(page.getByText('Filters', { exact: true })).toBeFocused();

	// dates the wrong way round match no one, and the filters say why
	await page.getByLabel('Created from').fill('2001-01-01');
	await page.getByLabel('Created until').fill('2000-01-01');
	await expect(page.getByRole('alert')).toHaveText(
		'“Created from” is after “Created until”: no contact can match.'
	);
	await expect(page.getByRole('status').filter({ hasText: 'Matches:' })).toHaveText('Matches: 0');
	await page.getByLabel('Created until').fill('2100-01-01');
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.getByRole('status').filter({ hasText: 'Matches:' })).toHaveText(
		`Matches: ${format(book.length)}`
	);
});

test('select all matching, add them to a list, and undo a bulk delete', async ({ page }) => {
	await page.goto('/lists');
	await page.getByLabel('New list name').fill('Germany');
	await page.getByRole('button', { name: 'Create list' }).click();
	await expect(page.getByRole('link', { name: 'Germany' })).toBeVisible();

	await openSeededBook(page);
	await page.getByText('Filters').click();
	await page.getByLabel('Calling code').fill('49');
	await page.getByLabel('Calling code').press('Enter');
	const german = book.filter((c) => c.keys.callingCode === '49');

	const first = table(page).getByRole('row').nth(1);
	await first.getByRole('checkbox').check();
	const bulk = page.getByRole('region', { name: 'Actions on the selection' });
	await expect(bulk).toContainText('Selected: 1');
	await bulk.getByRole('button', { name: `Select all ${german.length} matching` }).click();
	await expect(bulk).toContainText(`Selected: ${german.length}`);
	await bulk.getByLabel('Choose a list').selectOption({ label: 'Germany' });
	await bulk.getByRole('button', { name: 'Add to list' }).click();
	await expect(page.getByText(`Added to Germany: ${german.length}`)).toBeVisible();

	await page.goto('/lists');
	await expect(page.getByText(`Members: ${german.length}`)).toBeVisible();

	await page.goto('/');
	await table(page).getByRole('row').nth(1).getByRole('checkbox').check();
	await table(page).getByRole('row').nth(2).getByRole('checkbox').check();
	await page
		.getByRole('region', { name: 'Actions on the selection' })
		.getByRole('button', { name: 'Delete' })
		.click();
	await page
		.getByRole('dialog', { name: 'Delete 2 contacts?' })
		.getByRole('button', { name: 'Delete' })
		.click();
	const status = page.getByRole('status').filter({ hasText: 'Matches:' });
	await expect(status).toHaveText(`Matches: ${format(book.length - 2)}`);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(status).toHaveText(`Matches: ${format(book.length)}`);
});
