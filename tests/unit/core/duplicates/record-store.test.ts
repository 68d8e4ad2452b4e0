import { describe, expect, it } from 'vitest';
import { profileOf } from '../../../../src/lib/core/duplicates';
import { RecordStore } from '../../../../src/lib/core/duplicates/record-store';
import { makeContact } from './make-contact';

const cases = [
	{
		name: 'a full contact with two phones, two e-mails and unique values',
		contact: makeContact('r1', {
			firstName: 'Jean-Pierre',
			lastName: 'Dupont-Lefèvre',
			alias: 'JP',
			organization: 'Łódź Ślusarstwo',
			phones: [{ value: '+49 151 23456789', kind: 'whatsapp' }, { value: '+33 1 23 45 67 89' }],
			emails: [{ value: 'jp@example.fr' }, { value: 'Jean.Pierre@Example.org' }],
			birthDate: '--05-17',
			street: 'Rue de la Paix 12',
			postalCode: '75002',
			city: 'Paris',
			region: 'Île-de-France',
			country: 'FR',
			custom: { customer: 'KD-1', number: 42, flag: true, none: null }
		})
	},
	{
		name: 'an organization only, with an e-mail',
		contact: makeContact('r2', { organization: 'ACME', emails: [{ value: 'info@acme.de' }] })
	}
];

describe('RecordStore', () => {
	it.each(cases)('gives back what duplicate detection reads: $name', ({ contact }) => {
		const uniqueFields = ['customer', 'number', 'flag', 'none', 'missing'];
		const store = new RecordStore(uniqueFields);
		// a few neighbours, so that the record is not the only one
		store.add(cases[1]?.contact ?? contact);
		const index = store.add(contact);
		store.add(cases[0]?.contact ?? contact);
		const back = store.get(index);
		expect(back).toMatchObject({
			id: contact.id,
			firstName: contact.firstName,
			lastName: contact.lastName,
			alias: contact.alias,
			organization: contact.organization,
			phones: contact.phones,
			emails: contact.emails.map(({ value }) => ({ value })),
			birthDate: contact.birthDate,
			street: contact.street,
			postalCode: contact.postalCode,
			city: contact.city,
			region: contact.region,
			country: contact.country
		});
		// text and numbers are values to match; true and null are none (see uniqueValue)
		const expected = Object.fromEntries(
			Object.entries(contact.custom).filter(
				([, value]) => typeof value !== 'boolean' && value !== null
			)
		);
		expect(back.custom).toEqual(expected);
		expect(profileOf(back, uniqueFields)).toEqual(profileOf(contact, uniqueFields));
	});

	it('spreads many records over pages and finds each again', () => {
		const store = new RecordStore([]);
		const contact = makeContact('x', { firstName: 'Anna', emails: [{ value: 'a@example.org' }] });
		for (let i = 0; i < 40_000; i++)
			store.add({ ...contact, id: `c${i}`, lastName: 'x'.repeat(i % 90) });
		expect(store.size).toBe(40_000);
		expect(store.bytes).toBeGreaterThan(4 << 20);
		for (const i of [0, 1, 20_000, 39_999]) {
			expect(store.get(i)).toMatchObject({ id: `c${i}`, lastName: 'x'.repeat(i % 90) });
		}
	});
});
