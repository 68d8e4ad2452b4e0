import { describe, expect, it } from 'vitest';
import { MISSING_KEY } from '../../../src/lib/core/missing-key';
import { phoneWithCallingCode } from '../../../src/lib/core/phone-display';

describe('phoneWithCallingCode', () => {
	const cases = [
		{ name: 'german mobile', input: ['+4915123456789', '49'], expected: '+49 15123456789' },
		{ name: 'north america', input: ['+12015550123', '1'], expected: '+1 2015550123' },
		{
			name: 'no calling code known',
			input: ['+4915123456789', MISSING_KEY],
			expected: '+4915123456789'
		},
		{
			name: 'a code that does not fit',
			input: ['+4915123456789', '33'],
			expected: '+4915123456789'
		}
	] as const;
	it.each(cases)('$name', ({ input, expected }) => {
		expect(phoneWithCallingCode(input[0], input[1])).toBe(expected);
	});
});
