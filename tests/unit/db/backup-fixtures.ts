// a book with rows in every table, for the backup tests: contacts from seed.ts plus a few rows of
// each other table, as the app writes them at schema version 1.

import type { Contact } from '../../../src/lib/core/contact';
import type { CarnetDatabase } from '../../../src/lib/db/database';
import {
	pairKey,
	type CarnetTables,
	type ImportOptions,
	type TableName
} from '../../../src/lib/db/schema';
import { makeContact } from './harness';
import { LISTS, makeBook } from './seed';

export function bookTables(size: number, seed = 1): { [T in TableName]: CarnetTables[T][] } {
	const contacts: Contact[] = makeBook(size, seed);
	const [ada = makeContact(), bob = makeContact()] = contacts;
	const at = 1_700_000_000_000;
	const stamps = { createdAt: at, updatedAt: at };
	const options: ImportOptions = {
		defaultCountry: 'DE',
		listIds: [LISTS.small],
		unsubscribeAll: false,
		duplicates: 'fill',
		format: 'csv',
		encoding: 'utf-8',
		delimiter: ';',
		sheet: ''
	};
	return {
		contacts,
		lists: Object.values(LISTS).map((id, index) => ({ id, name: `List ${index}`, ...stamps })),
		fields: [
			{
				id: 'field-voice',
				label: 'Voice',
				type: 'choice',
				options: ['soprano', 'alto'],
				unique: false,
				order: 0,
				...stamps
			},
			{ id: 'field-dues', label: 'Dues', type: 'number', unique: false, order: 1, ...stamps }
		],
		suppressions: [
			{ key: '+4915123456789', kind: 'phone', at, reason: 'manual', contactId: ada.id, ...stamps },
			{ key: 'gone@example.org', kind: 'email', at, reason: 'import', ...stamps }
		],
		events: [
			{
				id: 'event-1',
				contactId: ada.id,
				at,
				type: 'note',
				data: {},
				note: 'met at rehearsal',
				...stamps
			},
			{
				id: 'event-2',
				contactId: bob.id,
				at: at + 1,
				type: 'deleted',
				data: { snapshot: bob },
				note: '',
				...stamps
			}
		],
		imports: [
			{
				id: 'job-1',
				file: { name: 'choir.csv', size: 1234, type: 'text/csv', lastModified: at },
				format: 'csv',
				header: ['First name', 'Notes', 'Phone'],
				mapping: [
					{ kind: 'field', field: 'firstName' },
					null,
					{ kind: 'phone', phoneKind: 'mobile' }
				],
				options,
				status: 'committed',
				counts: {
					rows: 3,
					created: 2,
					updated: 0,
					unchanged: 0,
					skipped: 0,
					failed: 1,
					suppressed: 0
				},
				totalRows: 3,
				lastCommittedRow: 4,
				startedAt: at,
				finishedAt: at,
				sourceId: null,
				error: null,
				...stamps
			}
		],
		importIssues: [
			{
				id: 'issue-1',
				jobId: 'job-1',
				row: 2,
				values: ['Bob', '', '4.91511E+11'],
				reasons: [
					{ column: 2, field: 'phones.0', value: '4.91511E+11', error: 'phone.scientific_notation' }
				],
				failed: true,
				...stamps
			}
		],
		importChanges: [
			{
				id: 'change-1',
				jobId: 'job-1',
				firstRow: 2,
				created: [ada.id],
				updated: [],
				...stamps
			}
		],
		suggestions: [
			{
				id: 'suggestion-1',
				pair: pairKey(ada.id, bob.id),
				a: ada.id < bob.id ? ada.id : bob.id,
				b: ada.id < bob.id ? bob.id : ada.id,
				score: 0.8,
				reasons: [{ code: 'similar-name', detail: 'lovelace' }],
				status: 'dismissed',
				...stamps
			}
		],
		merges: [
			{
				id: 'merge-1',
				survivorId: ada.id,
				absorbedId: 'absorbed-1',
				survivorBefore: ada,
				absorbedBefore: makeContact({ id: 'absorbed-1' }),
				merged: ada,
				choices: { firstName: 'survivor' },
				provenance: { firstName: ada.id },
				movedEventIds: [],
				at,
				undoneAt: null,
				...stamps
			}
		],
		sources: [
			{
				id: 'source-1',
				name: 'Choir sheet',
				kind: 'url',
				location: 'https://example.org/choir.csv',
				mapping: [{ kind: 'field', field: 'firstName' }],
				options,
				header: ['First name'],
				enabled: true,
				intervalMinutes: 30,
				handle: null,
				lastRunAt: at,
				lastJobId: null,
				pending: false,
				lastError: null,
				lastErrorDetail: '',
				...stamps
			}
		],
		sourceRows: [
			{
				id: `source-1|phone:${ada.phones[0]?.value ?? ''}`,
				sourceId: 'source-1',
				key: `phone:${ada.phones[0]?.value ?? ''}`,
				fingerprint: '0123456789abcdef',
				fields: { firstName: 'fedcba9876543210' },
				contactId: ada.id,
				...stamps
			}
		],
		settings: [
			{ key: 'defaultCountry', value: 'DE', ...stamps },
			{ key: 'requirePhone', value: true, ...stamps }
		]
	};
}

export async function fill(
	db: CarnetDatabase,
	tables: Partial<Record<TableName, readonly unknown[]>>
): Promise<void> {
	const names = Object.keys(tables) as TableName[];
	await db.transaction('rw', names, async () => {
		for (const name of names) await db.table(name).bulkAdd([...(tables[name] ?? [])]);
	});
}

/** every table's rows, in primary-key order */
export async function dump(db: CarnetDatabase): Promise<Record<string, unknown[]>> {
	const out: Record<string, unknown[]> = {};
	for (const table of db.tables) {
		// derived, and stamped at random on every write that moves a contact in the list
		if (table.name === 'listAnchors') continue;
		out[table.name] = await table.toArray();
	}
	return out;
}
