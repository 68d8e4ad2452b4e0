// the quality figures of issue 6 on the FEBRL person records (tests/fixtures/febrl/README.md):
// pairwise F1 at the default threshold ≥ 0.97 without an identifier, ≥ 0.995 with soc_sec_id
// marked as a unique field. the records are corrupted copies of one another: names retyped,
// replaced or swapped, addresses garbled, dates changed; soc_sec_id survives in most copies, so
// with it the task is nearly an exact match, which is why both figures are asserted.
//
// the figures are counted over the groups the Duplicates page shows (a group of k records is
// k·(k-1)/2 pairs, as the fixture's README says); the pairs themselves are printed beside them.

import { describe, expect, it } from 'vitest';
import { groupPairs, scanDuplicates } from '../../../../src/lib/core/duplicates';
import { SOC_SEC_ID, loadFebrl, pairFigures, type PairFigures } from './febrl-fixture';

const SETS = ['dataset1', 'dataset2'] as const;

const cases = SETS.flatMap((set) => [
	{ name: `${set} without an identifier`, set, uniqueFields: [], minF1: 0.97 },
	{ name: `${set} with soc_sec_id unique`, set, uniqueFields: [SOC_SEC_ID], minF1: 0.995 }
]);

function groupedPairs(
	pairs: { a: string; b: string; score: number }[]
): { a: string; b: string }[] {
	return groupPairs(pairs.map((pair) => ({ ...pair, reasons: [] }))).flatMap((group) =>
		group.ids.flatMap((a, i) => group.ids.slice(i + 1).map((b) => ({ a, b })))
	);
}

function line(figures: PairFigures): string {
	const { found, precision, recall, f1 } = figures;
	return `${found} pairs, precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}, F1 ${f1.toFixed(4)}`;
}

describe('duplicate detection on the FEBRL records', { timeout: 60_000 }, () => {
	it.each(cases)('$name', ({ set, uniqueFields, minF1 }) => {
		const { contacts, truth } = loadFebrl(set);
		const started = performance.now();
		const { pairs, stats } = scanDuplicates(contacts, { uniqueFields });
		const milliseconds = performance.now() - started;
		const byGroup = pairFigures(groupedPairs(pairs), truth);
		const byPair = pairFigures(pairs, truth);
		console.log(
			`${set}${uniqueFields.length > 0 ? ' + soc_sec_id' : ''}: ${contacts.length} records, ` +
				`${truth.size} true pairs, ${stats.candidatePairs} candidate pairs, ${Math.round(milliseconds)} ms\n` +
				`  groups: ${line(byGroup)}\n  pairs:  ${line(byPair)}`
		);
		expect(byGroup.f1).toBeGreaterThanOrEqual(minF1);
		// blocking keeps the work near linear: a few candidates per record, not all pairs
		expect(stats.candidatePairs).toBeLessThan(contacts.length * 20);
	});
});
