// what a row of each table must look like before a restore writes it: the types the app relies on
// when it reads the row back (a contact whose phones are not an array would break every screen that
// shows it). checked for backups of the current schema version; an older backup is upgraded by the
// database's own migrations, which are written for rows as that version stored them.

import { PHONE_KINDS, type PhoneKind } from '../contact';
import { isBirthDate } from '../birth-date';

type Kind = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'string?' | 'number?';

const STAMPS = { createdAt: 'number', updatedAt: 'number' } as const;

const SHAPES: Readonly<Record<string, Readonly<Record<string, Kind>>>> = {
	contacts: {
		id: 'string',
		firstName: 'string',
		lastName: 'string',
		alias: 'string',
		organization: 'string',
		phones: 'array',
		emails: 'array',
		subscription: 'string',
		birthDate: 'string',
		street: 'string',
		postalCode: 'string',
		city: 'string',
		region: 'string',
		country: 'string',
		note: 'string',
		listIds: 'array',
		custom: 'object',
		keys: 'object',
		...STAMPS
	},
	lists: { id: 'string', name: 'string', ...STAMPS },
	fields: {
		id: 'string',
		label: 'string',
		type: 'string',
		unique: 'boolean',
		order: 'number',
		...STAMPS
	},
	suppressions: {
		key: 'string',
		kind: 'string',
		at: 'number',
		reason: 'string',
		contactId: 'string?',
		...STAMPS
	},
	events: {
		id: 'string',
		contactId: 'string',
		at: 'number',
		type: 'string',
		data: 'object',
		note: 'string',
		...STAMPS
	},
	imports: {
		id: 'string',
		file: 'object',
		format: 'string',
		mapping: 'array',
		options: 'object',
		status: 'string',
		counts: 'object',
		header: 'array',
		lastCommittedRow: 'number',
		...STAMPS
	},
	importIssues: {
		id: 'string',
		jobId: 'string',
		row: 'number',
		values: 'array',
		reasons: 'array',
		failed: 'boolean'
	},
	importChanges: {
		id: 'string',
		jobId: 'string',
		firstRow: 'number',
		created: 'array',
		updated: 'array'
	},
	suggestions: {
		id: 'string',
		pair: 'string',
		a: 'string',
		b: 'string',
		score: 'number',
		reasons: 'array',
		status: 'string'
	},
	merges: {
		id: 'string',
		survivorId: 'string',
		absorbedId: 'string',
		survivorBefore: 'object',
		absorbedBefore: 'object',
		merged: 'object',
		movedEventIds: 'array',
		at: 'number',
		undoneAt: 'number?'
	},
	sources: { id: 'string', name: 'string', kind: 'string', location: 'string', enabled: 'boolean' },
	sourceRows: {
		id: 'string',
		sourceId: 'string',
		key: 'string',
		fingerprint: 'string',
		fields: 'object',
		contactId: 'string'
	},
	settings: { key: 'string' }
};

function hasKind(value: unknown, kind: Kind): boolean {
	switch (kind) {
		case 'string?':
			return value === undefined || value === null || typeof value === 'string';
		case 'number?':
			return value === undefined || value === null || typeof value === 'number';
		case 'array':
			return Array.isArray(value);
		case 'object':
			return typeof value === 'object' && value !== null && !Array.isArray(value);
		default:
			return typeof value === kind;
	}
}

/**
 * the first thing wrong with a row of `table`, as the field's name ('phones', 'custom.x'), or
 * undefined when it looks right. tables this version does not describe are only checked for keys.
 */
export function rowProblem(table: string, row: Record<string, unknown>): string | undefined {
	const shape = SHAPES[table];
	if (!shape) return undefined;
	for (const [field, kind] of Object.entries(shape)) {
		if (!hasKind(row[field], kind)) return field;
	}
	return table === 'contacts' ? contactProblem(row) : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function contactProblem(row: Record<string, unknown>): string | undefined {
	const phones = row.phones as unknown[];
	for (const [index, phone] of phones.entries()) {
		if (
			!isRecord(phone) ||
			typeof phone.value !== 'string' ||
			!PHONE_KINDS.includes(phone.kind as PhoneKind)
		) {
			return `phones.${index}`;
		}
	}
	const emails = row.emails as unknown[];
	for (const [index, email] of emails.entries()) {
		if (!isRecord(email) || typeof email.value !== 'string') return `emails.${index}`;
	}
	if (row.subscription !== 'subscribed' && row.subscription !== 'unsubscribed') {
		return 'subscription';
	}
	const birthDate = row.birthDate as string;
	if (birthDate !== '' && !isBirthDate(birthDate)) return 'birthDate';
	if (!(row.listIds as unknown[]).every((id) => typeof id === 'string')) return 'listIds';
	for (const [id, value] of Object.entries(row.custom as Record<string, unknown>)) {
		const type = typeof value;
		if (value !== null && type !== 'string' && type !== 'number' && type !== 'boolean') {
			return `custom.${id}`;
		}
	}
	const keys = row.keys as Record<string, unknown>;
	for (const key of ['name', 'email', 'phone', 'callingCode'] as const) {
		if (typeof keys[key] !== 'string') return `keys.${key}`;
	}
	const tokens = keys.tokens;
	if (!Array.isArray(tokens) || !tokens.every((token) => typeof token === 'string')) {
		return 'keys.tokens';
	}
	return undefined;
}
