import { describe, expect, it } from 'vitest';
import { profileOf, type Profile } from '../../../../src/lib/core/duplicates';
import { ProfileStore } from '../../../../src/lib/core/duplicates/profile-store';
import { makeContact } from './make-contact';

const uniqueFields = ['customer', 'number', 'flag', 'none', 'missing'];

const cases = [
	{
		name: 'a full contact with two phones, two e-mails and unique values',
		contact: makeContact('r1', {
			firstName: 'Jean-Pierre',
			lastName: 'Dupont-Lefèvre',
			alias: 'JP',
			organization: 'Łódź Ślusarstwo',
			phones: [{ value: '+49 151 23456789', kind: 'whatsapp' }, { value: '+33 1 23 45 67 89' }],
			emails: [{ value: 'jean.pierre@googlemail.com' }, { value: 'Jean.Pierre@Example.org' }],
			birthDate: '--05-17',
			street: 'flat 5, 66 King St.',
			postalCode: '75 002',
			city: 'Paris',
			region: 'Île-de-France',
			country: 'FR',
			custom: { customer: 'KD 1', number: 42, flag: true, none: null }
		})
	},
	{
		name: 'an organization only, with a role address',
		contact: makeContact('r2', { organization: 'ACME', emails: [{ value: 'info@acme.de' }] })
	},
	{
		name: 'a street of several words out of order, with a building line',
		contact: makeContact('r6', {
			lastName: 'Lefèvre',
			street: 'Avenue des Champs-Élysées 8, Bâtiment B',
			postalCode: '75008',
			city: 'Paris',
			country: 'FR'
		})
	},
	{
		name: 'a name only, with a street line of no words',
		contact: makeContact('r3', { firstName: 'Anna', lastName: 'Müller', street: '–' })
	},
	{
		name: 'a birth date, a phone and the address of a namesake',
		contact: makeContact('r4', {
			firstName: 'Anna',
			lastName: 'Müller',
			birthDate: '1980-03-14',
			phones: [{ value: '0151 23456789' }],
			emails: [{ value: 'anna.mueller84@web.de' }],
			street: 'Hauptstr. 5',
			postalCode: '80331',
			city: 'München'
		})
	}
];

// every field profileOf gives, read from the stored profile (whose street is a getter)
function fieldsOf(profile: Profile, like: Profile): Record<string, unknown> {
	const read = profile as unknown as Record<string, unknown>;
	return Object.fromEntries(Object.keys(like).map((key) => [key, read[key]]));
}

describe('ProfileStore', () => {
	it.each(cases)('gives back the profile of $name', ({ contact }) => {
		const store = new ProfileStore();
		const profiles = cases.map((c) => profileOf(c.contact, uniqueFields));
		const indexes = profiles.map((profile) => store.add(profile));
		const at = cases.findIndex((c) => c.contact === contact);
		const expected = profileOf(contact, uniqueFields);
		const back = store.profile(indexes[at] ?? -1, 7);
		expect(fieldsOf(back, expected)).toEqual({ ...expected, namesakes: 7 });
	});

	it('holds what contacts share once: the same name, place and birth date objects', () => {
		const store = new ProfileStore();
		const contact = cases[3]?.contact ?? makeContact('x', {});
		const a = store.add(profileOf(contact));
		const b = store.add(profileOf({ ...contact, id: 'r5' }));
		const [pa, pb] = [store.profile(a), store.profile(b)];
		expect(pb.id).toBe('r5');
		expect(pb.first).toBe(pa.first);
		expect(pb.last).toBe(pa.last);
		expect(pb.birth).toBe(pa.birth);
		expect(pb.written).toBe(pa.written);
		expect(store.size).toBe(2);
	});

	it('keeps a uuid as 16 bytes and gives it back as it was; any other id as it is', () => {
		const store = new ProfileStore(2);
		const contact = cases[0]?.contact ?? makeContact('x', {});
		const ids = [
			'0192f3a4-5b6c-7d8e-9fa0-b1c2d3e4f5a6',
			'r1',
			// not as the app writes them: kept as they are
			'0192F3A4-5B6C-7D8E-9FA0-B1C2D3E4F5A6',
			'0192f3a4-5b6c-7d8e-9fa0-b1c2d3e4f5a',
			'00000000-0000-0000-0000-000000000000',
			'ffffffff-ffff-ffff-ffff-ffffffffffff'
		];
		const indexes = ids.map((id) => store.add(profileOf({ ...contact, id }, uniqueFields)));
		indexes.forEach((index, i) => {
			const expected = profileOf({ ...contact, id: ids[i] ?? '' }, uniqueFields);
			expect(fieldsOf(store.profile(index), expected)).toEqual(expected);
		});
	});

	it('keeps many profiles and finds each again', () => {
		const store = new ProfileStore(16);
		const contact = makeContact('x', { firstName: 'Anna', emails: [{ value: 'a@example.org' }] });
		for (let i = 0; i < 20_000; i++) {
			const copy = { ...contact, id: `c${i}`, lastName: `x${i % 90}`, street: `Weg ${i}` };
			store.add(profileOf(copy));
		}
		expect(store.size).toBe(20_000);
		expect(store.bytes).toBeGreaterThan(20_000 * 16);
		for (const i of [0, 1, 10_000, 19_999]) {
			const profile = store.profile(i);
			expect(profile).toMatchObject({ id: `c${i}`, last: { raw: `x${i % 90}` } });
			expect(profile.street?.numbers).toEqual([String(i)]);
		}
	});
});
