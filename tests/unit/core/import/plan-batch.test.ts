import { describe, expect, it } from 'vitest';
import type { Contact, ContactDraft } from '../../../../src/lib/core/contact';
import { createContact } from '../../../../src/lib/core/create-contact';
import { planBatch, type DuplicateMode } from '../../../../src/lib/core/import/plan-batch';
import type { SuppressionEntry } from '../../../../src/lib/core/suppression';

const T0 = Date.UTC(2026, 0, 1);
const NOW = Date.UTC(2026, 5, 1);
let counter = 0;

function contact(draft: ContactDraft, createdAt = T0): Contact {
	counter += 1;
	const id = `01900000-0000-7000-8000-${String(counter).padStart(12, '0')}`;
	const result = createContact(draft, { defaultCountry: 'DE', now: createdAt, id });
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.contact;
}

const ADA_PHONE = '+4915123456789';

function plan(
	rows: Contact[],
	existing: Contact[] = [],
	mode: DuplicateMode = 'fill',
	suppressions: SuppressionEntry[] = []
) {
	return planBatch({
		rows: rows.map((c, i) => ({ row: i + 2, contact: c })),
		existing,
		suppressions,
		mode,
		now: NOW
	});
}

describe('planBatch', () => {
	it('creates contacts nobody holds', () => {
		const ada = contact({ firstName: 'Ada', phones: [{ value: ADA_PHONE }] });
		const result = plan([ada]);
		expect(result.created).toEqual([ada]);
		expect(result.updated).toEqual([]);
		expect(result.results).toEqual([
			{ row: 2, outcome: 'created', contactId: ada.id, suppressedBy: [] }
		]);
	});

	const modes: { mode: DuplicateMode; outcome: string; created: number; updated: number }[] = [
		{ mode: 'fill', outcome: 'updated', created: 0, updated: 1 },
		{ mode: 'overwrite', outcome: 'updated', created: 0, updated: 1 },
		{ mode: 'skip', outcome: 'skipped', created: 0, updated: 0 },
		{ mode: 'create', outcome: 'created', created: 1, updated: 0 }
	];
	for (const { mode, outcome, created, updated } of modes) {
		it(`a row with a stored contact's phone, mode ${mode}: ${outcome}`, () => {
			const stored = contact({ firstName: 'Adelheid', phones: [{ value: ADA_PHONE }] });
			const row = contact({
				firstName: 'Ada',
				lastName: 'L',
				phones: [{ value: '0151 23456789' }]
			});
			const result = plan([row], [stored], mode);
			expect(result.results[0]?.outcome).toBe(outcome);
			expect(result.created).toHaveLength(created);
			expect(result.updated).toHaveLength(updated);
			if (updated > 0) {
				expect(result.updated[0]?.before).toBe(stored);
				expect(result.updated[0]?.after.lastName).toBe('L');
				expect(result.updated[0]?.after.firstName).toBe(mode === 'fill' ? 'Adelheid' : 'Ada');
			}
		});
	}

	it('finds the stored contact by e-mail too, whatever its case', () => {
		const stored = contact({ firstName: 'Ada', emails: [{ value: 'Ada@Example.org' }] });
		const row = contact({
			firstName: 'Ada',
			emails: [{ value: 'ada@example.org' }],
			city: 'Paris'
		});
		const result = plan([row], [stored]);
		expect(result.results[0]).toMatchObject({ outcome: 'updated', contactId: stored.id });
	});

	it('counts a row that holds nothing new as unchanged and writes nothing', () => {
		const stored = contact({ firstName: 'Ada', phones: [{ value: ADA_PHONE }] });
		const row = contact({ firstName: 'Ada', phones: [{ value: ADA_PHONE }] });
		const result = plan([row], [stored]);
		expect(result.results[0]?.outcome).toBe('unchanged');
		expect(result.updated).toEqual([]);
	});

	it('a person repeated in the batch is created once and updated by the later row', () => {
		const first = contact({ firstName: 'Ada', phones: [{ value: ADA_PHONE }] });
		const second = contact({
			firstName: 'Ada',
			lastName: 'Lovelace',
			phones: [{ value: ADA_PHONE }],
			emails: [{ value: 'ada@example.org' }]
		});
		const result = plan([first, second]);
		expect(result.created).toHaveLength(1);
		expect(result.created[0]?.id).toBe(first.id);
		expect(result.created[0]?.lastName).toBe('Lovelace');
		expect(result.results.map((r) => r.outcome)).toEqual(['created', 'updated']);
	});

	it('a row matching two stored contacts goes to the older one', () => {
		const older = contact({ firstName: 'Old', emails: [{ value: 'a@example.org' }] }, T0);
		const newer = contact({ firstName: 'New', phones: [{ value: ADA_PHONE }] }, T0 + 1000);
		const row = contact({
			firstName: 'Ada',
			phones: [{ value: ADA_PHONE }],
			emails: [{ value: 'a@example.org' }]
		});
		// the row's phone comes first, so the phone's holder wins over the older e-mail holder
		expect(plan([row], [newer, older]).results[0]?.contactId).toBe(newer.id);
		const emailOnly = contact({ firstName: 'Ada', emails: [{ value: 'a@example.org' }] });
		expect(plan([emailOnly], [newer, older]).results[0]?.contactId).toBe(older.id);
	});

	it('a suppressed phone makes a new contact unsubscribed and says why', () => {
		const row = contact({ firstName: 'Ada', phones: [{ value: ADA_PHONE }] });
		const at = Date.UTC(2026, 4, 3);
		const result = plan([row], [], 'fill', [{ key: ADA_PHONE, kind: 'phone', at }]);
		expect(result.created[0]?.subscription).toBe('unsubscribed');
		expect(result.created[0]?.keys.unsubscribed).toBe(1);
		expect(result.results[0]?.suppressedBy).toEqual([{ value: ADA_PHONE, kind: 'phone', at }]);
		// already suppressed: nothing to add
		expect(result.suppress).toEqual([]);
	});

	it('an unsubscribed row suppresses all its identifiers', () => {
		const row = contact({
			firstName: 'Ada',
			subscription: 'unsubscribed',
			phones: [{ value: ADA_PHONE }],
			emails: [{ value: 'ada@example.org' }]
		});
		const result = plan([row]);
		expect(result.results[0]?.suppressedBy).toEqual([]);
		expect(result.suppress.map((s) => s.key)).toEqual([ADA_PHONE, 'ada@example.org']);
		expect(result.suppress.every((s) => s.contactId === row.id)).toBe(true);
	});

	it('never re-subscribes a stored unsubscribed contact', () => {
		const stored = contact({
			firstName: 'Ada',
			subscription: 'unsubscribed',
			phones: [{ value: ADA_PHONE }]
		});
		const row = contact({
			firstName: 'Ada',
			lastName: 'Lovelace',
			subscription: 'subscribed',
			phones: [{ value: ADA_PHONE }]
		});
		const result = plan([row], [stored], 'overwrite');
		expect(result.updated[0]?.after.subscription).toBe('unsubscribed');
	});
});
