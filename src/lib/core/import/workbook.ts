// xlsx, xls and ods through SheetJS. SheetJS cannot stream: the whole file is read and the whole
// workbook parsed, so it is loaded with a dynamic import (it never lands in the page's bundle),
// a sheet too big for it is refused from the zip's table of contents before anything is inflated
// (DESIGN §7), and the workbook a sniff parsed is kept for the readRows that follows.

import type { CellObject, WorkBook, WorkSheet } from 'xlsx';
import { excerpt } from '../text';
import { extensionOf } from './file-bytes';
import { isBlankRow, type RecordChunk } from './rows';
import { FileReadError, type ReadOptions } from './types';
import { type CompoundFileApi, withoutDamagedProperties } from './xls-properties';
import { readZipDirectory } from './zip-directory';

/**
 * the longest string V8 can make (2^29 − 24 characters). SheetJS turns each sheet's xml (and the
 * shared strings) into one string, one character per byte at most, so a bigger part cannot be read.
 */
export const MAX_SHEET_XML_BYTES = 536_870_888;

type Xlsx = typeof import('xlsx');
let xlsx: Promise<Xlsx> | undefined;

function loadXlsx(): Promise<Xlsx> {
	return (xlsx ??= import('xlsx'));
}

// parts that SheetJS holds as one string each
const BIG_PARTS = /^(xl\/worksheets\/[^/]+\.(xml|bin)|xl\/sharedStrings\.(xml|bin)|content\.xml)$/i;
const WORKBOOK_PARTS = /^(xl\/workbook\.(xml|bin)|content\.xml)$/i;
const WORKBOOK_EXTENSIONS = new Set(['xlsx', 'xlsm', 'xlsb', 'ods']);

/** refuses a zip that is damaged, encrypted, not a workbook, or holds a sheet too big to read */
async function checkZip(file: Blob & { name?: string }, maxSheetBytes: number): Promise<void> {
	const entries = await readZipDirectory(file);
	if (entries === null) throw new FileReadError('file.corrupt', 'zip directory missing');
	if (entries.some((entry) => entry.encrypted)) throw new FileReadError('file.encrypted');
	if (!entries.some((entry) => WORKBOOK_PARTS.test(entry.name))) {
		const extension = extensionOf(file.name);
		throw WORKBOOK_EXTENSIONS.has(extension)
			? new FileReadError('file.corrupt', 'no workbook inside')
			: new FileReadError('file.unknown_format', extension);
	}
	for (const entry of entries) {
		if (BIG_PARTS.test(entry.name) && entry.size > maxSheetBytes) {
			const megabytes = Number.isFinite(entry.size) ? Math.round(entry.size / 1e6) : '4000+';
			throw new FileReadError('file.too_big', `${entry.name}: ${megabytes} MB`);
		}
	}
}

function workbookError(error: unknown): FileReadError {
	if (error instanceof FileReadError) return error;
	const message = error instanceof Error ? error.message : String(error);
	if (/password|encrypt/i.test(message)) return new FileReadError('file.encrypted');
	if (error instanceof RangeError) return new FileReadError('file.too_big', excerpt(message, 120));
	return new FileReadError('file.corrupt', excerpt(message, 120));
}

const cache = new WeakMap<Blob, WorkBook>();

async function parseWorkbook(
	file: Blob & { name?: string },
	options: ReadOptions
): Promise<WorkBook> {
	const cached = cache.get(file);
	if (cached) return cached;
	const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
	const isZip = head[0] === 0x50 && head[1] === 0x4b;
	const isCompoundFile =
		head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
	if (isZip) await checkZip(file, options.maxSheetBytes ?? MAX_SHEET_XML_BYTES);
	const XLSX = await loadXlsx();
	let workbook: WorkBook;
	try {
		let data: Uint8Array = new Uint8Array(await file.arrayBuffer());
		if (isCompoundFile) data = withoutDamagedProperties(XLSX.CFB as CompoundFileApi, data);
		workbook = XLSX.read(data, {
			type: 'array',
			dense: true,
			// the number format tells a number typed as digits from one shown in scientific notation
			cellNF: true,
			cellText: true,
			cellHTML: false,
			cellFormula: false,
			cellStyles: false,
			// excel shows its default short date in the reader's locale; ISO is what no one misreads
			dateNF: 'yyyy-mm-dd'
		});
	} catch (error) {
		throw workbookError(error);
	}
	if (workbook.SheetNames.length === 0) throw new FileReadError('file.no_sheets');
	cache.set(file, workbook);
	return workbook;
}

// an integer shown in excel's General format with more than 11 digits is displayed as, e.g.,
// 4.91511E+11. typed in, the value keeps every digit and we give the digits; but a value that is
// exactly its own 6-digit rounding came from such a display (a csv saved by excel, opened again)
// and has lost the rest, so it keeps the notation and the mapping can say so.
const GENERAL_DIGITS = 11;
const SCIENTIFIC_DIGITS = 6;

function numberText(cell: CellObject, value: number, date1904: boolean): string {
	const general = cell.z === undefined || cell.z === 'General' || cell.z === 0;
	if (general && Number.isSafeInteger(value)) {
		const display = Math.abs(value) >= 10 ** GENERAL_DIGITS;
		const rounded = value === Number(value.toPrecision(SCIENTIFIC_DIGITS));
		if (display && rounded && cell.w) return cell.w;
		return String(value);
	}
	const text = cell.w ?? unformatted(cell, value, date1904);
	return AMBIGUOUS_NUMBER.test(text) ? unambiguous(value) : text;
}

// `1.234` or `1,234` is refused as ambiguous by the number reading of custom fields (a thousand in
// german, one and a bit in english). a number cell knows its value, so it says it unmistakably:
// `1234`, or `1.2340` for one and a bit (a trailing zero changes no number, and carnet's own export
// writes numbers so too)
const AMBIGUOUS_NUMBER = /^-?[1-9]\d{0,2}[.,]\d{3}$/;

function unambiguous(value: number): string {
	const text = String(value);
	return AMBIGUOUS_NUMBER.test(text) ? `${text}0` : text;
}

const DAY_MS = 86_400_000;
// day 0 of excel's 1900 date system (its phantom 29 february 1900 shifts the earlier days by one)
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
// the 1904 date system of old mac workbooks starts 1,462 days later
const DAYS_1900_TO_1904 = 1462;

/** a date format: day or year codes outside quoted text and [brackets] */
function isDateFormat(format: string): boolean {
	return /[dy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
}

// SheetJS cannot format some formats (it reads the '.' of 'dd.mm.yyyy', the german date, as a
// decimal point) and leaves no text: a date then comes out as ISO, which no one misreads
function unformatted(cell: CellObject, value: number, date1904: boolean): string {
	if (typeof cell.z === 'string' && isDateFormat(cell.z)) {
		const days = value + (date1904 ? DAYS_1900_TO_1904 : 0);
		const date = new Date(EXCEL_EPOCH_MS + Math.floor(days) * DAY_MS);
		if (!Number.isNaN(date.getTime())) return date.toISOString().slice(0, 10);
	}
	return String(value);
}

/**
 * the text of a cell as the user meant it. strings as they are; numbers as their digits when they
 * are whole and in the General format (a phone stored as a number, which excel may show as
 * 4.91511E+12 in a narrow column, keeps all its digits); otherwise the text excel shows (cell.w),
 * so a number format that pads a postal code ('01234'), a date ('31.12.1980'), a percentage or a
 * scientific format stays what the user sees. formulas give their last computed value.
 */
export function cellText(cell: CellObject | undefined, date1904 = false): string {
	if (!cell) return '';
	const value = cell.v;
	if (cell.t === 's') return typeof value === 'string' ? value : (cell.w ?? '');
	if (cell.t === 'n' && typeof value === 'number') return numberText(cell, value, date1904);
	if (cell.w !== undefined) return cell.w;
	if (value === undefined || value === null) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	return String(value);
}

interface SheetGrid {
	/** rows by absolute index, as SheetJS keeps them in dense mode */
	data: (CellObject[] | undefined)[];
	firstRow: number;
	lastRow: number;
	firstColumn: number;
	/** one past the last column that holds anything */
	endColumn: number;
	/** the workbook counts dates from 1904 (old mac excel) */
	date1904: boolean;
}

function sheetGrid(XLSX: Xlsx, sheet: WorkSheet | undefined, date1904: boolean): SheetGrid | null {
	const ref = sheet?.['!ref'];
	const data = sheet?.['!data'];
	if (!sheet || !ref || !data) return null;
	const range = XLSX.utils.decode_range(ref);
	let endColumn = range.s.c;
	const lastRow = Math.min(range.e.r, data.length - 1);
	for (let r = range.s.r; r <= lastRow; r++) {
		const cells = data[r];
		if (!cells) continue;
		for (let c = Math.min(cells.length - 1, range.e.c); c >= endColumn; c--) {
			if (cellText(cells[c]).trim() !== '') {
				endColumn = c + 1;
				break;
			}
		}
	}
	if (endColumn === range.s.c) return null;
	return { data, firstRow: range.s.r, lastRow, firstColumn: range.s.c, endColumn, date1904 };
}

function rowTexts(grid: SheetGrid, r: number): string[] {
	const cells = grid.data[r];
	const row = new Array<string>(grid.endColumn - grid.firstColumn);
	for (let c = grid.firstColumn; c < grid.endColumn; c++)
		row[c - grid.firstColumn] = cellText(cells?.[c], grid.date1904);
	return row;
}

export interface OpenedSheet {
	sheets: string[];
	sheet: string;
	/** null when the sheet holds nothing */
	grid: SheetGrid | null;
	/** the header's row index and cells, null when the sheet holds nothing */
	header: { index: number; cells: string[] } | null;
}

/**
 * the sheet to read: options.sheet, else the first that holds anything. throws 'file.empty' when
 * no sheet holds anything, 'file.sheet_not_found' for an unknown options.sheet.
 */
export async function openSheet(
	file: Blob & { name?: string },
	options: ReadOptions
): Promise<OpenedSheet> {
	const workbook = await parseWorkbook(file, options);
	const XLSX = await loadXlsx();
	const sheets = [...workbook.SheetNames];
	const grids = new Map<string, SheetGrid | null>();
	const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
	const gridOf = (name: string) => {
		if (!grids.has(name)) grids.set(name, sheetGrid(XLSX, workbook.Sheets[name], date1904));
		return grids.get(name) ?? null;
	};
	let sheet = options.sheet;
	if (sheet !== undefined && sheet !== '') {
		if (!sheets.includes(sheet)) throw new FileReadError('file.sheet_not_found', sheet);
	} else {
		sheet = sheets.find((name) => gridOf(name) !== null);
		if (sheet === undefined) throw new FileReadError('file.empty');
	}
	const grid = gridOf(sheet);
	let header: OpenedSheet['header'] = null;
	if (grid) {
		for (let r = grid.firstRow; r <= grid.lastRow && header === null; r++) {
			const cells = rowTexts(grid, r);
			if (!isBlankRow(cells)) header = { index: r, cells };
		}
	}
	return { sheets, sheet, grid, header };
}

/** the data rows after the header, a thousand at a time; row numbers are excel's (1-based) */
export function* sheetRecords(opened: OpenedSheet, totalBytes: number): Generator<RecordChunk> {
	const { grid, header } = opened;
	if (!grid || !header) return;
	const first = header.index + 1;
	const rows = grid.lastRow - first + 1;
	for (let start = first; start <= grid.lastRow; start += 1000) {
		const end = Math.min(grid.lastRow + 1, start + 1000);
		const records: string[][] = [];
		for (let r = start; r < end; r++) records.push(rowTexts(grid, r));
		yield {
			records,
			firstNumber: start + 1,
			bytesDone: Math.round((totalBytes * (end - first)) / Math.max(1, rows)),
			final: end > grid.lastRow
		};
	}
}

/** forgets the workbook a sniff parsed, once its rows are read */
export function releaseWorkbook(file: Blob): void {
	cache.delete(file);
}
