import { formatMs } from '../harness/format';
import type { Scenario } from '../harness/scenario';
import { asksForMillion, withSeededBook } from '../harness/seeded-book';
import { detailValues, sizeLabel, median } from '../harness/stats';
import { sizeOf } from './sized';

// the list's figures, each with the target of issue 4 ("speed"); the page reports them in its details
const FIGURES: readonly { key: string; name: string; target: number; what: string }[] = [
	{
		key: 'firstScreenMs',
		name: 'list:first-screen',
		target: 300,
		what: 'worst of 5 sorts × asc/desc'
	},
	{ key: 'jumpMs', name: 'list:jump', target: 100, what: 'worst page at 37 / 73 / 99 %' },
	{
		key: 'jumpWarmMs',
		name: 'list:jump-warm',
		target: 100,
		what: 'the same after warmList; worst page'
	},
	{ key: 'searchMs', name: 'list:search', target: 300, what: 'worst of "mul", "0151", "anna m"' },
	{
		key: 'countMs',
		name: 'list:count',
		target: 1_000,
		what: 'worst of all, calling code 49, has e-mail'
	},
	{ key: 'listMs', name: 'list:list-1000', target: 300, what: '1,000-member list by name' },
	{ key: 'saveMs', name: 'list:save', target: 50, what: 'median of 20 saves of one contact' },
	{
		key: 'saveRenameMs',
		name: 'list:save-rename',
		target: 50,
		what: 'median of 7 saves that change a last name, each the first write of its handle'
	},
	{
		key: 'jumpAfterRenameMs',
		name: 'list:jump-after-rename',
		target: 100,
		what: 'worst page at 37 / 73 / 99 % by name right after those saves'
	},
	{
		key: 'jumpAfterAddDeleteMs',
		name: 'list:jump-after-add-delete',
		target: 100,
		what: 'the same jumps, also newest first, after saving 5 new contacts and after deleting them'
	},
	{
		key: 'jumpAfterBatchesMs',
		name: 'list:jump-after-batches',
		target: 100,
		what: 'the same after 5 batches of 2,000 new contacts, and after deleting them'
	}
];

const FULL = 100_000;
const MILLION = 1_000_000;

export const list: Scenario = {
	name: 'list',
	description:
		"the app's list engine (contact-list.ts) on a seeded book, in the bench page: first screen per " +
		'sort, deep jumps, search, counts, a 1,000-member list and saving a contact, each with a fresh ' +
		'database handle; the row shows the worst first screen, every figure is under the table',
	// a million seeded contacts take over ten minutes, so 1 M runs only when `--size 1000000` asks for it
	sizes: asksForMillion(process.argv) ? [FULL, MILLION] : [FULL],
	unit: 'contacts',
	async run(context) {
		return withSeededBook(context.session, sizeOf(context), context.seed, async (bench) => {
			return await bench.run({
				name: 'list',
				params: { expected: sizeOf(context), saves: 20, listMembers: 1_000 }
			});
		});
	},
	report(results) {
		const lines = [
			'| figure | size | target | median | min–max | what |',
			'| --- | --- | --- | --- | --- | --- |'
		];
		for (const result of results) {
			for (const figure of FIGURES) {
				const values = detailValues(result, figure.key);
				if (values.length === 0) continue;
				const within = median(values) <= figure.target ? '' : ' (over)';
				lines.push(
					`| ${figure.name} | ${sizeLabel(result)} | ≤ ${formatMs(figure.target)} | ` +
						`${formatMs(median(values))}${within} | ${formatMs(Math.min(...values))} – ` +
						`${formatMs(Math.max(...values))} | ${figure.what} |`
				);
			}
		}
		return lines.length > 2 ? lines.join('\n') : undefined;
	}
};
