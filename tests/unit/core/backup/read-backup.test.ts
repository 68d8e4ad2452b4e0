import { describe, expect, it } from 'vitest';
import { backupText, type BackupHeader } from '../../../../src/lib/core/backup/format';
import {
	BackupReader,
	readBackupText,
	type ReadBackupOptions
} from '../../../../src/lib/core/backup/read-backup';
import type { Contact } from '../../../../src/lib/core/contact';
import { createContact } from '../../../../src/lib/core/create-contact';

// a schema with two versions: v1 had contacts and lists, v2 (current) added settings
const OPTIONS: ReadBackupOptions = {
	currentVersion: 2,
	tablesAt: (version): Record<string, string> | undefined =>
		version === 1
			? { contacts: 'id', lists: 'id' }
			: version === 2
				? { contacts: 'id', lists: 'id', settings: 'key' }
				: undefined
};

function contact(id: string, firstName: string): Contact {
	const result = createContact(
		{ firstName, emails: [{ value: `${firstName.toLowerCase()}@example.org` }] },
		{ defaultCountry: 'DE', now: 1_700_000_000_000, id }
	);
	if (!result.ok) throw new Error('bad fixture');
	return result.contact;
}

const ADA = contact('c1', 'Ada');
const ROWS: Record<string, unknown[]> = {
	contacts: [ADA, contact('c2', 'Grace')],
	lists: [{ id: 'l1', name: 'Choir', createdAt: 1, updatedAt: 1 }],
	settings: [{ key: 'defaultCountry', value: 'DE', createdAt: 1, updatedAt: 1 }]
};

function write(
	tables: Record<string, unknown[]> = ROWS,
	version = 2,
	counts?: Record<string, number>
): string {
	const header: BackupHeader = {
		format: 'carnet-backup',
		app: 'carnet',
		schemaVersion: version,
		createdAt: 1_700_000_000_000,
		tables: Object.keys(tables)
	};
	let text = backupText.start(header);
	Object.entries(tables).forEach(([name, rows], index) => {
		text += backupText.tableStart(name, index === 0);
		// written in two reads, as the worker does
		text += backupText.rows(rows.slice(0, 1), true);
		text += backupText.rows(rows.slice(1), rows.length === 0);
		text += backupText.tableEnd();
	});
	const actual = Object.fromEntries(Object.entries(tables).map(([n, r]) => [n, r.length]));
	return text + backupText.end(counts ?? actual);
}

const good = write();

describe('reading a backup', () => {
	it('gives back every table and row of a whole file', () => {
		expect(() => JSON.parse(good) as unknown).not.toThrow();
		const result = readBackupText(good, OPTIONS);
		expect(result).toEqual({
			ok: true,
			backup: {
				header: expect.objectContaining({ schemaVersion: 2, createdAt: 1_700_000_000_000 }),
				tables: ROWS
			}
		});
	});

	it('reads the same when the text comes in pieces of any size', () => {
		for (const size of [1, 7, 100, 4096]) {
			const reader = new BackupReader(OPTIONS);
			for (let at = 0; at < good.length; at += size) reader.push(good.slice(at, at + size));
			expect(reader.finish()).toEqual(readBackupText(good, OPTIONS));
		}
	});

	it('reads a backup that another tool re-formatted', () => {
		const pretty = JSON.stringify(JSON.parse(good), null, 2);
		expect(readBackupText(pretty, OPTIONS)).toEqual(readBackupText(good, OPTIONS));
	});

	it('reads an older version with its own tables', () => {
		const v1 = { contacts: ROWS.contacts ?? [], lists: ROWS.lists ?? [] };
		const result = readBackupText(write(v1, 1), OPTIONS);
		expect(result.ok && result.backup.header.schemaVersion).toBe(1);
	});

	const corrupt = good.replace('"Grace"', '"Grace');
	const cases = [
		{ name: 'an empty file', input: '', expected: [{ code: 'backup.empty' }] },
		{
			name: 'a csv file',
			input: 'First name,Last name\r\nAda,Lovelace\r\n',
			expected: [{ code: 'backup.not_backup' }]
		},
		{
			name: 'another app’s json',
			input: '{"version": 1, "items": []}',
			expected: [{ code: 'backup.not_backup' }]
		},
		{
			name: 'another app’s header',
			input: good.replace('"app":"carnet"', '"app":"other"'),
			expected: [{ code: 'backup.not_backup' }]
		},
		{
			name: 'a newer schema',
			input: write(ROWS, 3),
			expected: [{ code: 'backup.too_new', detail: '3' }]
		},
		{
			name: 'a version that never existed',
			input: write(ROWS, 0),
			expected: [{ code: 'backup.unsupported_version', detail: '0' }]
		},
		{
			name: 'a table the version does not have',
			input: write({ ...ROWS, extra: [] }),
			expected: [{ code: 'backup.corrupt', detail: 'tables' }]
		},
		{
			name: 'a broken row',
			input: corrupt,
			expected: [{ code: 'backup.corrupt', line: 5, table: 'contacts' }]
		},
		{
			name: 'a file cut after a row',
			input: good.slice(0, good.indexOf('"Grace"')).replace(/[^\n]*$/, ''),
			expected: [{ code: 'backup.truncated', line: 4 }]
		},
		{
			name: 'a file cut inside a row',
			input: good.slice(0, good.indexOf('"Grace"')),
			expected: [{ code: 'backup.truncated', line: 5, table: 'contacts' }]
		},
		{
			name: 'a file without its counts',
			input: good.slice(0, good.lastIndexOf('"counts"')),
			expected: [{ code: 'backup.truncated', line: 13 }]
		},
		{
			name: 'a row too few',
			input: write(ROWS, 2, { contacts: 3, lists: 1, settings: 1 }),
			expected: [{ code: 'backup.count_mismatch', table: 'contacts', detail: '3' }]
		},
		{
			name: 'a duplicate key',
			input: write({ ...ROWS, lists: [ROWS.lists?.[0], ROWS.lists?.[0]] }),
			expected: [{ code: 'backup.invalid_row', table: 'lists', row: 2, detail: 'duplicate id' }]
		},
		{
			name: 'a row without its key',
			input: write({ ...ROWS, settings: [{ value: 'DE' }] }),
			expected: [{ code: 'backup.invalid_row', table: 'settings', row: 1, detail: 'key' }]
		},
		{
			name: 'a contact whose phones are not a list',
			input: write({ ...ROWS, contacts: [{ ...ADA, phones: '+49151' } as unknown] }),
			expected: [{ code: 'backup.invalid_row', table: 'contacts', row: 1, detail: 'phones' }]
		},
		{
			name: 'a contact with a phone of an unknown kind',
			input: write({
				...ROWS,
				contacts: [{ ...ADA, phones: [{ value: '+4915123456789', kind: 'fax' }] }]
			}),
			expected: [{ code: 'backup.invalid_row', table: 'contacts', row: 1, detail: 'phones.0' }]
		},
		{
			name: 'a contact with an impossible birthday',
			input: write({ ...ROWS, contacts: [{ ...ADA, birthDate: '2023-02-30' }] }),
			expected: [{ code: 'backup.invalid_row', table: 'contacts', row: 1, detail: 'birthDate' }]
		},
		{
			name: 'a re-formatted file cut short',
			input: JSON.stringify(JSON.parse(good), null, 2).slice(0, 300),
			expected: [{ code: 'backup.truncated' }]
		}
	];
	it.each(cases)('refuses $name', ({ input, expected }) => {
		expect(readBackupText(input, OPTIONS)).toEqual({ ok: false, errors: expected });
	});

	it('tells the caller to stop reading once a file is refused', () => {
		const reader = new BackupReader(OPTIONS);
		reader.push('PK\u0003\u0004 a zip file\n');
		expect(reader.failed).toBe(true);
	});
});
