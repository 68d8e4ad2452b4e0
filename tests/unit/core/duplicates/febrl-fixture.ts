// the FEBRL records of tests/fixtures/febrl as contacts, and the pairwise figures of a result.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Contact } from '../../../../src/lib/core/contact';
import { createContact } from '../../../../src/lib/core/create-contact';
import { isBirthDate } from '../../../../src/lib/core/birth-date';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/febrl/', import.meta.url));

export const SOC_SEC_ID = 'soc_sec_id';

export interface FebrlSet {
	contacts: Contact[];
	/** every true pair as `a\tb` with a < b (contact ids are the record ids), from the pairs file */
	truth: Set<string>;
}

/** the person a record describes: `rec-12-dup-3` and `rec-12-org` are person 12 */
export function personOf(id: string): string {
	return /^rec-(\d+)-/.exec(id)?.[1] ?? id;
}

/** every pair of ids that two records of one person make, as `a\tb` with a < b */
export function pairsWithin(groups: Iterable<readonly string[]>): Set<string> {
	const pairs = new Set<string>();
	for (const ids of groups) {
		for (let i = 0; i < ids.length; i++) {
			for (let j = i + 1; j < ids.length; j++) pairs.add(pairKey(ids[i] ?? '', ids[j] ?? ''));
		}
	}
	return pairs;
}

/** the records grouped by the person they describe */
export function peopleOf(contacts: readonly Contact[]): string[][] {
	const people = new Map<string, string[]>();
	for (const { id } of contacts) {
		const person = personOf(id);
		const ids = people.get(person);
		if (ids) ids.push(id);
		else people.set(person, [id]);
	}
	return [...people.values()];
}

export function pairKey(a: string, b: string): string {
	return a < b ? `${a}\t${b}` : `${b}\t${a}`;
}

/**
 * the records as a person's contact book would hold them: given name, surname, street (number,
 * address_1 and address_2, which in these files is a building or locality line the corruption may
 * swap with address_1), suburb as city, postcode, state as region, date of birth when it is a real
 * date (some are not), and the social security id as a custom field.
 */
export function loadFebrl(name: 'dataset1' | 'dataset2'): FebrlSet {
	const lines = readFileSync(`${FIXTURES}${name}.csv`, 'utf8').split(/\r?\n/).slice(1);
	const contacts: Contact[] = [];
	for (const line of lines) {
		if (line.trim() === '') continue;
		const [
			id = '',
			given = '',
			surname = '',
			number = '',
			address1 = '',
			address2 = '',
			suburb = '',
			postcode = '',
			state = '',
			dob = '',
			ssn = ''
		] = line.split(',').map((cell) => cell.trim());
		const birth = /^\d{8}$/.test(dob)
			? `${dob.slice(0, 4)}-${dob.slice(4, 6)}-${dob.slice(6)}`
			: '';
		const result = createContact(
			{
				firstName: given,
				lastName: surname,
				street: [[number, address1].filter(Boolean).join(' '), address2].filter(Boolean).join(', '),
				city: suburb,
				postalCode: postcode,
				region: state,
				birthDate: isBirthDate(birth) ? birth : '',
				custom: ssn === '' ? {} : { [SOC_SEC_ID]: ssn }
			},
			{ defaultCountry: 'AU', id, now: 0 }
		);
		if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.errors)}`);
		contacts.push(result.contact);
	}
	const truth = new Set<string>();
	const truthLines = readFileSync(`${FIXTURES}${name}_true_pairs.csv`, 'utf8')
		.split(/\r?\n/)
		.slice(1);
	for (const line of truthLines) {
		const [a = '', b = ''] = line.split(',').map((cell) => cell.trim());
		if (a !== '' && b !== '') truth.add(pairKey(a, b));
	}
	return { contacts, truth };
}

export interface PairFigures {
	found: number;
	truePositives: number;
	precision: number;
	recall: number;
	f1: number;
}

export function pairFigures(found: Set<string>, truth: Set<string>): PairFigures {
	const count = found.size;
	let truePositives = 0;
	for (const pair of found) if (truth.has(pair)) truePositives++;
	const precision = count === 0 ? 0 : truePositives / count;
	const recall = truth.size === 0 ? 0 : truePositives / truth.size;
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return { found: count, truePositives, precision, recall, f1 };
}
