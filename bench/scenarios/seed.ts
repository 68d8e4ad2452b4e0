import { BenchPage } from '../harness/bench-page';
import type { Scenario } from '../harness/scenario';
import { seedContacts } from '../harness/seed-contacts';
import { sizeOf } from './sized';

// the seeding path the list, duplicate and export scenarios start from, timed like baseline-write
// but into the app's own database; it checks that the app's database holds every contact afterwards.
// only at 100 k: at 1 M it is baseline-write's path again and would add as many minutes to every run
export const seed: Scenario = {
	name: 'seed',
	description:
		"`seedContacts(bench, n)`: generated contacts into the app's own database (`carnet`) " +
		'through the bench worker; only the bulkAdd calls are timed',
	sizes: [100_000],
	unit: 'rows',
	async run(context) {
		const bench = await BenchPage.open(context.session, await context.session.newContext());
		return seedContacts(bench, sizeOf(context), { seed: context.seed });
	}
};
