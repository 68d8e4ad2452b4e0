// the data rows of a file in batches, for the import worker: text is streamed slice by slice, a
// workbook is parsed whole (SheetJS cannot stream) and then handed out a batch at a time.

import { createDecoder } from './decode';
import { csvRecords, detectCsvDialect } from './csv';
import { DEFAULT_CHUNK_BYTES } from './file-bytes';
import { openFile } from './open-file';
import { batchRows, batchSizeOf, skipRowsOf } from './rows';
import type { ReadOptions, RowBatch } from './types';
import { scanVcard, vcardHeader, vcardRecords } from './vcard';
import { openSheet, releaseWorkbook, sheetRecords } from './workbook';

/**
 * the data rows of a file after its header, in batches of options.batchSize (default 1,000). rows
 * of only empty cells are left out, with the row numbers of the others kept as the user sees them.
 * throws FileReadError (from the first iteration) for a file that cannot be read at all.
 */
export async function* readRows(
	file: Blob & { name?: string },
	options: ReadOptions = {}
): AsyncGenerator<RowBatch> {
	const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
	const batching = {
		batchSize: batchSizeOf(options.batchSize),
		skipRows: skipRowsOf(options.skipRows),
		totalBytes: file.size
	};
	const opened = await openFile(file, options);

	if (opened.format === 'csv') {
		const dialect = await detectCsvDialect(
			file,
			opened.encoding,
			opened.bomLength,
			options.delimiter
		);
		const records = csvRecords(file, dialect, createDecoder(dialect.encoding), chunkBytes);
		yield* batchRows(records, { ...batching, header: null });
		return;
	}

	if (opened.format === 'vcard') {
		const { encoding, bomLength } = opened;
		const scan = await scanVcard(file, encoding, bomLength, chunkBytes, 0);
		const records = vcardRecords(file, encoding, bomLength, chunkBytes, scan);
		yield* batchRows(records, {
			...batching,
			header: vcardHeader(scan.phones, scan.emails, scan.extras)
		});
		return;
	}

	const sheet = await openSheet(file, options);
	// the parsed workbook was kept for this read; from here on this generator holds it
	releaseWorkbook(file);
	if (!sheet.header) return;
	yield* batchRows(sheetRecords(sheet, file.size), { ...batching, header: sheet.header.cells });
}
