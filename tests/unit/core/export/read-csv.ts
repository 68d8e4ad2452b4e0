// the tests' own minimal reading of our csv (papaparse), to look at the cells the export wrote; the
// round trips go through our import (import-back.ts)

import Papa from 'papaparse';
import { expect } from 'vitest';
import { unguardCell } from '../../../../src/lib/core/export/guard';

export function parseCsv(text: string, delimiter = ','): { header: string[]; rows: string[][] } {
	const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), {
		delimiter,
		skipEmptyLines: true
	});
	expect(parsed.errors).toEqual([]);
	const [header = [], ...rows] = parsed.data;
	return { header, rows: rows.map((row) => row.map(unguardCell)) };
}
