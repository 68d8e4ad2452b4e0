// `npm run bench`: builds the app and the bench page, serves both from one origin, drives headless
// chromium through every scenario several times, prints a markdown table of medians and writes the
// raw json to bench/results/. it never fails on a number: the exit code is non-zero only when a
// scenario crashed.

import { buildAll } from './harness/build';
import { formatMs, formatRate, formatCount } from './harness/format';
import { info, step } from './harness/log';
import { describeMachine } from './harness/machine';
import { parseOptions, USAGE } from './harness/options';
import { planRuns, type PlannedRun } from './harness/plan';
import { applyRatios } from './harness/ratios';
import { writeReport } from './harness/results-file';
import type { RunRecord, ScenarioResult } from './harness/scenario';
import { startServer } from './harness/server';
import { openSession, type Session } from './harness/session';
import { summarize } from './harness/stats';
import { markdownTable } from './harness/table';
import { SCENARIOS } from './scenarios/index';

async function main(): Promise<number> {
	const options = parseOptions(process.argv.slice(2));
	if (options === 'help') {
		info(USAGE);
		info(`\nscenarios:\n${SCENARIOS.map((s) => `  ${s.name}: ${s.description}`).join('\n')}`);
		return 0;
	}
	const plan = planRuns(SCENARIOS, options);
	if (plan.length === 0) throw new Error('nothing to run: check --only and --size');
	const startedAt = new Date().toISOString();

	await buildAll(options.build);
	for (const { scenario, size } of plan) {
		await scenario.prepare?.({ size, seed: options.seed });
	}

	const server = await startServer();
	const session = await step('starting chromium', () =>
		openSession(server.url, options.storage, options.throttle)
	);
	const records = plan.map(() => [] as RunRecord[]);
	try {
		// run by run across the scenarios rather than scenario by scenario: a machine that gets busier
		// during the session then weighs on every scenario alike, and the ratios stay fair
		for (let run = 0; run < options.runs; run += 1) {
			for (const [index, planned] of plan.entries()) {
				records[index]?.push(await measure(session, planned, run, options.runs, options.seed));
			}
		}
	} finally {
		await session.close();
		await server.close();
	}

	const results: ScenarioResult[] = plan.map(({ scenario, size }, index) => {
		const runs = records[index] ?? [];
		return {
			scenario: scenario.name,
			size,
			unit: scenario.unit ?? null,
			baseline: scenario.baseline ? { scenario: scenario.baseline, size } : null,
			runs,
			summary: summarize(runs.flatMap((record) => record.measurement ?? []))
		};
	});
	applyRatios(results);

	const machine = describeMachine(session.browserVersion);
	const path = await writeReport({
		startedAt,
		finishedAt: new Date().toISOString(),
		options,
		machine,
		results
	});

	const throttle = options.throttle > 1 ? `, page cpu throttled ${options.throttle}×` : '';
	console.log(
		`\n${startedAt.slice(0, 10)} · ${machine.cpus} cores · ${machine.browser} · Node ` +
			`${machine.node} · ${options.runs} runs${options.quick ? ' · quick' : ''} · ` +
			`IndexedDB ${options.storage === 'memory' ? 'in memory (incognito)' : 'on disk'}${throttle}\n`
	);
	console.log(markdownTable(results));
	for (const scenario of new Set(plan.map((planned) => planned.scenario))) {
		const extra = scenario.report?.(results.filter((result) => result.scenario === scenario.name));
		if (extra) console.log(`\n${extra}`);
	}
	info(`\nraw results: ${path}`);

	const crashed = results.flatMap((result) => result.runs).filter((run) => run.error !== null);
	return crashed.length > 0 ? 1 : 0;
}

async function measure(
	session: Session,
	{ scenario, size }: PlannedRun,
	run: number,
	runs: number,
	seed: number
): Promise<RunRecord> {
	const label = `[${run + 1}/${runs}] ${scenario.name}${size === null ? '' : ` ${formatCount(size)}`}`;
	try {
		const measurement = await scenario.run({ session, size, seed, runIndex: run });
		const rate =
			measurement.items > 0
				? ` (${formatRate(measurement.items / (measurement.wallMs / 1000), scenario.unit ?? null)})`
				: '';
		info(`${label}: ${formatMs(measurement.wallMs)}${rate}`);
		return { run, measurement, error: null };
	} catch (error) {
		const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
		info(`${label}: crashed\n${message}`);
		return { run, measurement: null, error: message };
	} finally {
		// every run starts from fresh contexts, whatever the previous one left behind
		await session.closeContexts();
	}
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exitCode = 2;
	}
);
