import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { contactTable, measureShape, sheetRow } from '../../../../src/lib/core/export/table';
import { customText } from '../../../../src/lib/core/export/values';
import { FIELDS, LISTS, makeBook } from './fixtures';
import { importBack } from './import-back';

const book = makeBook();

// what the export worker does with the table
function workbookBytes(): ArrayBuffer {
	const table = contactTable({
		format: 'csv',
		fields: FIELDS,
		lists: LISTS,
		shape: measureShape(book)
	});
	const sheet = XLSX.utils.aoa_to_sheet([table.header], { dense: true });
	XLSX.utils.sheet_add_aoa(
		sheet,
		book.map((contact) => sheetRow(table.row(contact))),
		{ origin: -1 }
	);
	const out = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(out, sheet, 'Contacts');
	return XLSX.write(out, { bookType: 'xlsx', type: 'array', compression: true }) as ArrayBuffer;
}

// what a reader of the workbook gets back
function workbook(): XLSX.WorkBook {
	return XLSX.read(workbookBytes(), { type: 'array', dense: true });
}

describe('xlsx export', () => {
	const book2 = workbook();
	const sheet = book2.Sheets['Contacts'];
	if (!sheet) throw new Error('no sheet');
	const rows = XLSX.utils.sheet_to_json<(string | number | boolean)[]>(sheet, {
		header: 1,
		raw: true,
		defval: ''
	});
	// a typed cell is read as the value it holds (a number cell as that number, not as locale text)
	const [header = [], ...data] = rows.map((row) =>
		row.map((cell) => (typeof cell === 'string' ? cell : customText(cell)))
	);

	it('reads back through our import as the same contacts', async () => {
		const file = new File([workbookBytes()], 'contacts.xlsx');
		expect(await importBack(file, book, FIELDS, LISTS)).toEqual(book);
	});

	it('keeps numbers and booleans typed and never writes a formula', () => {
		const cells = Object.values(sheet['!data'] ?? []).flat();
		expect(cells.some((cell) => cell?.f !== undefined)).toBe(false);
		const note = header.indexOf('Note');
		expect(data[0]?.[note]?.startsWith('=HYPERLINK(')).toBe(true);
		const rawRows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true });
		const dues = header.indexOf('Dues');
		const member = header.indexOf('Member');
		expect(rawRows[1]?.[dues]).toBe(1.234);
		expect(rawRows[2]?.[member]).toBe(false);
	});
});
