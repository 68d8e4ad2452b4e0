import { describe, expect, it } from 'vitest';
import type { ContactDraft } from '../../../../src/lib/core/contact';
import {
	defaultMergeChoices,
	differingFields,
	resolveChoices
} from '../../../../src/lib/core/merge';
import { person, T0 } from './helpers';

const older = { updatedAt: T0 };
const newer = { updatedAt: T0 + 1 };

describe('differingFields', () => {
	const cases: { name: string; input: [ContactDraft, ContactDraft]; expected: string[] }[] = [
		{
			name: 'nothing differs between two equal contacts',
			input: [
				{ firstName: 'Ada', city: 'Berlin' },
				{ firstName: 'Ada', city: 'Berlin' }
			],
			expected: []
		},
		{
			name: 'a value against no value differs',
			input: [{ firstName: 'Ada' }, {}],
			expected: ['firstName']
		},
		{
			name: 'text fields in form order',
			input: [
				{ country: 'DE', lastName: 'L', birthDate: '1990-05-01' },
				{ country: 'FR', lastName: 'M', birthDate: '--05-01' }
			],
			expected: ['lastName', 'birthDate', 'country']
		},
		{
			name: 'phones differ only by their primary',
			input: [
				{ phones: [{ value: '+4917612345610' }, { value: '+4917612345611' }] },
				{ phones: [{ value: '+4917612345610' }, { value: '+4917612345612' }] }
			],
			expected: []
		},
		{
			name: 'another primary phone differs',
			input: [
				{ phones: [{ value: '+4917612345610' }] },
				{ phones: [{ value: '+4917612345611' }, { value: '+4917612345610' }] }
			],
			expected: ['phones']
		},
		{
			name: 'a primary e-mail in another spelling differs (the user picks the spelling)',
			input: [
				{ emails: [{ value: 'ada@example.org' }] },
				{ emails: [{ value: 'Ada@example.org' }] }
			],
			expected: ['emails']
		},
		{
			name: 'each custom field on its own, sorted by id',
			input: [
				{ custom: { vip: true, size: 42, same: 'x' } },
				{ custom: { vip: false, code: 'A', same: 'x' } }
			],
			expected: ['custom.code', 'custom.size', 'custom.vip']
		},
		{
			name: 'null, empty text and a missing custom field are all no value',
			input: [{ custom: { a: null, b: '' } }, { custom: { b: null, c: '' } }],
			expected: []
		},
		{
			name: 'notes, lists and subscription are rules, not choices',
			input: [
				{ note: 'one', listIds: ['l1'], subscription: 'unsubscribed' as const },
				{ note: 'two', listIds: ['l2'] }
			],
			expected: []
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		const [a, b] = input;
		expect(differingFields(person('a', a), person('b', b))).toEqual(expected);
	});
});

type Side = [ContactDraft, { updatedAt: number }];

describe('defaultMergeChoices', () => {
	const cases: { name: string; input: { survivor: Side; absorbed: Side }; expected: object }[] = [
		{
			name: 'the more recently updated contact wins',
			input: { survivor: [{ city: 'Berlin' }, older], absorbed: [{ city: 'Paris' }, newer] },
			expected: { city: 'absorbed' }
		},
		{
			name: 'the survivor wins when it is the newer',
			input: { survivor: [{ city: 'Berlin' }, newer], absorbed: [{ city: 'Paris' }, older] },
			expected: { city: 'survivor' }
		},
		{
			name: 'a tie goes to the survivor',
			input: { survivor: [{ city: 'Berlin' }, older], absorbed: [{ city: 'Paris' }, older] },
			expected: { city: 'survivor' }
		},
		{
			name: 'the newer contact without a value loses to the older one with a value',
			input: {
				survivor: [{ city: 'Berlin', custom: { vip: true } }, older],
				absorbed: [{ firstName: 'Ada', custom: { vip: null } }, newer]
			},
			expected: { firstName: 'absorbed', city: 'survivor', 'custom.vip': 'survivor' }
		},
		{
			name: 'the primary phone and e-mail of the newer contact',
			input: {
				survivor: [{ phones: [{ value: '+4917612345610' }], emails: [{ value: 'a@x.de' }] }, older],
				absorbed: [{ phones: [{ value: '+4917612345611' }], emails: [] }, newer]
			},
			expected: { phones: 'absorbed', emails: 'survivor' }
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		const survivor = person('s', input.survivor[0], input.survivor[1]);
		const absorbed = person('a', input.absorbed[0], input.absorbed[1]);
		expect(defaultMergeChoices(survivor, absorbed)).toEqual(expected);
	});
});

describe('resolveChoices', () => {
	const survivor = person('s', { firstName: 'Ann', city: 'Berlin' }, newer);
	const absorbed = person('a', { firstName: 'Anna', city: 'Paris' }, older);
	const cases = [
		{
			name: 'no choices: the defaults',
			input: {},
			expected: { firstName: 'survivor', city: 'survivor' }
		},
		{
			name: "the user's choice wins over the default",
			input: { city: 'absorbed' },
			expected: { firstName: 'survivor', city: 'absorbed' }
		},
		{
			name: 'choices for fields that do not differ, or that are no fields, are dropped',
			input: { lastName: 'absorbed', note: 'absorbed', subscription: 'survivor' },
			expected: { firstName: 'survivor', city: 'survivor' }
		},
		{
			name: 'a side that is not a side is ignored',
			input: { city: 'both' },
			expected: { firstName: 'survivor', city: 'survivor' }
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(resolveChoices(survivor, absorbed, input as Record<string, 'survivor'>)).toEqual(
			expected
		);
	});
});
