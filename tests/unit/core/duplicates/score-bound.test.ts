import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../../src/lib/core/contact';
import {
	DEFAULT_DUPLICATE_THRESHOLD,
	comparePair,
	profileKeys,
	profileOf,
	scoreFromBits
} from '../../../../src/lib/core/duplicates';
import { scoresBelow } from '../../../../src/lib/core/duplicates/score';
import { keyKind } from '../../../../src/lib/core/duplicates/key-kinds';
import { nameProfile } from '../../../../src/lib/core/duplicates/name-profile';
import { ProfileStore } from '../../../../src/lib/core/duplicates/profile-store';
import {
	boundBits,
	kindBit,
	type PairSketch
} from '../../../../src/lib/core/duplicates/score-bound';
import { makeContact } from './make-contact';

const uniqueFields = ['customer'];

function sketches(contacts: readonly Contact[]): PairSketch[] {
	const store = new ProfileStore();
	for (const contact of contacts) store.add(profileOf(contact, uniqueFields));
	return contacts.map((_, index) => {
		const none = nameProfile('');
		const sketch: PairSketch = {
			first: none,
			last: none,
			namesakes: 0,
			birth: undefined,
			place: { postcode: '', city: '', region: '', country: '' },
			street: false,
			locals: false
		};
		store.sketch(index, 4, sketch);
		return sketch;
	});
}

// the kinds of the keys two contacts share, as a scan finds them through their blocks
function sharedKinds(a: Contact, b: Contact): number {
	const keysB = new Set(profileKeys(profileOf(b, uniqueFields)));
	let shared = 0;
	for (const key of profileKeys(profileOf(a, uniqueFields))) {
		if (keysB.has(key)) shared |= kindBit(keyKind(key));
	}
	return shared;
}

const draft = fc.record({
	firstName: fc.constantFrom('', 'Anna', 'Anne', 'Hans', 'J.', 'Bill', 'William', 'Meier'),
	lastName: fc.constantFrom('', 'Meier', 'Mayer', 'Müller', 'Mueller', 'Smith', 'Anna'),
	organization: fc.constantFrom('', 'ACME'),
	birthDate: fc.constantFrom('', '1980-03-14', '1980-03-15', '1980-04-13', '--03-14', '1975-06-01'),
	street: fc.constantFrom(
		'',
		'Hauptstraße 5',
		'Hauptstr. 5',
		'Hauptstraße 7',
		'flat 5, 66 King St.'
	),
	postalCode: fc.constantFrom('', '80331', '80313', '75002'),
	city: fc.constantFrom('', 'München', 'Munchen', 'Paris'),
	region: fc.constantFrom('', 'Bayern'),
	country: fc.constantFrom('', 'DE', 'FR'),
	phone: fc.constantFrom('', '+49 151 23456789', '+49 160 23456789', '+49 30 1234567'),
	email: fc.constantFrom(
		'',
		'anna.meier@web.de',
		'anna.meier@gmx.de',
		'annameier@web.de',
		'schnuffi@web.de',
		'schnuffi@gmx.de',
		'anna.meier84@gmx.de'
	),
	customer: fc.constantFrom('', 'KD-1', 'KD-2', 'XY-99')
});

const contacts = fc.array(draft, { minLength: 2, maxLength: 12 }).map((drafts) =>
	drafts.map(({ phone, email, customer, ...rest }, i) =>
		makeContact(`c${i}`, {
			...rest,
			phones: phone ? [{ value: phone }] : [],
			emails: email ? [{ value: email }] : [],
			custom: customer ? { customer } : {}
		})
	)
);

const below = scoresBelow(DEFAULT_DUPLICATE_THRESHOLD);

describe('boundBits', () => {
	it('never scores a pair below its score, and marks each exact pair', () => {
		fc.assert(
			fc.property(contacts, (book) => {
				const sketched = sketches(book);
				for (let i = 0; i < book.length; i++) {
					for (let j = 0; j < book.length; j++) {
						const [a, b] = [book[i] as Contact, book[j] as Contact];
						if (i === j) continue;
						const { score } = comparePair(a, b, { uniqueFields });
						const most = boundBits(
							sketched[i] as PairSketch,
							sketched[j] as PairSketch,
							sharedKinds(a, b)
						);
						if (score === 1) expect(most).toBe(Infinity);
						else expect(scoreFromBits(most)).toBeGreaterThanOrEqual(score);
						// with a threshold it may give up early, but only on a pair below it
						const early = boundBits(
							sketched[i] as PairSketch,
							sketched[j] as PairSketch,
							sharedKinds(a, b),
							scoresBelow(DEFAULT_DUPLICATE_THRESHOLD)
						);
						if (score >= DEFAULT_DUPLICATE_THRESHOLD) {
							expect(early === Infinity || scoreFromBits(early) >= score).toBe(true);
						}
					}
				}
			}),
			{ numRuns: 150 }
		);
	});

	it('rules out strangers who only share a birthday', () => {
		const [a, b] = sketches([
			makeContact('x', { firstName: 'Anna', lastName: 'Meier', birthDate: '1980-03-14' }),
			makeContact('y', { firstName: 'Peter', lastName: 'Schulz', birthDate: '1980-03-14' })
		]);
		const most = boundBits(a as PairSketch, b as PairSketch, 0, below);
		expect(scoreFromBits(most)).toBeLessThan(DEFAULT_DUPLICATE_THRESHOLD);
	});

	it('keeps one person written twice', () => {
		const [a, b] = sketches([
			makeContact('x', {
				firstName: 'Anna',
				lastName: 'Meier',
				birthDate: '1980-03-14',
				street: 'Hauptstraße 5',
				postalCode: '80331'
			}),
			makeContact('y', {
				firstName: 'Anna',
				lastName: 'Mayer',
				birthDate: '1980-03-14',
				street: 'Hauptstr. 5',
				postalCode: '80331'
			})
		]);
		const most = boundBits(a as PairSketch, b as PairSketch, 0, below);
		expect(scoreFromBits(most)).toBeGreaterThanOrEqual(DEFAULT_DUPLICATE_THRESHOLD);
	});
});
