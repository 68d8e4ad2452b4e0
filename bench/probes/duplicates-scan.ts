// the dedupe worker's scan (scanDuplicatesInBlocks) in node, outside the browser: the generator's
// people (contacts built as bench/page/people-to-draft.ts builds them, ids = row numbers) are
// streamed through it in chunks of 500 (as the worker reads them), and the pairs taken group by
// group as the worker takes them. it reports the cpu seconds of the scan alone (process.cpuUsage,
// the reading of the cache subtracted: a shared machine stretches wall time, not this), the scan's
// counts, the memory after forced collections (run node with --expose-gc), the used heap at its
// sampled peak (run without it: that is the garbage a heap sampler sees too), and precision and
// recall against the truth.
//
//   node --expose-gc --import tsx bench/probes/duplicates-scan.ts 1000000 [--budget 40000]
//   node --import tsx bench/probes/duplicates-scan.ts 1000000 [--chunk 500]
//
// the contacts are generated once per size and seed into a json-lines cache (--cache, default
// the system's temp folder): generating a million takes several minutes.

import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createContact, type Contact } from '../../src/lib/core/index';
import { groupPairs, scanDuplicatesInBlocks } from '../../src/lib/core/duplicates';
import { generatePeople } from '../generate/index';
import { draftMapper } from '../page/people-to-draft';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		seed: { type: 'string', default: '1' },
		budget: { type: 'string' },
		chunk: { type: 'string', default: '500' },
		cache: { type: 'string', default: tmpdir() }
	}
});
const size = Number(positionals[0] ?? 100_000);
const seed = Number(values.seed);
const cache = join(values.cache, `carnet-people-${size}-${seed}.ndjson`);
// contacts a chunk (the dedupe worker reads 500 a request)
const CHUNK = Number(values.chunk);
const MB = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`;
const cpuSeconds = (since?: NodeJS.CpuUsage): number => {
	const used = process.cpuUsage(since);
	return (used.user + used.system) / 1e6;
};

async function writeCache(): Promise<void> {
	const out = createWriteStream(cache);
	const toDraft = draftMapper();
	for (const person of generatePeople({ seed, count: size })) {
		const draft = toDraft(person.values);
		const options = { defaultCountry: 'DE', now: 0, id: String(person.row) };
		let result = createContact(draft.full, options);
		if (!result.ok) result = createContact(draft.without(result.errors), options);
		if (!result.ok) continue;
		if (!out.write(`${JSON.stringify([result.contact, person.personId])}\n`)) {
			await new Promise<void>((resolve) => out.once('drain', () => resolve()));
		}
	}
	await new Promise<void>((resolve) => out.end(() => resolve()));
}

if (!existsSync(cache)) {
	console.error(`generating ${size} people into ${cache}`);
	await writeCache();
}

const gc = (globalThis as { gc?: () => void }).gc;
const personOf = new Int32Array(size + 1);
let readingCpu = 0;
const live = { heap: 0, sum: 0, at: '' };
// the used heap as a sampler sees it, garbage and all: at each progress report
const raw = { heap: 0, at: '' };
let samples = 0;
let gcCpu = 0;
let phase = '';

// the memory the scan holds: sampled after a forced collection (node collects lazily, so the raw
// heap is mostly garbage), every 25th progress report and at each change of phase
function sample(force: boolean): void {
	const used = process.memoryUsage().heapUsed;
	if (used > raw.heap) {
		raw.heap = used;
		raw.at = phase;
	}
	if (!gc || (!force && ++samples % 25 !== 0)) return;
	const since = process.cpuUsage();
	gc();
	gcCpu += cpuSeconds(since);
	const { heapUsed, arrayBuffers } = process.memoryUsage();
	live.heap = Math.max(live.heap, heapUsed);
	if (heapUsed + arrayBuffers > live.sum) {
		live.sum = heapUsed + arrayBuffers;
		live.at = `${phase}: heap ${MB(heapUsed)}, arrays ${MB(arrayBuffers)}`;
	}
}

async function* chunks(): AsyncGenerator<Contact[]> {
	const lines = createInterface({ input: createReadStream(cache, { highWaterMark: 1 << 16 }) });
	let chunk: Contact[] = [];
	let since = process.cpuUsage();
	for await (const line of lines) {
		if (line === '') continue;
		const [contact, personId] = JSON.parse(line) as [Contact, number];
		personOf[Number(contact.id)] = personId;
		chunk.push(contact);
		if (chunk.length === CHUNK) {
			readingCpu += cpuSeconds(since);
			yield chunk;
			chunk = [];
			since = process.cpuUsage();
		}
	}
	readingCpu += cpuSeconds(since);
	if (chunk.length > 0) yield chunk;
}

const found: { a: string; b: string; score: number }[] = [];
const phaseCpu: Record<string, number> = {};
let phaseSince = process.cpuUsage();
const start = process.cpuUsage();
const result = await scanDuplicatesInBlocks(chunks(), {
	total: size,
	...(values.budget ? { profileBudget: Number(values.budget) } : {}),
	onPairs: (pairs) => {
		for (const { a, b, score } of pairs) found.push({ a, b, score });
	},
	onProgress: (progress) => {
		const changed = progress.phase !== phase;
		if (changed) {
			if (phase !== '') phaseCpu[phase] = cpuSeconds(phaseSince);
			phaseSince = process.cpuUsage();
			phase = progress.phase;
		}
		sample(changed);
	}
});
phaseCpu[phase] = cpuSeconds(phaseSince);
sample(true);
const scanCpu = cpuSeconds(start) - readingCpu;
// the forced collections are the probe's, not the scan's

// the truth: every pair of rows of one person
const rows = new Map<number, number>();
for (const person of personOf) if (person !== 0) rows.set(person, (rows.get(person) ?? 0) + 1);
let truePairs = 0;
for (const count of rows.values()) truePairs += (count * (count - 1)) / 2;
function quality(pairs: readonly { a: string; b: string }[]): string {
	let right = 0;
	for (const { a, b } of pairs) if (personOf[Number(a)] === personOf[Number(b)]) right++;
	const precision = right / pairs.length;
	const recall = right / truePairs;
	const f1 = (2 * precision * recall) / (precision + recall);
	return `P ${precision.toFixed(4)} R ${recall.toFixed(4)} F1 ${f1.toFixed(4)} (${pairs.length} pairs)`;
}
const grouped = groupPairs(found.map((pair) => ({ ...pair, reasons: [] }))).flatMap((group) =>
	group.ids.flatMap((a, i) => group.ids.slice(i + 1).map((b) => ({ a, b })))
);

console.log(
	`${size} contacts: scan ${(scanCpu - gcCpu).toFixed(1)} s cpu, ${scanCpu.toFixed(1)} s with the forced collections (reading ${(
		(phaseCpu['reading'] ?? 0) - readingCpu
	).toFixed(
		1
	)} s, comparing ${(phaseCpu['comparing'] ?? 0).toFixed(1)} s; the cache's reading ${readingCpu.toFixed(1)} s left out), load ${loadavg()[0]?.toFixed(1)}`
);
console.log(`  ${JSON.stringify(result.stats)}`);
console.log(
	gc
		? `  live after collections: heap ${MB(live.heap)}, heap + arrays ${MB(live.sum)} (at ${live.at})`
		: '  memory: run node with --expose-gc'
);
console.log(`  used heap at its sampled peak, garbage and all: ${MB(raw.heap)} (${raw.at})`);
console.log(`  pairs:  ${quality(found)}, ${truePairs} true pairs`);
console.log(`  groups: ${quality(grouped)}`);
