import { BenchPage } from '../harness/bench-page';
import { formatMs } from '../harness/format';
import type { Scenario } from '../harness/scenario';
import { seedContacts } from '../harness/seed-contacts';
import { detailValues, sizeLabel, median } from '../harness/stats';
import { sizeOf } from './sized';

// issue 7: "merge all" of about 10 k exact pairs reports its time. it changes the book, so it never
// touches the shared seeded book of the list, merge and export scenarios: each run seeds a fresh
// profile of its own with the generated people (their usual share of duplicates), lets the app's
// dedupe worker record the suggestions, and times the app's merge worker on every exact one, then
// the run's single undo.
const FIGURES: readonly { key: string; name: string; what: string; ms: boolean }[] = [
	{
		key: 'exactPairs',
		name: 'merge-all:pairs',
		what: 'open exact suggestions after the scan',
		ms: false
	},
	{
		key: 'merged',
		name: 'merge-all:merged',
		what: 'merges made (a pair a chain had already joined is skipped)',
		ms: false
	},
	{
		key: 'mergeMs',
		name: 'merge-all:merge',
		what: 'mergeAll in the merge worker, whole run',
		ms: true
	},
	{ key: 'undoMs', name: 'merge-all:undo', what: 'the batch undo in the merge worker', ms: true },
	{ key: 'scanMs', name: 'merge-all:scan', what: 'setup: the full duplicate scan', ms: true }
];

export const mergeAll: Scenario = {
	name: 'merge-all',
	description:
		"the app's merge worker merging every open exact suggestion of a freshly seeded book (keep the " +
		'older), timed from the page around the worker call; its single undo is in the details',
	sizes: [100_000],
	unit: 'pairs',
	async run(context) {
		const size = sizeOf(context);
		const bench = await BenchPage.open(context.session, await context.session.newContext());
		await seedContacts(bench, size, { seed: context.seed });
		return bench.run({ name: 'merge-all', params: { expected: size } });
	},
	report(results) {
		const lines = [
			'| figure | size | median of runs | min–max | what |',
			'| --- | --- | --- | --- | --- |'
		];
		for (const result of results) {
			const size = sizeLabel(result);
			for (const figure of FIGURES) {
				const values = detailValues(result, figure.key);
				if (values.length === 0) continue;
				const show = (value: number) =>
					figure.ms ? formatMs(value) : value.toLocaleString('en-US');
				lines.push(
					`| ${figure.name} | ${size} | ${show(median(values))} | ` +
						`${show(Math.min(...values))} – ${show(Math.max(...values))} | ${figure.what} |`
				);
			}
		}
		return lines.length > 2 ? lines.join('\n') : undefined;
	}
};
