import { expect, test } from '@playwright/test';

test('a contact edited in two tabs: the second save notices the newer version and asks', async ({
	context
}) => {
	const first = await context.newPage();
	await first.goto('/contacts/new');
	await first.getByLabel('First name', { exact: true }).fill('Lea');
	await first.getByLabel('Email', { exact: true }).fill('lea@example.de');
	await first.getByRole('button', { name: 'Save' }).click();
	await expect(first).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
	const editUrl = first.url() + '/edit';

	const second = await context.newPage();
	await first.goto(editUrl);
	await second.goto(editUrl);
	await expect(second.getByLabel('First name', { exact: true })).toHaveValue('Lea');

	await first.getByLabel('City', { exact: true }).fill('Leipzig');
	await first.getByRole('button', { name: 'Save' }).click();
	await expect(first.getByRole('heading', { level: 1 })).toHaveText('Lea');

	await second.getByLabel('City', { exact: true }).fill('Dresden');
	await second.getByRole('button', { name: 'Save' }).click();
	const conflict = second.getByRole('alert').filter({ hasText: 'changed elsewhere' });
	await expect(conflict).toBeVisible();
	// nothing was written: the first tab's save stands until the user decides
	await first.reload();
	await expect(first.getByRole('region', { name: 'Details' })).toContainText('Leipzig');

	await conflict.getByRole('button', { name: 'Load the newer version' }).click();
	await expect(second.getByLabel('City', { exact: true })).toHaveValue('Leipzig');
	await second.getByLabel('City', { exact: true }).fill('Dresden');
	await second.getByRole('button', { name: 'Save' }).click();
	await expect(second.getByRole('region', { name: 'Details' })).toContainText('Dresden');
});
