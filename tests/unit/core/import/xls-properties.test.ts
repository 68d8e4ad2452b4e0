import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { sniffFile } from '../../../../src/lib/core/import/sniff';
import {
	type CompoundFileApi,
	propertyCountsFit,
	withoutDamagedProperties
} from '../../../../src/lib/core/import/xls-properties';
import { fixture } from './read-test-files';

const cfb = XLSX.CFB as CompoundFileApi;
const bytesOf = (name: string) =>
	new Uint8Array(readFileSync(new URL(`../../../fixtures/import/${name}`, import.meta.url)));
const summaryOf = (data: Uint8Array) =>
	Uint8Array.from(
		cfb.find(cfb.read(data, { type: 'array' }), '/\u0005SummaryInformation')?.content ?? []
	);

describe('propertyCountsFit', () => {
	const intact = summaryOf(bytesOf('contacts.xls'));

	it('accepts the summary information excel and SheetJS write', () => {
		expect(intact.length).toBeGreaterThan(48);
		expect(propertyCountsFit(intact)).toBe(true);
	});

	it.each([
		['a property count of 15,990,786', summaryOf(bytesOf('damaged-summary.xls'))],
		['a stream cut before its first set', intact.subarray(0, 40)],
		['a stream cut inside its properties', intact.subarray(0, intact.length - 30)],
		['three property sets', Uint8Array.from(intact, (byte, at) => (at === 24 ? 3 : byte))],
		[
			'a set that starts past the end',
			Uint8Array.from(intact, (byte, at) => (at === 45 ? 9 : byte))
		]
	])('refuses %s', (_, stream) => {
		expect(propertyCountsFit(stream)).toBe(false);
	});
});

describe('withoutDamagedProperties', () => {
	it('leaves an intact file as it is', () => {
		const data = bytesOf('contacts.xls');
		expect(withoutDamagedProperties(cfb, data)).toBe(data);
	});

	it('drops a damaged summary and keeps the sheets', () => {
		const repaired = withoutDamagedProperties(cfb, bytesOf('damaged-summary.xls'));
		expect(summaryOf(repaired)).toHaveLength(0);
		const workbook = XLSX.read(repaired, { type: 'array', dense: true });
		expect(
			XLSX.utils.sheet_to_json(workbook.Sheets.Sheet1 ?? {}, { header: 1, blankrows: false })
		).toEqual([
			['Name', 'Phone', 'Email'],
			['Anna Müller', '0151 2345678', 'anna@example.de'],
			['Zoë Lefèvre', '+33 6 12 34 56 78', 'zoe@example.fr']
		]);
	});
});

describe('an xls whose property count is damaged', () => {
	it('is read with its rows and without a heap of gigabytes', async () => {
		const before = process.memoryUsage().heapUsed;
		const info = await sniffFile(fixture('damaged-summary.xls'));
		// SheetJS alone grew the heap by 1.6 GB on this 4 kB file
		expect(process.memoryUsage().heapUsed - before).toBeLessThan(200_000_000);
		expect(info.header).toEqual(['Name', 'Phone', 'Email']);
		expect(info.sample.map((row) => row[0])).toEqual(['Anna Müller', 'Zoë Lefèvre']);
	});
});
