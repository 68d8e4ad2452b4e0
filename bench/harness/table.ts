import { formatBytes, formatCount, formatMs, formatRate } from './format';
import type { ScenarioResult } from './scenario';

const HEADER = [
	'scenario',
	'size',
	'runs',
	'median',
	'min–max',
	'throughput',
	'ratio to baseline',
	'long tasks (count / longest)',
	'peak heap page / worker'
];

/** the markdown table of medians that `npm run bench` prints and docs/benchmarks.md quotes */
export function markdownTable(results: readonly ScenarioResult[]): string {
	const rows = results.map((result) => {
		const ok = result.runs.filter((run) => run.measurement !== null).length;
		const failed = result.runs.length - ok;
		const runs = failed > 0 ? `${ok} (+${failed} failed)` : String(ok);
		const size = result.size === null ? '—' : formatCount(result.size);
		const summary = result.summary;
		if (!summary) return [result.scenario, size, runs, 'failed', '', '', '', '', ''];
		return [
			result.scenario,
			size,
			runs,
			formatMs(summary.medianMs),
			`${formatMs(summary.minMs)} – ${formatMs(summary.maxMs)}`,
			formatRate(summary.throughput, result.unit),
			summary.ratio === null ? '—' : `${summary.ratio.toFixed(2)}×`,
			`${summary.longTasks.medianCount} / ${formatMs(summary.longTasks.longestMs)}`,
			`${formatBytes(summary.heap.pageBytes)} / ${formatBytes(summary.heap.workerBytes)}`
		];
	});
	return [HEADER, HEADER.map(() => '---'), ...rows]
		.map((cells) => `| ${cells.join(' | ')} |`)
		.join('\n');
}
