// delimited text (csv, tsv, txt) read as a stream: slices of the file are decoded one after the
// other and handed to papaparse's parser with the unfinished last record carried over to the next
// slice, so a quoted field may hold line breaks, delimiters and quotes across any slice boundary,
// and the file is never held in memory whole.

import Papa from 'papaparse';
import { createDecoder, type ChunkDecoder } from './decode';
import { detectDelimiter, detectNewline, separatorLine, type Newline } from './csv-dialect';
import { byteChunks, readSlice } from './file-bytes';
import { isBlankRow, type RecordChunk } from './rows';
import { FileReadError } from './types';

export interface CsvDialect {
	/** the encoding label to decode with */
	encoding: string;
	bomLength: number;
	delimiter: string;
	newline: Newline;
	/** the file starts with excel's 'sep=;' line, which is not a row */
	separatorLine: boolean;
}

const FIRST_SAMPLE_BYTES = 64 * 1024;
// a first record longer than this (a huge cell) leaves the line break to its default
const MAX_SAMPLE_BYTES = 16 * 1024 * 1024;

/** decodes the start of the file, growing the sample until it holds a line break or the whole file */
async function sampleText(
	file: Blob,
	encoding: string,
	bomLength: number
): Promise<{ text: string; complete: boolean }> {
	for (let size = FIRST_SAMPLE_BYTES; ; size *= 2) {
		const end = Math.min(file.size, bomLength + size);
		const complete = end >= file.size;
		const bytes = await readSlice(file, bomLength, end);
		const text = createDecoder(encoding).decode(bytes, complete);
		if (complete || size >= MAX_SAMPLE_BYTES || detectNewline(text, complete) !== null)
			return { text, complete };
	}
}

/** the delimiter and line break of the file; `delimiter` (the user's choice) wins */
export async function detectCsvDialect(
	file: Blob,
	encoding: string,
	bomLength: number,
	delimiter?: string
): Promise<CsvDialect> {
	const { text, complete } = await sampleText(file, encoding, bomLength);
	const separator = separatorLine(text);
	const body = separator ? text.slice(separator.length) : text;
	const newline = detectNewline(body, complete) ?? '\r\n';
	return {
		encoding,
		bomLength,
		delimiter: delimiter || separator?.delimiter || detectDelimiter(body, newline, complete),
		newline,
		separatorLine: separator !== null
	};
}

/**
 * the records of the file, slice by slice. `decoder` is the caller's so that it can read which
 * encoding the decoder settled on.
 */
export async function* csvRecords(
	file: Blob,
	dialect: CsvDialect,
	decoder: ChunkDecoder,
	chunkBytes: number
): AsyncGenerator<RecordChunk> {
	const parser = new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline });
	let carry = '';
	let pending: string[] = [];
	let pendingLength = 0;
	let charsDecoded = 0;
	let number = 1;
	let dropSeparator = dialect.separatorLine;

	for await (const chunk of byteChunks(file, dialect.bomLength, chunkBytes)) {
		const text = decoder.decode(chunk.bytes, chunk.final);
		pending.push(text);
		pendingLength += text.length;
		charsDecoded += text.length;
		// a record longer than a slice (a 1 MB cell) is parsed again with every slice: waiting until
		// the new text is as long as the carried part keeps that linear in the record's length
		if (!chunk.final && pendingLength < carry.length) continue;

		let records: string[][];
		try {
			const input = carry + pending.join('');
			pending = [];
			pendingLength = 0;
			const result = parser.parse(input, 0, !chunk.final) as Papa.ParseResult<string[]>;
			records = result.data;
			carry = chunk.final ? '' : input.slice(result.meta.cursor);
		} catch (error) {
			// one record beyond the longest string the engine can hold
			if (error instanceof RangeError) throw new FileReadError('file.too_big', error.message);
			throw error;
		}
		if (dropSeparator && records.length > 0) {
			records.shift();
			dropSeparator = false;
		}
		const bytesPerChar = (chunk.end - dialect.bomLength) / Math.max(1, charsDecoded);
		const bytesDone = chunk.final ? chunk.end : chunk.end - Math.round(carry.length * bytesPerChar);
		yield { records, firstNumber: number, bytesDone, final: chunk.final };
		number += records.length;
	}
}

// enough of a big file to estimate its row count and show a sample
export const SNIFF_BYTES = 1024 * 1024;
export const SAMPLE_ROWS = 20;

export interface CsvSniff {
	encoding: string;
	header: string[];
	sample: string[][];
	estimatedRows: number;
	exactRows: boolean;
}

/**
 * the header, the first rows and the row count: counted when the file ends within the first MiB
 * (or wherever the first rows end), else estimated from the bytes those rows took
 */
export async function sniffCsv(
	file: Blob,
	dialect: CsvDialect,
	chunkBytes: number
): Promise<CsvSniff> {
	const decoder = createDecoder(dialect.encoding);
	let header: string[] | null = null;
	const sample: string[][] = [];
	let dataRows = 0;
	let bytesDone = 0;
	let exact = false;
	for await (const chunk of csvRecords(file, dialect, decoder, chunkBytes)) {
		for (const record of chunk.records) {
			if (isBlankRow(record)) continue;
			if (header === null) header = record;
			else {
				dataRows++;
				if (sample.length < SAMPLE_ROWS) sample.push(record);
			}
		}
		bytesDone = chunk.bytesDone;
		exact = chunk.final;
		if (header !== null && sample.length >= SAMPLE_ROWS && bytesDone >= SNIFF_BYTES) break;
	}
	if (header === null) throw new FileReadError('file.empty');
	const estimatedRows =
		exact || bytesDone <= 0 ? dataRows : Math.round((dataRows * file.size) / bytesDone);
	return { encoding: decoder.encoding, header, sample, estimatedRows, exactRows: exact };
}
