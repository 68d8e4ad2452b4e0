// the quality figures of issue 6 on the FEBRL person records (tests/fixtures/febrl/README.md):
// pairwise F1 at the default threshold ≥ 0.97 without an identifier, ≥ 0.995 with soc_sec_id
// marked as a unique field. the records are corrupted copies of one another: names retyped,
// replaced or swapped, addresses garbled, dates changed; soc_sec_id survives in most copies, so
// with it the task is nearly an exact match, which is why both figures are asserted.
//
// pairwise, as the issue asks: the true pairs are all pairs of records of one person (`rec-N-…`),
// the found pairs all pairs of records in one group of the Duplicates page (a group of k records
// is k·(k-1)/2 pairs, found or not by a pair of its own). the pairs that scored above the
// threshold on their own, before grouping, are printed beside them (dataset2: 0.969).

import { describe, expect, it } from 'vitest';
import { groupPairs, scanDuplicates } from '../../../../src/lib/core/duplicates';
import {
	SOC_SEC_ID,
	loadFebrl,
	pairFigures,
	pairKey,
	pairsWithin,
	peopleOf,
	type PairFigures
} from './febrl-fixture';

const cases = (['dataset1', 'dataset2'] as const).flatMap((set) => [
	{ name: `${set} without an identifier`, input: { set, uniqueFields: [] }, expected: 0.97 },
	{
		name: `${set} with soc_sec_id unique`,
		input: { set, uniqueFields: [SOC_SEC_ID] },
		expected: 0.995
	}
]);

function line(figures: PairFigures): string {
	const { found, precision, recall, f1 } = figures;
	return `${found} pairs, precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}, F1 ${f1.toFixed(4)}`;
}

describe('duplicate detection on the FEBRL records', { timeout: 60_000 }, () => {
	it.each(cases)('$name: pairwise F1 ≥ $expected', ({ input, expected }) => {
		const { contacts, truth: listed } = loadFebrl(input.set);
		const truth = pairsWithin(peopleOf(contacts));
		// the fixture's list of true pairs is exactly the pairs of records of one person
		expect(truth).toEqual(listed);

		const started = performance.now();
		const { pairs, stats } = scanDuplicates(contacts, { uniqueFields: input.uniqueFields });
		const milliseconds = performance.now() - started;
		const groups = groupPairs(pairs);
		const byGroup = pairFigures(pairsWithin(groups.map((group) => group.ids)), truth);
		const byPair = pairFigures(new Set(pairs.map(({ a, b }) => pairKey(a, b))), truth);
		console.log(
			`${input.set}${input.uniqueFields.length > 0 ? ' + soc_sec_id' : ''}: ${contacts.length} records, ` +
				`${truth.size} true pairs, ${stats.candidatePairs} candidate pairs, ${Math.round(milliseconds)} ms\n` +
				`  in groups:  ${line(byGroup)}\n  pairs only: ${line(byPair)}`
		);
		expect(byGroup.f1).toBeGreaterThanOrEqual(expected);
		// blocking keeps the work near linear: a few candidates per record, not all pairs
		expect(stats.candidatePairs).toBeLessThan(contacts.length * 20);
	});
});
