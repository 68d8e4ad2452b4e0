import type { HeapPeaks } from './heap-sampler';
import { formatCount } from './format';
import type { RunMeasurement, ScenarioResult, ScenarioSummary } from './scenario';

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const upper = sorted[middle] ?? Number.NaN;
	if (sorted.length % 2 === 1) return upper;
	return ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** medians and extremes of the runs that succeeded; the ratio is filled in once baselines are known */
export function summarize(measurements: readonly RunMeasurement[]): ScenarioSummary | null {
	if (measurements.length === 0) return null;
	const walls = measurements.map((measurement) => measurement.wallMs);
	const medianMs = median(walls);
	const items = median(measurements.map((measurement) => measurement.items));
	return {
		medianMs,
		minMs: Math.min(...walls),
		maxMs: Math.max(...walls),
		throughput: items > 0 && medianMs > 0 ? items / (medianMs / 1000) : null,
		ratio: null,
		longTasks: {
			medianCount: median(measurements.map((measurement) => measurement.longTasks.count)),
			longestMs: Math.max(...measurements.map((measurement) => measurement.longTasks.longestMs))
		},
		heap: {
			pageBytes: peak(measurements.map((measurement) => measurement.heap.pageBytes)),
			workerBytes: peak(measurements.map((measurement) => measurement.heap.workerBytes))
		}
	};
}

function peak(values: readonly (number | null)[]): HeapPeaks['pageBytes'] {
	const known = values.filter((value): value is number => value !== null);
	return known.length > 0 ? Math.max(...known) : null;
}

/** one number of every run's details (e.g. 'mergeP95Ms'), for the figure tables under a scenario */
export function detailValues(result: ScenarioResult, key: string): number[] {
	const values: number[] = [];
	for (const run of result.runs) {
		const value = run.measurement?.details[key];
		if (typeof value === 'number') values.push(value);
	}
	return values;
}

/** a result's size as the main table writes it ('100 k', '1 M'), '—' for none */
export function sizeLabel(result: ScenarioResult): string {
	return result.size === null ? '—' : formatCount(result.size);
}
