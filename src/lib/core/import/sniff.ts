// what a file is, shown to the user before the mapping step: format, encoding, delimiter, sheets,
// the header, the first rows and about how many rows follow.

import { detectCsvDialect, SAMPLE_ROWS, sniffCsv } from './csv';
import { DEFAULT_CHUNK_BYTES } from './file-bytes';
import { openFile } from './open-file';
import { isBlankRow } from './rows';
import type { FileInfo, ReadOptions } from './types';
import { scanVcard, vcardHeader, vcardRow } from './vcard';
import { openSheet, sheetRecords } from './workbook';

/**
 * sniffs a file. throws FileReadError for a file that cannot be read at all ('file.empty',
 * 'file.binary', 'file.corrupt', 'file.encrypted', 'file.too_big', …); a header-only file is fine
 * (estimatedRows 0).
 */
export async function sniffFile(
	file: Blob & { name?: string },
	options: ReadOptions = {}
): Promise<FileInfo> {
	const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
	const opened = await openFile(file, options);

	if (opened.format === 'csv') {
		const dialect = await detectCsvDialect(
			file,
			opened.encoding,
			opened.bomLength,
			options.delimiter
		);
		const sniffed = await sniffCsv(file, dialect, chunkBytes);
		return {
			format: 'csv',
			encoding: sniffed.encoding,
			delimiter: dialect.delimiter,
			sheets: [],
			sheet: '',
			header: sniffed.header,
			sample: sniffed.sample,
			estimatedRows: sniffed.estimatedRows,
			exactRows: sniffed.exactRows
		};
	}

	if (opened.format === 'vcard') {
		const scan = await scanVcard(file, opened.encoding, opened.bomLength, chunkBytes, SAMPLE_ROWS);
		return {
			format: 'vcard',
			encoding: scan.encoding,
			delimiter: '',
			sheets: [],
			sheet: '',
			header: vcardHeader(scan.phones, scan.emails, scan.extras),
			sample: scan.sample.map((contact) =>
				vcardRow(contact, scan.phones, scan.emails, scan.extras)
			),
			estimatedRows: scan.rows,
			exactRows: true
		};
	}

	const sheet = await openSheet(file, options);
	const sample: string[][] = [];
	let rows = 0;
	for (const chunk of sheetRecords(sheet, file.size)) {
		for (const record of chunk.records) {
			if (isBlankRow(record)) continue;
			rows++;
			if (sample.length < SAMPLE_ROWS) sample.push(record);
		}
	}
	return {
		format: opened.format,
		encoding: '',
		delimiter: '',
		sheets: sheet.sheets,
		sheet: sheet.sheet,
		header: sheet.header?.cells ?? [],
		sample,
		estimatedRows: rows,
		exactRows: true
	};
}
