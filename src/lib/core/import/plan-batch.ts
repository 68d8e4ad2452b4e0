// what one batch of prepared rows does to the book: which rows create a contact, which update the
// contact that already has their phone or e-mail (in the book, or from an earlier row of the same
// file), which are skipped, and which come out unsubscribed because of the suppression list. pure:
// the db layer looks up the existing contacts and suppressions first and writes the plan after.

import type { Contact } from '../contact';
import { emailKey } from '../email';
import {
	applySuppressions,
	suppressionKeysOf,
	type SuppressionEntry,
	type SuppressionKey,
	type SuppressionReason
} from '../suppression';
import { applySourceChange } from '../sources/conflict';
import type { FieldHashes } from '../sources/field-hashes';
import { updateContactFromRow } from './update-contact';

/** what to do with a row whose phone or e-mail another contact already has */
export type DuplicateMode = 'fill' | 'overwrite' | 'skip' | 'create';

export type RowOutcome = 'created' | 'updated' | 'unchanged' | 'skipped';

export interface BatchRow {
	/** the row number the user sees */
	row: number;
	contact: Contact;
	/**
	 * set by an automatic import for a row the source had before and changed since: what the source
	 * said then. the row's match is then updated by the sync's conflict rule (sources/conflict.ts)
	 * instead of the job's duplicate mode.
	 */
	previous?: FieldHashes;
}

export interface PlanBatchInput {
	rows: readonly BatchRow[];
	/** every stored contact that holds a phone or e-mail of the rows (more do no harm) */
	existing: readonly Contact[];
	/** the stored suppressions among the rows' phones and e-mails (more do no harm) */
	suppressions: readonly SuppressionEntry[];
	mode: DuplicateMode;
	now: number;
}

export interface RowResult {
	row: number;
	outcome: RowOutcome;
	/** the contact the row created, updated or matched */
	contactId: string;
	/** the suppressed identifiers that made the contact unsubscribed; empty when none */
	suppressedBy: SuppressionReason[];
	/** fields edited in carnet that a source's new value replaced (automatic import only) */
	overridden?: string[];
}

export interface PlannedBatch {
	/** new contacts, as they stand after the whole batch */
	created: Contact[];
	/** stored contacts the batch changed: as they were before it, and after */
	updated: { before: Contact; after: Contact }[];
	results: RowResult[];
	/** identifiers of contacts that end up unsubscribed and are not suppressed yet */
	suppress: (SuppressionKey & { contactId: string })[];
}

export function planBatch(input: PlanBatchInput): PlannedBatch {
	// the current state of every contact the batch knows, by id, and who holds which identifier
	const current = new Map<string, Contact>();
	const holders = new Map<string, string>();
	const stored = new Map<string, Contact>();
	const createdIds = new Set<string>();
	const hold = (contact: Contact): void => {
		for (const key of identifierKeys(contact)) if (!holders.has(key)) holders.set(key, contact.id);
	};
	// oldest first, so that a row matching several contacts goes to the one that was there first
	for (const contact of [...input.existing].sort(byAge)) {
		if (current.has(contact.id)) continue;
		current.set(contact.id, contact);
		stored.set(contact.id, contact);
		hold(contact);
	}

	const results: RowResult[] = [];
	for (const { row, contact, previous } of input.rows) {
		const matchId =
			input.mode === 'create' ? undefined : firstHolder(identifierKeys(contact), holders);
		const match = matchId === undefined ? undefined : current.get(matchId);
		if (match === undefined) {
			const applied = applySuppressions(contact, input.suppressions);
			current.set(contact.id, applied.contact);
			createdIds.add(contact.id);
			hold(applied.contact);
			results.push({
				row,
				outcome: 'created',
				contactId: contact.id,
				suppressedBy: suppressedBy(contact, applied.contact, applied.reasons)
			});
			continue;
		}
		if (input.mode === 'skip' && previous === undefined) {
			results.push({ row, outcome: 'skipped', contactId: match.id, suppressedBy: [] });
			continue;
		}
		const mode = input.mode === 'overwrite' ? 'overwrite' : 'fill';
		let overridden: string[] = [];
		let changed: Contact | null;
		if (previous === undefined) changed = updateContactFromRow(match, contact, mode, input.now);
		else
			({ contact: changed, overridden } = applySourceChange(match, contact, previous, input.now));
		if (changed === null) {
			results.push({ row, outcome: 'unchanged', contactId: match.id, suppressedBy: [] });
			continue;
		}
		const applied = applySuppressions(changed, input.suppressions);
		current.set(match.id, applied.contact);
		hold(applied.contact);
		results.push({
			row,
			outcome: 'updated',
			contactId: match.id,
			suppressedBy: suppressedBy(changed, applied.contact, applied.reasons),
			...(overridden.length > 0 ? { overridden } : {})
		});
	}

	const created = [...createdIds].map((id) => current.get(id) as Contact);
	const updated: PlannedBatch['updated'] = [];
	for (const [id, before] of stored) {
		const after = current.get(id) as Contact;
		if (after !== before) updated.push({ before, after });
	}
	const written = [...created, ...updated.map((change) => change.after)];
	return { created, updated, results, suppress: toSuppress(written, input.suppressions) };
}

function byAge(a: Contact, b: Contact): number {
	return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function identifierKeys(contact: Pick<Contact, 'phones' | 'emails'>): string[] {
	return [
		...contact.phones.map((phone) => `phone:${phone.value}`),
		...contact.emails.map((email) => `email:${emailKey(email.value)}`)
	];
}

function firstHolder(
	keys: readonly string[],
	holders: ReadonlyMap<string, string>
): string | undefined {
	for (const key of keys) {
		const id = holders.get(key);
		if (id !== undefined) return id;
	}
	return undefined;
}

// only a subscription the suppression list changed counts; a file that says "unsubscribed" is the
// file's own doing
function suppressedBy(
	before: Contact,
	after: Contact,
	reasons: SuppressionReason[]
): SuppressionReason[] {
	return before.subscription === 'subscribed' && after.subscription === 'unsubscribed'
		? reasons
		: [];
}

// an unsubscribed contact has every identifier suppressed (DESIGN §6), so that deleting it later does
// not forget; identifiers already on the list keep their first date
function toSuppress(
	contacts: readonly Contact[],
	existing: readonly SuppressionEntry[]
): PlannedBatch['suppress'] {
	const known = new Set(existing.map((entry) => `${entry.kind}:${entry.key}`));
	const rows: PlannedBatch['suppress'] = [];
	for (const contact of contacts) {
		if (contact.subscription !== 'unsubscribed') continue;
		for (const identifier of suppressionKeysOf(contact)) {
			const key = `${identifier.kind}:${identifier.key}`;
			if (known.has(key)) continue;
			known.add(key);
			rows.push({ ...identifier, contactId: contact.id });
		}
	}
	return rows;
}
