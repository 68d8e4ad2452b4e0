// what every reader shares once a file is records: the first record that holds anything is the
// header, blank rows are dropped (their numbers stay counted), a resume skips rows already done,
// and the rest comes out in batches.

import { FileReadError, type RowBatch } from './types';

export const DEFAULT_BATCH_SIZE = 1000;

/** records in file order, as a reader produces them */
export interface RecordChunk {
	records: string[][];
	/** the row number the user sees of records[0]; the rest follow one by one */
	firstNumber: number;
	/** how far into the file these records reach, in bytes (an estimate for decoded text) */
	bytesDone: number;
	/** true on the last chunk of the file */
	final: boolean;
}

/** true when no cell holds anything but white space */
export function isBlankRow(row: readonly string[]): boolean {
	for (const cell of row) {
		if (cell.length === 0) continue;
		const code = cell.charCodeAt(0);
		// most cells start with a visible ascii character: no need to trim them
		if ((code > 0x20 && code < 0x7f) || cell.trim() !== '') return false;
	}
	return true;
}

/** the row number the user sees of batch.rows[index] */
export function rowNumberAt(batch: RowBatch, index: number): number {
	return batch.rowNumbers?.[index] ?? batch.firstRow + index;
}

export interface BatchOptions {
	/** the column names, or null when the first non-blank record is the header */
	header: string[] | null;
	batchSize: number;
	skipRows: number;
	totalBytes: number;
}

export function batchSizeOf(value: number | undefined): number {
	return value !== undefined && Number.isFinite(value) && value >= 1
		? Math.floor(value)
		: DEFAULT_BATCH_SIZE;
}

export function skipRowsOf(value: number | undefined): number {
	return value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/**
 * batches of data rows. throws FileReadError 'file.empty' when the header is to be found and no
 * record holds anything.
 */
export async function* batchRows(
	chunks: AsyncIterable<RecordChunk> | Iterable<RecordChunk>,
	options: BatchOptions
): AsyncGenerator<RowBatch> {
	let header = options.header;
	let toSkip = options.skipRows;
	let rows: string[][] = [];
	let numbers: number[] = [];
	let consecutive = true;
	let bytesDone = 0;

	const batch = (bytesRead: number): RowBatch => {
		const out: RowBatch = {
			header: header ?? [],
			rows,
			firstRow: numbers[0] ?? 0,
			bytesRead: Math.min(bytesRead, options.totalBytes),
			totalBytes: options.totalBytes
		};
		if (!consecutive) out.rowNumbers = numbers;
		rows = [];
		numbers = [];
		consecutive = true;
		return out;
	};

	for await (const chunk of chunks) {
		const { records, firstNumber } = chunk;
		const bytesBefore = bytesDone;
		const bytesAfter = Math.max(bytesDone, chunk.bytesDone);
		// progress inside a chunk, by the share of its records already batched
		const bytesAt = (i: number) =>
			Math.round(bytesBefore + ((bytesAfter - bytesBefore) * (i + 1)) / records.length);
		bytesDone = bytesAfter;
		for (let i = 0; i < records.length; i++) {
			const record = records[i];
			if (record === undefined || isBlankRow(record)) continue;
			if (header === null) {
				header = record;
				continue;
			}
			if (toSkip > 0) {
				toSkip--;
				continue;
			}
			const number = firstNumber + i;
			const previous = numbers[numbers.length - 1];
			if (previous !== undefined && number !== previous + 1) consecutive = false;
			rows.push(record);
			numbers.push(number);
			if (rows.length >= options.batchSize) {
				const last = chunk.final && i === records.length - 1;
				yield batch(last ? options.totalBytes : bytesAt(i));
			}
		}
	}
	if (header === null) throw new FileReadError('file.empty');
	if (rows.length > 0) yield batch(options.totalBytes);
}
