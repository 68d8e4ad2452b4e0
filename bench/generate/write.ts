// node-only: writes generated rows to disk. csv and vcard stream in chunks and wait for the disk
// (back-pressure), so a file of any size needs only a chunk of memory; xlsx cannot stream (see
// writeXlsx).

import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';
import iconv from 'iconv-lite';
import * as XLSX from 'xlsx';
import { COLUMNS, type GeneratedRow } from './columns';
import { EXCEL_SEMICOLON, UTF8_COMMA, csvHeader, csvLine, type CsvDialect } from './csv';
import { generatePeople, type GenerateOptions } from './people';
import { TRUTH_HEADER, truthLine, type TruthEntry } from './truth';
import { rowToVcard } from './vcard';

export const OUTPUT_FORMATS = ['csv', 'csv-1252', 'xlsx', 'vcard'] as const;

export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** an xlsx sheet holds 1,048,576 rows; one is the header */
export const XLSX_MAX_ROWS = 1_048_575;

export interface WriteResult {
	path: string;
	rows: number;
	bytes: number;
}

const CHUNK_CHARS = 1 << 16;

// a character outside the basic plane is one character to excel, which writes one '?' for it;
// iconv-lite would write one per utf-16 half
const ASTRAL = /[\u{10000}-\u{10ffff}]/gu;

type Encode = (text: string) => Buffer;

const ENCODERS: Record<'utf8' | 'windows-1252', Encode> = {
	utf8: (text) => Buffer.from(text, 'utf8'),
	'windows-1252': (text) => iconv.encode(text.replace(ASTRAL, '?'), 'win1252')
};

/** a text file written in chunks; `write` returns a promise only when the disk is behind */
class ChunkedFile {
	private readonly stream: WriteStream;
	private parts: string[] = [];
	private chars = 0;
	bytes = 0;

	constructor(
		readonly path: string,
		private readonly encode: Encode
	) {
		this.stream = createWriteStream(path);
		// errors surface through `once(…, 'drain')` and `finished`; this keeps them from being unhandled
		this.stream.on('error', () => {});
	}

	write(text: string): Promise<void> | undefined {
		this.parts.push(text);
		this.chars += text.length;
		return this.chars >= CHUNK_CHARS ? this.flush() : undefined;
	}

	async flush(): Promise<void> {
		if (this.parts.length === 0) return;
		const buffer = this.encode(this.parts.join(''));
		this.parts = [];
		this.chars = 0;
		this.bytes += buffer.length;
		if (!this.stream.write(buffer)) await once(this.stream, 'drain');
	}

	async close(): Promise<void> {
		await this.flush();
		this.stream.end();
		await finished(this.stream);
	}

	destroy(): void {
		this.stream.destroy();
	}
}

async function ensureDirectory(path: string): Promise<void> {
	await mkdir(dirname(path), { recursive: true });
}

/** writes `row,personId,original,changes` for each row */
export async function writeTruth(rows: Iterable<TruthEntry>, path: string): Promise<WriteResult> {
	await ensureDirectory(path);
	const file = new ChunkedFile(path, ENCODERS.utf8);
	let count = 0;
	try {
		file.write(TRUTH_HEADER);
		for (const entry of rows) {
			count++;
			const pending = file.write(truthLine(entry));
			if (pending) await pending;
		}
		await file.close();
	} catch (error) {
		file.destroy();
		throw error;
	}
	return { path, rows: count, bytes: file.bytes };
}

interface TextFormat {
	encoding: keyof typeof ENCODERS;
	header: string;
	row: (row: GeneratedRow) => string;
}

const csvFormat = (dialect: CsvDialect, encoding: TextFormat['encoding']): TextFormat => ({
	encoding,
	header: csvHeader(dialect),
	row: (row) => csvLine(row.values, dialect)
});

const TEXT_FORMATS: Record<Exclude<OutputFormat, 'xlsx'>, TextFormat> = {
	csv: csvFormat(UTF8_COMMA, 'utf8'),
	// german excel: semicolons, CRLF, windows-1252, no byte order mark
	'csv-1252': csvFormat(EXCEL_SEMICOLON, 'windows-1252'),
	vcard: { encoding: 'utf8', header: '', row: (row) => rowToVcard(row.values) }
};

export interface WriteRowsOptions {
	/** also write the truth file here, in the same pass over the rows */
	truthPath?: string;
}

export interface WriteRowsResult {
	data: WriteResult;
	truth?: WriteResult;
}

/** writes rows in one of the output formats, and the truth beside them if asked */
export async function writeRows(
	rows: Iterable<GeneratedRow>,
	path: string,
	format: OutputFormat,
	options: WriteRowsOptions = {}
): Promise<WriteRowsResult> {
	await ensureDirectory(path);
	if (options.truthPath) await ensureDirectory(options.truthPath);
	const truth = options.truthPath ? new ChunkedFile(options.truthPath, ENCODERS.utf8) : undefined;
	truth?.write(TRUTH_HEADER);
	try {
		const data =
			format === 'xlsx'
				? await writeXlsxRows(rows, path, truth)
				: await writeTextRows(rows, path, TEXT_FORMATS[format], truth);
		if (!truth) return { data };
		await truth.close();
		return { data, truth: { path: truth.path, rows: data.rows, bytes: truth.bytes } };
	} catch (error) {
		truth?.destroy();
		throw error;
	}
}

async function writeTextRows(
	rows: Iterable<GeneratedRow>,
	path: string,
	format: TextFormat,
	truth: ChunkedFile | undefined
): Promise<WriteResult> {
	const file = new ChunkedFile(path, ENCODERS[format.encoding]);
	let count = 0;
	try {
		if (format.header) file.write(format.header);
		for (const row of rows) {
			count++;
			const pending = file.write(format.row(row));
			if (pending) await pending;
			const truthPending = truth?.write(truthLine(row));
			if (truthPending) await truthPending;
		}
		await file.close();
	} catch (error) {
		file.destroy();
		throw error;
	}
	return { path, rows: count, bytes: file.bytes };
}

// sheetjs builds the whole workbook in memory and cannot stream a write (its stream writers
// produce csv/html only), so xlsx is limited by memory as well as by excel's row limit: measured
// ~6 kB per row (100 k rows: 625 MB resident, 24 MB file), so 1 M rows need
// NODE_OPTIONS=--max-old-space-size=8192 or more. its sheet xml (~570 chars per row) passes the
// ~536 M characters sheetjs can read back at about 940 k rows, which makes a 1 M-row file the
// case for the app's "too big, use csv" message rather than a readable import.
async function writeXlsxRows(
	rows: Iterable<GeneratedRow>,
	path: string,
	truth: ChunkedFile | undefined
): Promise<WriteResult> {
	const sheet: string[][] = [[...COLUMNS]];
	for (const row of rows) {
		if (sheet.length > XLSX_MAX_ROWS) {
			throw new RangeError(
				`xlsx holds at most ${XLSX_MAX_ROWS.toLocaleString('en')} data rows (1,048,576 with the header); write csv for more`
			);
		}
		sheet.push(COLUMNS.map((column) => row.values[column]));
		const pending = truth?.write(truthLine(row));
		if (pending) await pending;
	}
	const workbook = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(
		workbook,
		XLSX.utils.aoa_to_sheet(sheet, { dense: true }),
		'Contacts'
	);
	const buffer = XLSX.write(workbook, {
		type: 'buffer',
		bookType: 'xlsx',
		compression: true,
		// excel itself keeps text in the shared string table; readers must handle it
		bookSST: true
	}) as Buffer;
	await writeFile(path, buffer);
	return { path, rows: sheet.length - 1, bytes: buffer.length };
}

export interface DatasetOptions extends GenerateOptions {
	format: OutputFormat;
	/** the data file; the truth goes to `<out>.truth.csv` */
	out: string;
}

export interface DatasetResult {
	data: WriteResult;
	truth: WriteResult;
	/** wall time of generating and writing both files */
	milliseconds: number;
}

/** generates people and writes them with their truth file, in one pass */
export async function writeDataset(options: DatasetOptions): Promise<DatasetResult> {
	if (options.format === 'xlsx' && options.count > XLSX_MAX_ROWS) {
		throw new RangeError(
			`xlsx holds at most ${XLSX_MAX_ROWS.toLocaleString('en')} data rows (1,048,576 with the header), asked for ${options.count.toLocaleString('en')}; write csv for more`
		);
	}
	const started = performance.now();
	const truthPath = `${options.out}.truth.csv`;
	const { data, truth } = await writeRows(generatePeople(options), options.out, options.format, {
		truthPath
	});
	if (!truth) throw new Error('truth file was not written');
	return { data, truth, milliseconds: performance.now() - started };
}
