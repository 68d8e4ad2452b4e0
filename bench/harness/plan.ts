import type { BenchOptions } from './options';
import type { Scenario } from './scenario';

export interface PlannedRun {
	scenario: Scenario;
	/** already scaled by --quick; null for a scenario without sizes */
	size: number | null;
}

/**
 * which scenario runs at which size: --only picks scenarios (and pulls in the baselines they name,
 * so that a ratio always has its denominator in the same session, unless --no-baselines), --quick
 * divides every size by ten, --size keeps only those sizes.
 */
export function planRuns(all: readonly Scenario[], options: BenchOptions): PlannedRun[] {
	const byName = new Map(all.map((scenario) => [scenario.name, scenario]));
	for (const name of options.only) {
		if (!byName.has(name)) {
			throw new Error(`no scenario "${name}"; known: ${[...byName.keys()].join(', ')}`);
		}
	}
	const wanted = new Set(options.only.length > 0 ? options.only : byName.keys());
	for (const name of options.baselines ? [...wanted] : []) {
		let baseline = byName.get(name)?.baseline;
		while (baseline !== undefined && !wanted.has(baseline)) {
			wanted.add(baseline);
			baseline = byName.get(baseline)?.baseline;
		}
	}

	const planned: PlannedRun[] = [];
	for (const scenario of all) {
		if (!wanted.has(scenario.name)) continue;
		if (!scenario.sizes) {
			planned.push({ scenario, size: null });
			continue;
		}
		for (const full of scenario.sizes) {
			const size = options.quick ? Math.max(10, Math.round(full / 10)) : full;
			if (options.sizes.length > 0 && !options.sizes.includes(size)) continue;
			planned.push({ scenario, size });
		}
	}
	return planned;
}
