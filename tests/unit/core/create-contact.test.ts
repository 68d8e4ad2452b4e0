import { describe, expect, it } from 'vitest';
import type { Contact, ContactDraft, FieldError } from '../../../src/lib/core/contact';
import { createContact } from '../../../src/lib/core/create-contact';

const NOW = Date.UTC(2025, 0, 2, 3, 4, 5);
const ID = '01940000-0000-7000-8000-000000000000';
const opts = { defaultCountry: 'DE', now: NOW, id: ID };

function created(
	draft: ContactDraft,
	options: { defaultCountry: string; now?: number; id?: string } = opts
): Contact {
	const result = createContact(draft, options);
	if (!result.ok) throw new Error(`expected a contact, got ${JSON.stringify(result.errors)}`);
	return result.contact;
}

function failed(draft: ContactDraft): FieldError[] {
	const result = createContact(draft, opts);
	if (result.ok) throw new Error('expected errors, got a contact');
	return result.errors;
}

describe('createContact', () => {
	it('normalizes a complete draft', () => {
		const draft: ContactDraft = {
			firstName: '  Jürgen ',
			lastName: 'Gro\u00df\t',
			alias: ' Jo ',
			organization: ' ACME GmbH ',
			phones: [
				{ value: '0151 23456789' },
				{ value: '030 12345678', kind: 'work' },
				{ value: '06 12 34 56 78', country: 'fr' },
				{ value: '030 1234567' }
			],
			emails: [{ value: ' Juergen@ACME.de ' }, { value: 'mailto:jg@example.com' }],
			birthDate: ' 1984-07-31 ',
			street: ' Hauptstraße 1 ',
			postalCode: ' 10115 ',
			city: ' Berlin ',
			region: ' Berlin ',
			country: ' de ',
			note: '  line one\r\nline two  ',
			listIds: ['a', ' b ', 'a', ''],
			custom: { shoeSize: 44, vip: true, nickname: 'JJ', empty: null }
		};
		expect(created(draft)).toEqual({
			id: ID,
			firstName: 'Jürgen',
			lastName: 'Groß',
			alias: 'Jo',
			organization: 'ACME GmbH',
			phones: [
				{ value: '+4915123456789', kind: 'mobile' },
				{ value: '+493012345678', kind: 'work' },
				{ value: '+33612345678', kind: 'mobile' },
				{ value: '+49301234567', kind: 'other' }
			],
			emails: [{ value: 'Juergen@acme.de' }, { value: 'jg@example.com' }],
			subscription: 'subscribed',
			birthDate: '1984-07-31',
			street: 'Hauptstraße 1',
			postalCode: '10115',
			city: 'Berlin',
			region: 'Berlin',
			country: 'DE',
			note: 'line one\nline two',
			listIds: ['a', 'b'],
			custom: { shoeSize: 44, vip: true, nickname: 'JJ', empty: null },
			createdAt: NOW,
			updatedAt: NOW,
			keys: {
				name: 'gross jurgen',
				email: 'juergen@acme.de',
				phone: '+4915123456789',
				callingCode: '49',
				// +49301234567's tokens start those of +493012345678, so they are left out
				tokens: [
					'015123456789',
					'03012345678',
					'0612345678',
					'33612345678',
					'4915123456789',
					'493012345678',
					'acme',
					'gmbh',
					'gross',
					'jg@example.com',
					'jo',
					'juergen@acme.de',
					'jurgen'
				]
			}
		} satisfies Contact);
	});

	it('collects every error, with field, raw value and code', () => {
		const errors = failed({
			firstName: 'Anna',
			phones: [
				{ value: '0151 23456789' },
				{ value: '123' },
				{ value: '4.91511E+11' },
				{ value: '0151 23456789', country: 'XX' }
			],
			emails: [{ value: 'a@b.de' }, { value: 'a@b' }, { value: 'c@d.de; e@f.de' }],
			birthDate: '1984-02-30',
			country: 'Germany'
		});
		expect(errors).toEqual([
			{ field: 'country', value: 'Germany', error: 'country.invalid' },
			{ field: 'phones.1', value: '123', error: 'phone.too_short' },
			{ field: 'phones.2', value: '4.91511E+11', error: 'phone.scientific_notation' },
			{ field: 'phones.3', value: '0151 23456789', error: 'phone.invalid_country' },
			{ field: 'emails.1', value: 'a@b', error: 'email.invalid_domain' },
			{ field: 'emails.2', value: 'c@d.de; e@f.de', error: 'email.multiple' },
			{ field: 'birthDate', value: '1984-02-30', error: 'birthDate.invalid' }
		]);
	});

	it('keeps the first of duplicate phones and e-mails', () => {
		const contact = created({
			phones: [
				{ value: '0151 23456789', kind: 'whatsapp' },
				{ value: '030 12345678', kind: 'home' },
				{ value: '+49 (0)151 2345 6789', kind: 'work' },
				{ value: '0049 30 12345678', kind: 'work' }
			],
			emails: [
				{ value: 'Anna@Example.com' },
				{ value: 'anna@example.COM' },
				{ value: '<ANNA@example.com>' },
				{ value: 'b@example.com' }
			]
		});
		expect({ phones: contact.phones, emails: contact.emails }).toEqual({
			phones: [
				{ value: '+4915123456789', kind: 'whatsapp' },
				{ value: '+493012345678', kind: 'home' }
			],
			emails: [{ value: 'Anna@example.com' }, { value: 'b@example.com' }]
		});
	});

	it('skips blank phone and e-mail entries without an error', () => {
		const contact = created({
			phones: [{ value: '  ' }, { value: '0151 23456789' }],
			emails: [{ value: '' }]
		});
		expect({ phones: contact.phones.map((p) => p.value), emails: contact.emails }).toEqual({
			phones: ['+4915123456789'],
			emails: []
		});
	});

	describe('the country a phone is read in', () => {
		const cases = [
			// in germany `06 12 34 56 78` is a landline near wiesbaden
			{
				name: 'the default',
				input: { phone: { value: '06 12 34 56 78' }, country: '' },
				expected: '+49612345678'
			},
			{
				name: "the contact's country",
				input: { phone: { value: '06 12 34 56 78' }, country: 'FR' },
				expected: '+33612345678'
			},
			{
				name: "the contact's country, where the number is invalid",
				input: { phone: { value: '0151 23456789' }, country: 'FR' },
				expected: 'phone.too_long'
			},
			{
				name: "the phone's own country first",
				input: { phone: { value: '078 123 45 67', country: 'CH' }, country: 'AT' },
				expected: '+41781234567'
			},
			{
				name: 'the default when the contact lives where no phones are',
				input: { phone: { value: '0151 23456789' }, country: 'AQ' },
				expected: '+4915123456789'
			},
			{
				name: 'a prefix beats every country',
				input: { phone: { value: '+44 7400 123456', country: 'FR' }, country: 'AT' },
				expected: '+447400123456'
			}
		];
		it.each(cases)('$name', ({ input, expected }) => {
			const result = createContact({ phones: [input.phone], country: input.country }, opts);
			const outcome = result.ok ? result.contact.phones[0]?.value : result.errors[0]?.error;
			expect(outcome).toBe(expected);
		});
	});

	describe('birth dates', () => {
		const cases = [
			{ name: 'full date', input: '2000-02-29', expected: '2000-02-29' },
			{ name: 'without a year', input: '--12-24', expected: '--12-24' },
			{ name: 'leap day without a year', input: '--02-29', expected: '--02-29' },
			{ name: 'empty', input: '', expected: '' },
			{ name: 'blank', input: '   ', expected: '' },
			{ name: 'not a leap year', input: '2001-02-29', expected: 'birthDate.invalid' },
			{ name: 'german format', input: '24.12.1990', expected: 'birthDate.invalid' },
			{ name: 'slashes', input: '24/12/1990', expected: 'birthDate.invalid' },
			{ name: 'month 13', input: '1990-13-01', expected: 'birthDate.invalid' },
			{ name: 'text', input: 'yesterday', expected: 'birthDate.invalid' }
		];
		it.each(cases)('$name', ({ input, expected }) => {
			const result = createContact({ birthDate: input }, opts);
			expect(result.ok ? result.contact.birthDate : result.errors[0]?.error).toBe(expected);
		});
	});

	describe('countries', () => {
		const cases = [
			{ name: 'lower-case with spaces', input: ' de ', expected: 'DE' },
			{ name: 'UK means GB', input: 'uk', expected: 'GB' },
			{ name: 'without phones of its own', input: 'AQ', expected: 'AQ' },
			{ name: 'kosovo', input: 'XK', expected: 'XK' },
			{ name: 'empty', input: '', expected: '' },
			{ name: 'a name', input: 'Germany', expected: 'country.invalid' },
			{ name: 'alpha-3', input: 'DEU', expected: 'country.invalid' },
			{ name: 'unassigned', input: 'XX', expected: 'country.invalid' }
		];
		it.each(cases)('$name', ({ input, expected }) => {
			const result = createContact({ country: input }, opts);
			expect(result.ok ? result.contact.country : result.errors[0]?.error).toBe(expected);
		});
	});

	it('makes a UUID v7 when no id is given, in time order', () => {
		const first = created({ firstName: 'A' }, { defaultCountry: 'DE' }).id;
		const second = created({ firstName: 'B' }, { defaultCountry: 'DE' }).id;
		const v7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
		expect(first).toMatch(v7);
		expect(second).toMatch(v7);
		expect(first < second).toBe(true);
	});

	it('stamps both times with now, or with the clock', () => {
		const given = created({}, { defaultCountry: 'DE', now: 1234 });
		expect([given.createdAt, given.updatedAt]).toEqual([1234, 1234]);
		const before = Date.now();
		const clocked = created({}, { defaultCountry: 'DE' });
		const after = Date.now();
		expect(clocked.createdAt).toBeGreaterThanOrEqual(before);
		expect(clocked.createdAt).toBeLessThanOrEqual(after);
		expect(clocked.updatedAt).toBe(clocked.createdAt);
	});

	it('keeps an explicit subscription and refuses an unknown one', () => {
		expect(created({ subscription: 'unsubscribed' }).subscription).toBe('unsubscribed');
		// a loose reader may hand over any string
		const loose = { subscription: 'maybe' } as unknown as ContactDraft;
		expect(failed(loose)).toEqual([
			{ field: 'subscription', value: 'maybe', error: 'subscription.invalid' }
		]);
	});

	it('accepts numbers where a loose reader left them', () => {
		const loose = {
			postalCode: 10115,
			phones: [{ value: 15123456789 }]
		} as unknown as ContactDraft;
		const contact = created(loose);
		expect([contact.postalCode, contact.phones[0]?.value]).toEqual(['10115', '+4915123456789']);
	});

	it('does not require a phone or an e-mail', () => {
		expect(createContact({}, opts).ok).toBe(true);
	});

	it('copies what it keeps, so the draft can change afterwards', () => {
		const draft: ContactDraft = { listIds: ['a'], custom: { x: 1 } };
		const contact = created(draft);
		draft.listIds?.push('b');
		if (draft.custom) draft.custom.x = 2;
		expect([contact.listIds, contact.custom]).toEqual([['a'], { x: 1 }]);
	});

	describe('bad input', () => {
		const cases: { name: string; input: ContactDraft; expected: Partial<Contact> }[] = [
			{
				name: 'controls vanish from names',
				input: { firstName: 'An\u0000na', lastName: 'M\u0085ül\u009bler\u0007' },
				expected: { firstName: 'Anna', lastName: 'M üller' }
			},
			{
				name: 'a break inside a one-line field is a space',
				input: { street: 'Hauptstraße\r\n1', city: 'Berlin\tMitte' },
				expected: { street: 'Hauptstraße 1', city: 'Berlin Mitte' }
			},
			{
				name: 'a note keeps line feeds and tabs only',
				input: { note: 'line one\r\n\tline two\u0000\u001b\u0085end' },
				expected: { note: 'line one\n\tline two\nend' }
			},
			{
				name: 'custom text values are cleaned, other values kept',
				input: { custom: { a: 'x\ty\u0000', b: 3, c: true, d: null, e: Number.NaN } },
				expected: { custom: { a: 'x y', b: 3, c: true, d: null, e: null } }
			},
			{
				name: 'phones and e-mails are read without their controls',
				input: { phones: [{ value: '0151\u0000 23456789' }], emails: [{ value: 'a@b.de\u0007' }] },
				expected: {
					phones: [{ value: '+4915123456789', kind: 'mobile' }],
					emails: [{ value: 'a@b.de' }]
				}
			},
			{
				name: 'markup stays as typed',
				input: { firstName: '<img src=x onerror=alert(1)>' },
				expected: { firstName: '<img src=x onerror=alert(1)>' }
			},
			{
				name: 'exactly 10,000 characters are fine',
				input: { note: 'n'.repeat(10_000) },
				expected: { note: 'n'.repeat(10_000) }
			}
		];
		it.each(cases)('$name', ({ input, expected }) => {
			expect(created(input)).toMatchObject(expected);
		});

		const long = 'a'.repeat(10_001);
		const shown = 'a'.repeat(50) + '…';
		const tooLong = [
			{ name: 'first name', input: { firstName: long }, expected: 'firstName' },
			{ name: 'street', input: { street: long }, expected: 'street' },
			{ name: 'note', input: { note: long }, expected: 'note' },
			{ name: 'country', input: { country: long }, expected: 'country' },
			{ name: 'birth date', input: { birthDate: long }, expected: 'birthDate' },
			{ name: 'a phone', input: { phones: [{ value: '1'.repeat(10_001) }] }, expected: 'phones.0' },
			{ name: 'an e-mail', input: { emails: [{ value: long }] }, expected: 'emails.0' },
			{ name: 'a custom value', input: { custom: { f1: long } }, expected: 'custom.f1' }
		];
		it.each(tooLong)('refuses a $name over 10,000 characters', ({ input, expected }) => {
			const errors = failed(input);
			expect(errors).toHaveLength(1);
			expect(errors[0]?.field).toBe(expected);
			expect(errors[0]?.error).toBe('field.too_long');
			expect(errors[0]?.value.length).toBe(51);
			if (expected !== 'phones.0') expect(errors[0]?.value).toBe(shown);
		});

		it('counts the length after cleaning', () => {
			const padded = ' '.repeat(5) + 'b'.repeat(10_000) + '\u0000'.repeat(5);
			expect(created({ lastName: padded }).lastName).toHaveLength(10_000);
		});

		it('reports every field that is too long at once, with the other errors', () => {
			const errors = failed({ firstName: long, note: long, birthDate: 'soon' });
			expect(errors.map((error) => [error.field, error.error])).toEqual([
				['firstName', 'field.too_long'],
				['birthDate', 'birthDate.invalid'],
				['note', 'field.too_long']
			]);
		});
	});
});
