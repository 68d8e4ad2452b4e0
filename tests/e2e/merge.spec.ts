import { expect, test, type Page } from '@playwright/test';

async function addContact(
	page: Page,
	fields: { first: string; last: string; email: string; phone?: string }
) {
	await page.goto('/contacts/new');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('New contact');
	await page.getByLabel('First name', { exact: true }).fill(fields.first);
	await page.getByLabel('Last name', { exact: true }).fill(fields.last);
	await page.getByLabel('Email', { exact: true }).fill(fields.email);
	if (fields.phone) await page.getByLabel('Phone', { exact: true }).fill(fields.phone);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
}

const table = (page: Page) => page.getByRole('table', { name: 'Contacts' });

async function selectAndMerge(page: Page, names: string[]) {
	await page.goto('/');
	for (const name of names) {
		await table(page).getByRole('row', { name }).getByRole('checkbox').check();
	}
	await page
		.getByRole('region', { name: 'Actions on the selection' })
		.getByRole('button', { name: 'Merge' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Merge contacts');
}

test('merge two contacts from the list choosing a value, then unmerge both back', async ({
	page
}) => {
	await addContact(page, { first: 'Ada', last: 'Lovelace', email: 'ada@example.org' });
	await addContact(page, { first: 'Augusta', last: 'Lovelace', email: 'augusta@example.org' });
	await selectAndMerge(page, ['Ada Lovelace', 'Augusta Lovelace']);

	const firstName = page.getByRole('group', { name: 'First name' });
	await firstName.getByRole('radio', { name: /Ada/ }).first().check();
	const email = page.getByRole('group', { name: 'Primary email' });
	await email.getByRole('radio', { name: /augusta@example\.org/ }).check();
	await expect(page.getByText('Phones and emails: all kept (0 phones, 2 emails)')).toBeVisible();
	await page.getByRole('button', { name: 'Merge', exact: true }).click();

	await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ada Lovelace');
	await expect(page.getByText('Contacts merged')).toBeVisible();
	const details = page.getByRole('region', { name: 'Details' });
	// the chosen e-mail comes first, the other one is kept
	await expect(details.getByRole('link', { name: 'augusta@example.org' })).toBeVisible();
	await expect(details.getByRole('link', { name: 'ada@example.org' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(
		'Merged with Augusta Lovelace'
	);

	await page.goto('/');
	await expect(table(page).getByRole('row', { name: 'Augusta Lovelace' })).toHaveCount(0);
	await table(page).getByRole('link', { name: 'Ada Lovelace' }).click();

	const history = page.getByRole('region', { name: 'Merged from' });
	await history.getByRole('button', { name: 'Unmerge Augusta Lovelace…' }).click();
	await page
		.getByRole('dialog', { name: 'Unmerge Augusta Lovelace?' })
		.getByRole('button', { name: 'Unmerge' })
		.click();
	await expect(page.getByText('Augusta Lovelace is a contact of its own again')).toBeVisible();
	await expect(details.getByRole('link', { name: 'augusta@example.org' })).toHaveCount(0);
	await expect(details.getByRole('link', { name: 'ada@example.org' })).toBeVisible();
	await expect(history).toHaveCount(0);

	await page.goto('/');
	await expect(table(page).getByRole('row', { name: 'Augusta Lovelace' })).toBeVisible();
	await table(page).getByRole('link', { name: 'Augusta Lovelace' }).click();
	await expect(page.getByRole('link', { name: 'augusta@example.org' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'ada@example.org' })).toHaveCount(0);
});

test('merging an unsubscribed contact gives an unsubscribed result, and Undo splits them', async ({
	page
}) => {
	await addContact(page, { first: 'Grace', last: 'Hopper', email: 'grace@example.org' });
	await addContact(page, { first: 'Gracie', last: 'Hopper', email: 'gracie@example.org' });
	await page.getByRole('button', { name: 'Unsubscribe' }).click();
	await expect(page.getByText('Unsubscribed', { exact: true }).first()).toBeVisible();

	await selectAndMerge(page, ['Grace Hopper', 'Gracie Hopper']);
	await expect(
		page.getByText(
			'Subscription: one of them is unsubscribed, so the merged contact is unsubscribed.'
		)
	).toBeVisible();
	await page.getByRole('button', { name: 'Merge', exact: true }).click();
	await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
	await expect(page.getByText('Unsubscribed', { exact: true }).first()).toBeVisible();
	await expect(page.getByRole('button', { name: 'Resubscribe' })).toBeVisible();

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByText('Merge undone')).toBeVisible();
	await page.goto('/');
	await expect(table(page).getByRole('row', { name: 'Grace Hopper' })).toBeVisible();
	await expect(table(page).getByRole('row', { name: 'Gracie Hopper' })).toBeVisible();
});

test('merge from a suggestion choosing the other e-mail as primary', async ({ page }) => {
	await addContact(page, {
		first: 'Mia',
		last: 'Wong',
		email: 'mia@example.org',
		phone: '+49 1512 3456781'
	});
	await addContact(page, {
		first: 'Mia',
		last: 'Wong',
		email: 'mia.wong@example.com',
		phone: '+49 1512 3456781'
	});
	await page.goto('/duplicates');
	const card = page.getByRole('article');
	await expect(card).toContainText('Exact duplicate');
	await card.getByRole('link', { name: 'Merge…' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Merge contacts');

	// the newer contact's e-mail is the default; the person picks the other one
	const email = page.getByRole('group', { name: 'Primary email' });
	await expect(email.getByRole('radio', { name: /mia\.wong@example\.com/ })).toBeChecked();
	await email.getByRole('radio', { name: /mia@example\.org/ }).check();
	await page.getByRole('button', { name: 'Merge', exact: true }).click();

	await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
	await expect(page.getByText('Contacts merged')).toBeVisible();
	const details = page.getByRole('region', { name: 'Details' });
	await expect(details.getByRole('link', { name: /@example\./ })).toHaveText([
		'mia@example.org',
		'mia.wong@example.com'
	]);
	await expect(details.getByRole('link', { name: '+49 1512 3456781' })).toHaveCount(1);
	await page.goto('/duplicates');
	await expect(page.getByText('No duplicates to review')).toBeVisible();
});

test('a chain of three: A+B, then +C; unmerging B first, then C, restores each', async ({
	page
}) => {
	const ada = {
		first: 'Ada',
		last: 'Lovelace',
		email: 'ada@example.org',
		phone: '+49 1512 3456781'
	};
	const king = { first: 'Ada', last: 'King', email: 'king@example.org', phone: '+49 1512 3456782' };
	const byron = {
		first: 'Ada',
		last: 'Byron',
		email: 'byron@example.org',
		phone: '+49 1512 3456783'
	};
	const people = [ada, king, byron];
	for (const person of people) await addContact(page, person);
	const details = page.getByRole('region', { name: 'Details' });
	const shows = async (own: (typeof people)[number]) => {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${own.first} ${own.last}`);
		for (const person of people) {
			const count = person === own ? 1 : 0;
			await expect(details.getByRole('link', { name: person.email })).toHaveCount(count);
			await expect(details.getByRole('link', { name: person.phone })).toHaveCount(count);
		}
	};
	const keepLovelace = async () => {
		await page
			.getByRole('group', { name: 'Last name' })
			.getByRole('radio', { name: /Lovelace/ })
			.check();
		await page.getByRole('button', { name: 'Merge', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ada Lovelace');
	};

	await selectAndMerge(page, ['Ada Lovelace', 'Ada King']);
	await keepLovelace();
	await selectAndMerge(page, ['Ada Lovelace', 'Ada Byron']);
	await keepLovelace();
	for (const person of people) {
		await expect(details.getByRole('link', { name: person.email })).toBeVisible();
		await expect(details.getByRole('link', { name: person.phone })).toBeVisible();
	}

	const history = page.getByRole('region', { name: 'Merged from' });
	const unmerge = async (name: string) => {
		await history.getByRole('button', { name: `Unmerge ${name}…` }).click();
		await page
			.getByRole('dialog', { name: `Unmerge ${name}?` })
			.getByRole('button', { name: 'Unmerge' })
			.click();
		await expect(page.getByText(`${name} is a contact of its own again`)).toBeVisible();
	};
	const open = async (name: string) => {
		await page.goto('/');
		await table(page).getByRole('link', { name }).click();
	};

	// B, the first merge of the chain, goes first
	await unmerge('Ada King');
	await expect(details.getByRole('link', { name: 'king@example.org' })).toHaveCount(0);
	await expect(details.getByRole('link', { name: 'byron@example.org' })).toBeVisible();
	await expect(details.getByRole('link', { name: '+49 1512 3456783' })).toBeVisible();
	await open('Ada King');
	await shows(king);

	await open('Ada Lovelace');
	await unmerge('Ada Byron');
	await expect(history).toHaveCount(0);
	await shows(ada);
	await open('Ada Byron');
	await shows(byron);
});

test('the merge screen explains a link it cannot use', async ({ page }) => {
	await page.goto('/merge?ids=nobody,nothing');
	await expect(page.getByText('These contacts cannot be merged')).toBeVisible();
});
