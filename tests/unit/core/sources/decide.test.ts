import { describe, expect, it } from 'vitest';
import { decideRow, goneKeys } from '../../../../src/lib/core/sources/decide';
import { RowKeys, baseRowKey } from '../../../../src/lib/core/sources/row-key';
import { contact } from './helpers';

describe('decideRow (the incremental decision table)', () => {
	const fields = { firstName: 'aaaa' };
	const cases = [
		{ name: 'a row the source never had is new', remembered: undefined, fp: 'f1', kind: 'new' },
		{
			name: 'a row with the fingerprint of last time is unchanged',
			remembered: { fingerprint: 'f1', fields },
			fp: 'f1',
			kind: 'unchanged'
		},
		{
			name: 'a row with another fingerprint is changed, with what the source said then',
			remembered: { fingerprint: 'f1', fields },
			fp: 'f2',
			kind: 'changed'
		}
	] as const;
	for (const { name, remembered, fp, kind } of cases) {
		it(name, () => {
			const decision = decideRow(remembered, fp);
			expect(decision.kind).toBe(kind);
			if (decision.kind === 'changed') expect(decision.previous).toEqual(fields);
		});
	}

	it('a row gone from the source is only reported, never deleted', () => {
		const keys = new RowKeys();
		keys.next(null, 'a');
		keys.next(null, 'c');
		expect(goneKeys(['row:a', 'row:b', 'row:c'], keys)).toEqual(['row:b']);
	});
});

describe('row keys', () => {
	const ada = contact({
		firstName: 'Ada',
		phones: [{ value: '0151 23456789' }],
		emails: [{ value: 'Ada@Example.org' }]
	});
	const mailOnly = contact({ firstName: 'Bo', emails: [{ value: 'Bo@Example.org' }] });
	it('a row is known by its first phone, else its e-mail, else its fingerprint', () => {
		expect(baseRowKey(ada, 'fp')).toBe('phone:+4915123456789');
		expect(baseRowKey(mailOnly, 'fp')).toBe('email:bo@example.org');
		expect(baseRowKey(null, 'fp')).toBe('row:fp');
	});
	it('numbers rows that share a key, in file order, and knows which it handed out', () => {
		const keys = new RowKeys();
		expect(keys.next(ada, 'x')).toBe('phone:+4915123456789');
		expect(keys.next(ada, 'y')).toBe('phone:+4915123456789#2');
		expect(keys.next(mailOnly, 'z')).toBe('email:bo@example.org');
		expect([...keys.keys()].sort()).toEqual(
			['email:bo@example.org', 'phone:+4915123456789', 'phone:+4915123456789#2'].sort()
		);
		expect(keys.has('phone:+4915123456789#2')).toBe(true);
		expect(keys.has('phone:+4915123456789#3')).toBe(false);
		expect(keys.has('email:other@example.org')).toBe(false);
	});
});
