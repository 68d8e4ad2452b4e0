// what a scenario is. a later issue adds one by writing a Scenario and adding it to
// bench/scenarios/index.ts.

import type { LongTaskSummary } from '../page/protocol';
import type { HeapPeaks } from './heap-sampler';
import type { Session } from './session';

export type JsonValue =
	string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** one run of one scenario at one size */
export interface RunMeasurement {
	/** the timed window, in ms; what each scenario times is in its description */
	wallMs: number;
	/** rows or records handled in the timed window, for throughput; 0 when it means nothing */
	items: number;
	longTasks: LongTaskSummary;
	heap: HeapPeaks;
	/** anything else the scenario wants kept in the raw json */
	details: Record<string, JsonValue>;
}

export interface RunContext {
	session: Session;
	/** the size of this run, already scaled by --quick; null for a scenario without sizes */
	size: number | null;
	/** the generator's seed */
	seed: number;
	/** 0-based */
	runIndex: number;
}

export interface PrepareContext {
	size: number | null;
	seed: number;
}

export interface Scenario {
	name: string;
	/** one line for the docs and --help: what the timed window covers */
	description: string;
	/** the full sizes (--quick runs a tenth); absent for a scenario that has no size, like startup */
	sizes?: readonly number[];
	/** what `items` counts, for the throughput column: 'rows', 'contacts' … */
	unit?: string;
	/**
	 * the scenario this one is compared with, at the same size, in the same session: its ratio is
	 * median wall time ÷ the baseline's median wall time. --only runs the baseline too.
	 */
	baseline?: string;
	/** work before any run, outside every measurement (e.g. generating the data file) */
	prepare?(context: PrepareContext): Promise<void>;
	run(context: RunContext): Promise<RunMeasurement>;
	/** extra markdown printed under the main table (e.g. startup's bytes per route) */
	report?(results: readonly ScenarioResult[]): string | undefined;
}

export interface RunRecord {
	run: number;
	measurement: RunMeasurement | null;
	/** the error message when the run crashed */
	error: string | null;
}

export interface ScenarioSummary {
	medianMs: number;
	minMs: number;
	maxMs: number;
	/** items per second at the median wall time; null when the scenario counts no items */
	throughput: number | null;
	/** median wall time ÷ the baseline's median wall time; null without a baseline */
	ratio: number | null;
	longTasks: { medianCount: number; longestMs: number };
	heap: HeapPeaks;
}

/** everything measured for one scenario at one size: the unit of the raw json */
export interface ScenarioResult {
	scenario: string;
	size: number | null;
	unit: string | null;
	/** the baseline this result is compared with, when the scenario names one */
	baseline: { scenario: string; size: number | null } | null;
	runs: RunRecord[];
	/** null when no run succeeded */
	summary: ScenarioSummary | null;
}
