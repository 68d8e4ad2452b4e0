import { expect, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import {
	COLUMNS,
	UTF8_COMMA,
	csvHeader,
	csvLine,
	generatePeople
} from '../../bench/generate/index';

export interface FilePayload {
	name: string;
	mimeType: string;
	buffer: Buffer;
}

export function csvFile(name: string, lines: string[]): FilePayload {
	return { name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n') + '\n', 'utf8') };
}

/** phones without a prefix are read as German ones, whatever the browser's locale says */
export async function setGermany(page: Page): Promise<void> {
	await page.goto('/settings');
	await page.getByLabel('Search countries').fill('Germany');
	await page.getByRole('listbox', { name: 'Default country for phone numbers' }).selectOption('DE');
	await expect(page.getByText('Current: Germany (+49)')).toBeVisible();
}

/** opens the import page and picks the file with "Browse" */
export async function chooseFile(page: Page, file: FilePayload | string): Promise<void> {
	await page.goto('/import');
	await page.getByLabel('Choose a file to import').setInputFiles(file);
}

/** the select of a column on the mapping step, by the column's header */
export function columnSelect(page: Page, header: string) {
	return page
		.getByRole('region', { name: 'Where each column goes' })
		.getByRole('combobox', { name: header, exact: true });
}

/** from the mapping step through the options to the results page */
export async function startImport(page: Page, fileName: string): Promise<void> {
	await page.getByRole('button', { name: 'Next: options' }).click();
	await page.getByRole('button', { name: `Import ${fileName}` }).click();
	await expect(page).toHaveURL(/\/imports\/[0-9a-f-]{36}$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Import of ${fileName}`);
}

/** the figure under a label of the results (e.g. 'Created') */
export function count(page: Page, label: string) {
	return page
		.getByRole('region', { name: 'Results' })
		.getByText(label, { exact: true })
		.locator('xpath=following-sibling::dd[1]');
}

/** waits for the import to end well; a big one may take a while on a busy machine */
export async function expectFinished(page: Page, timeout?: number): Promise<void> {
	await expect(page.getByRole('status').filter({ hasText: 'Finished on' })).toBeVisible(
		timeout === undefined ? {} : { timeout }
	);
}

/**
 * a generated csv of `rows` people on disk: big enough that an import of it is still running when
 * the test acts, and a real file, so that picking it again is the same file (name, size, date)
 */
export function writeGeneratedCsv(path: string, rows: number, seed = 11): void {
	let text = csvHeader(UTF8_COMMA);
	for (const person of generatePeople({ seed, count: rows })) {
		text += csvLine(person.values, UTF8_COMMA);
	}
	writeFileSync(path, text, 'utf8');
}

export const GENERATED_COLUMNS = COLUMNS;
