import { describe, expect, it } from 'vitest';
import { EMAIL_ERRORS, emailKey, normalizeEmail } from '../../../src/lib/core/email';

const valid = [
	{
		name: 'spaces and upper-case domain',
		input: '  John.Doe@Example.COM ',
		expected: 'John.Doe@example.com'
	},
	{ name: 'angle brackets', input: '<a@b.de>', expected: 'a@b.de' },
	{ name: 'display name', input: 'John Doe <John@Doe.DE>', expected: 'John@doe.de' },
	{ name: 'mailto', input: 'mailto:a@b.de', expected: 'a@b.de' },
	{ name: 'mailto with a query', input: 'MAILTO:a@b.de?subject=Hallo', expected: 'a@b.de' },
	{ name: 'csv quotes around it', input: '"a@b.de"', expected: 'a@b.de' },
	{ name: 'trailing semicolon', input: 'a@b.de;', expected: 'a@b.de' },
	{ name: 'trailing comma and space', input: 'a@b.de, ', expected: 'a@b.de' },
	{ name: 'plus tag and second-level tld', input: 'a+tag@b.co.uk', expected: 'a+tag@b.co.uk' },
	{ name: 'apostrophe', input: "o'brien@example.ie", expected: "o'brien@example.ie" },
	{
		name: 'underscore and hyphen',
		input: 'a_b@sub-domain.example.org',
		expected: 'a_b@sub-domain.example.org'
	},
	{ name: 'internationalized', input: 'müller@bücher.de', expected: 'müller@bücher.de' },
	{
		name: 'internationalized, upper-case domain',
		input: 'Müller@BÜCHER.de',
		expected: 'Müller@bücher.de'
	},
	{
		name: 'decomposed umlaut becomes composed',
		input: 'mu\u0308ller@b.de',
		expected: 'müller@b.de'
	},
	{ name: 'punycode domain', input: 'a@XN--BCHER-KVA.de', expected: 'a@xn--bcher-kva.de' },
	{ name: 'non-latin domain', input: 'x@例え.テスト', expected: 'x@例え.テスト' },
	{ name: 'zero-width space', input: '\u200ba@b.de', expected: 'a@b.de' },
	{ name: 'no-break spaces around', input: '\u00a0a@b.de\u00a0', expected: 'a@b.de' },
	{ name: 'long tld', input: 'a@b.photography', expected: 'a@b.photography' }
];

const invalid = [
	{ name: 'empty', input: '', expected: 'email.empty' },
	{ name: 'blank', input: '  \t', expected: 'email.empty' },
	{ name: 'empty brackets', input: '<>', expected: 'email.empty' },
	{ name: 'bare mailto', input: 'mailto:', expected: 'email.empty' },
	{ name: 'no @', input: 'ab.de', expected: 'email.missing_at' },
	{ name: 'two @', input: 'a@@b.de', expected: 'email.invalid' },
	{ name: 'two @ apart', input: 'a@b@c.de', expected: 'email.invalid' },
	{ name: 'space inside', input: 'a b@c.de', expected: 'email.invalid' },
	{ name: 'leading dot', input: '.a@b.de', expected: 'email.invalid' },
	{ name: 'trailing dot in local part', input: 'a.@b.de', expected: 'email.invalid' },
	{ name: 'double dot in local part', input: 'a..b@c.de', expected: 'email.invalid' },
	{ name: 'empty local part', input: '@b.de', expected: 'email.invalid' },
	{ name: 'comment', input: 'a(comment)@b.de', expected: 'email.invalid' },
	{ name: 'quoted local part', input: '"quoted local"@b.de', expected: 'email.quoted_local' },
	{ name: 'no tld', input: 'a@b', expected: 'email.invalid_domain' },
	{ name: 'empty domain', input: 'a@', expected: 'email.invalid_domain' },
	{ name: 'double dot in domain', input: 'a@b..de', expected: 'email.invalid_domain' },
	{ name: 'leading dot in domain', input: 'a@.b.de', expected: 'email.invalid_domain' },
	{ name: 'trailing dot in domain', input: 'a@b.de.', expected: 'email.invalid_domain' },
	{ name: 'hyphen at label start', input: 'a@-b.de', expected: 'email.invalid_domain' },
	{ name: 'underscore in domain', input: 'a@b_c.de', expected: 'email.invalid_domain' },
	{ name: 'one-letter tld', input: 'a@b.d', expected: 'email.invalid_domain' },
	{ name: 'numeric tld', input: 'a@1.2.3.4', expected: 'email.invalid_domain' },
	{ name: 'ip literal', input: 'a@[10.0.0.1]', expected: 'email.invalid_domain' },
	{ name: 'label over 63', input: `a@${'x'.repeat(64)}.de`, expected: 'email.invalid_domain' },
	{
		name: 'local part over 64 octets',
		input: `${'x'.repeat(65)}@b.de`,
		expected: 'email.too_long'
	},
	{
		name: 'umlauts count as two octets',
		input: `${'ü'.repeat(33)}@b.de`,
		expected: 'email.too_long'
	},
	{ name: 'list with semicolon', input: 'a@b.de; c@d.de', expected: 'email.multiple' },
	{ name: 'list with comma', input: 'a@b.de,c@d.de', expected: 'email.multiple' },
	{ name: 'list with space', input: 'a@b.de c@d.de', expected: 'email.multiple' }
];

describe('normalizeEmail', () => {
	it.each(valid)('$name', ({ input, expected }) => {
		expect(normalizeEmail(input)).toEqual({ ok: true, value: expected });
	});

	it.each(invalid)('rejects $name', ({ input, expected }) => {
		expect(normalizeEmail(input)).toEqual({ ok: false, error: expected });
	});

	it('uses only documented error codes', () => {
		const codes = new Set<string>(EMAIL_ERRORS);
		for (const { expected } of invalid) expect(codes.has(expected)).toBe(true);
	});

	it('is idempotent', () => {
		for (const { expected } of valid)
			expect(normalizeEmail(expected)).toEqual({ ok: true, value: expected });
	});
});

describe('emailKey', () => {
	const cases = [
		{
			name: 'case of the local part',
			input: 'John.Doe@example.com',
			expected: 'john.doe@example.com'
		},
		{ name: 'non-latin upper-case', input: 'MÜLLER@bücher.de', expected: 'müller@bücher.de' },
		{ name: 'already lower-case', input: 'a@b.de', expected: 'a@b.de' }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(emailKey(input)).toBe(expected);
	});
});
