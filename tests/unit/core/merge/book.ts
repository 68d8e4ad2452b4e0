// a tiny stand-in for the db: contacts, where each timeline event lives, and the active merge
// records, changed the way the lead's transactions will change them.

import type { Contact } from '../../../../src/lib/core/contact';
import {
	planMerge,
	planUnmerge,
	unmergeScope,
	type MergeChoices,
	type MergeRecord
} from '../../../../src/lib/core/merge';

export interface StoredRecord extends MergeRecord {
	id: string;
}

export class Book {
	contacts = new Map<string, Contact>();
	/** event id → contact id */
	events = new Map<string, string>();
	records: StoredRecord[] = [];
	clock: number;

	constructor(contacts: readonly Contact[], clock: number) {
		this.clock = clock;
		for (const contact of contacts) {
			this.contacts.set(contact.id, contact);
			this.events.set(`${contact.id}-e1`, contact.id);
			this.events.set(`${contact.id}-e2`, contact.id);
		}
	}

	clone(): Book {
		const copy = new Book([], this.clock);
		copy.contacts = new Map(this.contacts);
		copy.events = new Map(this.events);
		copy.records = [...this.records];
		return copy;
	}

	get(id: string): Contact {
		const contact = this.contacts.get(id);
		if (contact === undefined) throw new Error(`no contact ${id}`);
		return contact;
	}

	merge(survivorId: string, absorbedId: string, choices: MergeChoices = {}): StoredRecord {
		const absorbedEventIds = [...this.events]
			.filter(([, contactId]) => contactId === absorbedId)
			.map(([eventId]) => eventId);
		this.clock += 1;
		const plan = planMerge(this.get(survivorId), this.get(absorbedId), choices, {
			now: this.clock,
			absorbedEventIds
		});
		this.contacts.set(survivorId, plan.merged);
		this.contacts.delete(absorbedId);
		for (const eventId of absorbedEventIds) this.events.set(eventId, survivorId);
		const record = { ...plan.record, id: `m${this.records.length}-${absorbedId}` };
		this.records.push(record);
		return record;
	}

	unmerge(recordId: string): void {
		const record = this.records.find((other) => other.id === recordId);
		if (record === undefined) throw new Error(`no record ${recordId}`);
		const scope = unmergeScope(record, this.records);
		this.clock += 1;
		const plan = planUnmerge(this.get(scope.holderId), record, {
			now: this.clock,
			later: this.records
		});
		this.contacts.set(scope.holderId, plan.survivor);
		this.contacts.set(plan.restored.id, plan.restored);
		for (const eventId of record.movedEventIds) this.events.set(eventId, record.absorbedId);
		const rebased = new Map(plan.rebased.map((other) => [other.id, other]));
		this.records = this.records
			.filter((other) => other !== record)
			.map((other) => rebased.get(other.id) ?? other);
	}
}
