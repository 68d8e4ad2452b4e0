import type { ScenarioResult } from './scenario';

/** fills in each result's ratio to the baseline it names, measured at the same size in this session */
export function applyRatios(results: ScenarioResult[]): void {
	for (const result of results) {
		if (!result.baseline || !result.summary) continue;
		const { scenario, size } = result.baseline;
		const baseline = results.find((other) => other.scenario === scenario && other.size === size);
		const denominator = baseline?.summary?.medianMs;
		if (denominator !== undefined && denominator > 0) {
			result.summary.ratio = result.summary.medianMs / denominator;
		}
	}
}
