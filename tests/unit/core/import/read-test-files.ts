// helpers the reader tests share: fixtures as File objects, and everything a reader yields.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRows } from '../../../../src/lib/core/import/read-rows';
import { rowNumberAt } from '../../../../src/lib/core/import/rows';
import { FileReadError, type ReadOptions } from '../../../../src/lib/core/import/types';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/import', import.meta.url));

export function fixture(name: string): File {
	return new File([readFileSync(join(FIXTURES, name))], name);
}

export function textFile(name: string, content: BlobPart): File {
	return new File([content], name);
}

export interface ReadResult {
	header: string[];
	rows: string[][];
	/** the row number the user sees of each row */
	numbers: number[];
	batches: number;
	bytesRead: number[];
}

/** reads all batches of a file and flattens them */
export async function readAll(file: Blob & { name?: string }, options: ReadOptions = {}) {
	const result: ReadResult = { header: [], rows: [], numbers: [], batches: 0, bytesRead: [] };
	for await (const batch of readRows(file, options)) {
		result.header = batch.header;
		result.batches++;
		result.bytesRead.push(batch.bytesRead);
		batch.rows.forEach((row, index) => {
			result.rows.push(row);
			result.numbers.push(rowNumberAt(batch, index));
		});
	}
	return result;
}

/** the code of the FileReadError a promise rejects with, or 'resolved' */
export async function errorCode(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
		return 'resolved';
	} catch (error) {
		if (error instanceof FileReadError) return error.code;
		throw error;
	}
}
