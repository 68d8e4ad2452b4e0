import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../../src/lib/core/contact';
import { findDuplicates } from '../../../../src/lib/core/duplicates';
import { makeContact } from './make-contact';

// a small world of names, dates and places, so that random contacts often look alike
const FIRST = ['Anna', 'Anne', 'Hans', 'Johannes', 'J.', 'Bill', 'William', 'Jean-Pierre', 'Jean'];
const LAST = ['Meier', 'Mayer', 'Müller', 'Mueller', 'Dupont', 'Dupond', 'Smith'];
const BIRTH = ['', '1980-03-14', '1980-03-15', '--03-14', '1975-06-01'];
const STREET = ['', 'Hauptstraße 5', 'Hauptstr. 5', 'Hauptstraße 7', '12 rue de la Paix'];
const POSTCODE = ['', '80331', '80333', '75002'];
const PHONE = ['', '0151 23456789', '0151 23456788', '030 1234567'];
const EMAIL = ['', 'anna.meier@web.de', 'Anna.Meier@web.de', 'anna.meier@gmx.de', 'am80@web.de'];

const draft = fc.record({
	firstName: fc.constantFrom(...FIRST),
	lastName: fc.constantFrom(...LAST),
	birthDate: fc.constantFrom(...BIRTH),
	street: fc.constantFrom(...STREET),
	postalCode: fc.constantFrom(...POSTCODE),
	phone: fc.constantFrom(...PHONE),
	email: fc.constantFrom(...EMAIL),
	customer: fc.constantFrom('', 'KD-1', 'KD-2')
});

const contacts = fc.array(draft, { maxLength: 25 }).map((drafts): Contact[] =>
	drafts.map(({ phone, email, customer, ...rest }, i) =>
		makeContact(`c${String(i).padStart(2, '0')}`, {
			...rest,
			phones: phone ? [{ value: phone }] : [],
			emails: email ? [{ value: email }] : [],
			custom: customer ? { customer } : {}
		})
	)
);

const options = { uniqueFields: ['customer'] };

describe('findDuplicates', () => {
	it('finds the same pairs whatever the order of the contacts', () => {
		fc.assert(
			fc.property(
				contacts.chain((list) =>
					fc.tuple(
						fc.constant(list),
						fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })
					)
				),
				([list, shuffled]) => {
					expect(findDuplicates(shuffled, options)).toEqual(findDuplicates(list, options));
				}
			),
			{ numRuns: 60 }
		);
	});

	it('never pairs a contact with itself and keeps every pair in order', () => {
		fc.assert(
			fc.property(contacts, (list) => {
				// the same contact twice in the input is still one contact
				const pairs = findDuplicates([...list, ...list.slice(0, 3)], options);
				const seen = new Set<string>();
				for (const pair of pairs) {
					expect(pair.a < pair.b).toBe(true);
					expect(seen.has(`${pair.a} ${pair.b}`)).toBe(false);
					seen.add(`${pair.a} ${pair.b}`);
					expect(pair.score).toBeGreaterThan(0);
					expect(pair.score).toBeLessThanOrEqual(1);
					expect(pair.reasons.length).toBeGreaterThan(0);
				}
				const scores = pairs.map((pair) => pair.score);
				expect(scores).toEqual([...scores].sort((x, y) => y - x));
			}),
			{ numRuns: 60 }
		);
	});

	it('keeps only pairs at or above the threshold', () => {
		const list = [
			makeContact('a', { firstName: 'Anna', lastName: 'Meier', birthDate: '1980-03-14' }),
			makeContact('b', { firstName: 'Anna', lastName: 'Mayer', birthDate: '1980-03-14' }),
			makeContact('c', { firstName: 'Anna', lastName: 'Meier', postalCode: '80331' }),
			makeContact('d', { firstName: 'Anna', lastName: 'Meier', postalCode: '80331' })
		];
		const all = findDuplicates(list, { threshold: 0.3 });
		const strict = findDuplicates(list, { threshold: 0.95 });
		expect(all.length).toBeGreaterThan(strict.length);
		expect(strict.every((pair) => pair.score >= 0.95)).toBe(true);
		expect(findDuplicates(list).map((pair) => [pair.a, pair.b])).toEqual([['a', 'b']]);
	});
});
