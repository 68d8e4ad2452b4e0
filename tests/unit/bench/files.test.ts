// the node writers: every format on disk, read back by the libraries the app itself reads with

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLUMNS, generatePeople, parseTruth } from '../../../bench/generate/index';
import {
	XLSX_MAX_ROWS,
	writeDataset,
	writeRows,
	writeTruth,
	type OutputFormat
} from '../../../bench/generate/write';
import { collect } from './helpers';

let dir = '';
beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'carnet-generate-'));
});
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

const COUNT = 1000;
const rows = collect(generatePeople({ seed: 11, count: COUNT }));
const expected = rows.map((r) => COLUMNS.map((c) => r.values[c]));

async function dataset(format: OutputFormat, seed: number, name: string): Promise<Buffer> {
	const out = join(dir, name);
	const result = await writeDataset({ format, seed, count: COUNT, out });
	expect(result.data.rows).toBe(COUNT);
	expect(result.truth.rows).toBe(COUNT);
	const bytes = await readFile(out);
	expect(result.data.bytes).toBe(bytes.length);
	return bytes;
}

describe('writeDataset', () => {
	it.each(['csv', 'csv-1252', 'xlsx', 'vcard'] as const)(
		'%s: the same seed gives the same bytes, another seed other bytes',
		async (format) => {
			const a = await dataset(format, 11, `a.${format}`);
			const b = await dataset(format, 11, `b.${format}`);
			const c = await dataset(format, 12, `c.${format}`);
			expect(a.equals(b)).toBe(true);
			expect(a.equals(c)).toBe(false);
		}
	);

	it('csv: utf-8, comma, reads back with papaparse', async () => {
		const text = (await dataset('csv', 11, 'read.csv')).toString('utf8');
		const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
		expect(parsed.meta.delimiter).toBe(',');
		expect(parsed.errors).toEqual([]);
		expect(parsed.data[0]).toEqual([...COLUMNS]);
		expect(parsed.data.slice(1)).toEqual(expected);
		expect(text).toContain('Müller');
	});

	it('csv-1252: semicolons, CRLF, windows-1252 bytes as german excel writes them', async () => {
		const bytes = await dataset('csv-1252', 11, 'read-1252.csv');
		// no utf-8 anywhere: ü is the single byte 0xfc
		expect(bytes.includes(Buffer.from('ü', 'utf8'))).toBe(false);
		expect(bytes.includes(0xfc)).toBe(true);
		// node 20's TextDecoder reads windows-1252 as latin-1 (nodejs/node#60888), which is the
		// same for letters like ü; iconv-lite is the reference for 0x80–0x9f (€, –, „)
		const text = new TextDecoder('windows-1252').decode(bytes);
		const exact = iconv.decode(bytes, 'win1252');
		expect(text.split('\r\n')[0]).toBe(COLUMNS.join(';'));
		const parsed = Papa.parse<string[]>(exact, {
			delimiter: ';',
			newline: '\r\n',
			skipEmptyLines: true
		});
		expect(parsed.errors).toEqual([]);
		expect(parsed.data).toHaveLength(COUNT + 1);
		// what 1252 cannot hold became '?', one per character; everything else survived
		const in1252 = (s: string): string =>
			iconv.decode(
				iconv.encode(s.replace(/\p{Extended_Pictographic}/gu, '?'), 'win1252'),
				'win1252'
			);
		expect(parsed.data.slice(1)).toEqual(expected.map((row) => row.map(in1252)));
		const müller = rows.findIndex((r) => r.values['Last name'].includes('ü'));
		expect(müller).toBeGreaterThanOrEqual(0);
		const parsedLatin1 = Papa.parse<string[]>(text, { delimiter: ';', newline: '\r\n' });
		expect(parsedLatin1.data[müller + 1]?.[1]).toBe(rows[müller]?.values['Last name']);
	});

	it('xlsx: sheetjs reads the same rows back', async () => {
		const bytes = await dataset('xlsx', 11, 'read.xlsx');
		const workbook = XLSX.read(bytes, { dense: true });
		const sheet = workbook.Sheets[workbook.SheetNames[0] ?? ''];
		if (!sheet) throw new Error('no sheet');
		const data = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '' });
		expect(data[0]).toEqual([...COLUMNS]);
		expect(data.slice(1)).toEqual(expected);
	});

	it('xlsx: refuses more rows than a sheet holds, before generating anything', async () => {
		await expect(
			writeDataset({
				format: 'xlsx',
				seed: 1,
				count: XLSX_MAX_ROWS + 1,
				out: join(dir, 'too-big.xlsx')
			})
		).rejects.toThrow(/1,048,575/);
	});

	it('vcard: one card per row; unfolded, the names are back', async () => {
		const text = (await dataset('vcard', 11, 'read.vcf')).toString('utf8');
		expect(text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(COUNT);
		const physical = text.split('\r\n');
		expect(physical.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
		const unfolded = text.replace(/\r\n[ \t]/g, '');
		const names = unfolded.match(/^N:.*$/gm) ?? [];
		expect(names).toHaveLength(COUNT);
		const first = rows[0]?.values;
		expect(names[0]).toBe(`N:${first?.['Last name']};${first?.['First name']};;;`);
	});

	it('writes a truth file that matches the rows', async () => {
		const out = join(dir, 'truth.csv');
		await writeDataset({ format: 'csv', seed: 11, count: COUNT, out });
		const truth = parseTruth(await readFile(`${out}.truth.csv`, 'utf8'));
		expect(truth.map((t) => [t.row, t.personId, t.original])).toEqual(
			rows.map((r) => [r.row, r.personId, r.original])
		);
	});
});

describe('writeRows and writeTruth', () => {
	it('write the same truth in one pass or separately', async () => {
		const data = join(dir, 'sub/dir/rows.csv');
		const together = join(dir, 'sub/dir/together.truth.csv');
		const apart = join(dir, 'apart.truth.csv');
		const result = await writeRows(generatePeople({ seed: 3, count: 500 }), data, 'csv', {
			truthPath: together
		});
		await writeTruth(generatePeople({ seed: 3, count: 500 }), apart);
		expect(result.truth?.rows).toBe(500);
		expect(await readFile(together, 'utf8')).toBe(await readFile(apart, 'utf8'));
	});

	it('stream: a big csv is written without holding it', async () => {
		const out = join(dir, 'big.csv');
		const result = await writeRows(generatePeople({ seed: 4, count: 50_000 }), out, 'csv');
		expect(result.data.rows).toBe(50_000);
		expect(result.data.bytes).toBeGreaterThan(5_000_000);
	});
});

describe('cli', () => {
	it('writes the data and the truth file and reports the speed', async () => {
		const out = join(dir, 'cli/people.csv');
		const { stdout } = await promisify(execFile)(
			process.execPath,
			[
				'--import',
				'tsx',
				'bench/generate/cli.ts',
				'--count',
				'25',
				'--seed',
				'9',
				'--format',
				'csv',
				'--out',
				out
			],
			{ cwd: process.cwd() }
		);
		expect(stdout).toMatch(/25 rows .* rows\/s/s);
		const parsed = Papa.parse<string[]>(await readFile(out, 'utf8'), { skipEmptyLines: true });
		expect(parsed.data).toHaveLength(26);
		expect((await readFile(`${out}.truth.csv`, 'utf8')).trimEnd().split('\n')).toHaveLength(26);
	});

	it('refuses an unknown format with a usage line', async () => {
		await expect(
			promisify(execFile)(
				process.execPath,
				[
					'--import',
					'tsx',
					'bench/generate/cli.ts',
					'--count',
					'5',
					'--format',
					'pdf',
					'--out',
					join(dir, 'x')
				],
				{ cwd: process.cwd() }
			)
		).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/usage/) });
	});
});

describe('committed samples (tests/fixtures/generated)', () => {
	// regenerate after a deliberate change to the generator with
	// npx tsx bench/generate/cli.ts --count 50 --seed 1 --duplicates 0.2 --format <format> --out <file>
	// (the four truth files are identical; people-50.truth.csv is kept) and raise GENERATOR_VERSION
	const fixtures = join(process.cwd(), 'tests/fixtures/generated');

	it.each([
		['csv', 'people-50.csv'],
		['csv-1252', 'people-50-1252.csv'],
		['xlsx', 'people-50.xlsx'],
		['vcard', 'people-50.vcf']
	] as const)('%s is what seed 1 gives on this machine too', async (format, name) => {
		const out = join(dir, `sample-${name}`);
		await writeDataset({ format, seed: 1, count: 50, duplicateShare: 0.2, out });
		expect((await readFile(out)).equals(await readFile(join(fixtures, name)))).toBe(true);
		expect(await readFile(`${out}.truth.csv`, 'utf8')).toBe(
			await readFile(join(fixtures, 'people-50.truth.csv'), 'utf8')
		);
	});
});
