import { describe, expect, it } from 'vitest';
import { displayName } from '../../../src/lib/core/display-name';
import { formatBytes } from '../../../src/lib/core/format';

describe('formatBytes', () => {
	const cases = [
		{ name: 'bytes stay whole', input: { bytes: 512, locale: 'en' }, expected: '512 byte' },
		{ name: 'kilobytes', input: { bytes: 1536, locale: 'en' }, expected: '1.5 kB' },
		{ name: 'megabytes', input: { bytes: 5 * 1024 ** 2, locale: 'en' }, expected: '5 MB' },
		{
			name: 'gigabytes in German',
			input: { bytes: 2.25 * 1024 ** 3, locale: 'de' },
			expected: '2,3\u00a0GB'
		},
		{ name: 'negative becomes zero', input: { bytes: -1, locale: 'en' }, expected: '0 byte' }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(formatBytes(input.bytes, input.locale)).toBe(expected);
	});
});

describe('displayName', () => {
	const empty = {
		firstName: '',
		lastName: '',
		alias: '',
		organization: '',
		emails: [],
		phones: []
	};
	const cases = [
		{
			name: 'first and last',
			input: { ...empty, firstName: 'Anna', lastName: 'Müller' },
			expected: 'Anna Müller'
		},
		{ name: 'last only', input: { ...empty, lastName: 'Dupont' }, expected: 'Dupont' },
		{ name: 'alias without a name', input: { ...empty, alias: 'Kiki' }, expected: 'Kiki' },
		{ name: 'organization', input: { ...empty, organization: 'ACME' }, expected: 'ACME' },
		{
			name: 'primary e-mail',
			input: { ...empty, emails: [{ value: 'a@b.de' }, { value: 'c@d.de' }] },
			expected: 'a@b.de'
		},
		{
			name: 'primary phone',
			input: { ...empty, phones: [{ value: '+4915123456789', kind: 'mobile' as const }] },
			expected: '+4915123456789'
		},
		{ name: 'nothing at all', input: empty, expected: '' }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(displayName(input)).toBe(expected);
	});
});
