// streaming: generating many rows must not keep them. gc is exposed at run time so the heap is
// measured after a full collection, not with whatever garbage happens to be around.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { generatePeople, type GeneratedRow } from '../../../bench/generate/index';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
	gc();
	gc();
	return process.memoryUsage().heapUsed;
}

describe('generatePeople streams', () => {
	it('keeps the heap small while 200,000 rows go by', () => {
		const before = heapAfterGc();
		let peak = 0;
		let rows = 0;
		for (const row of generatePeople({ seed: 1, count: 200_000 })) {
			rows++;
			if (row.row % 50_000 === 0) peak = Math.max(peak, heapAfterGc() - before);
		}
		expect(rows).toBe(200_000);
		// the copy pool holds a few thousand people (a few MB); 200,000 rows kept would be
		// hundreds of MB, as the check below shows for a tenth of them
		expect(peak).toBeLessThan(32 * 1024 * 1024);
	});

	it('(the measurement sees rows that are kept)', () => {
		const before = heapAfterGc();
		const kept: GeneratedRow[] = [];
		for (const row of generatePeople({ seed: 1, count: 20_000 })) kept.push(row);
		const growth = heapAfterGc() - before;
		expect(kept).toHaveLength(20_000);
		expect(growth).toBeGreaterThan(8 * 1024 * 1024);
	});
});
