import { describe, expect, it } from 'vitest';
import {
	DEFAULT_INTERVAL_MINUTES,
	backgroundSyncInterval,
	clampInterval,
	dueSources,
	isDue,
	msUntilNextDue,
	nextSyncAt,
	overdueBy
} from '../../../../src/lib/core/sources/schedule';

const MIN = 60_000;
const T = Date.UTC(2026, 2, 1, 12);

describe('clampInterval', () => {
	const cases = [
		{ input: 30, expected: 30 },
		{ input: 1, expected: 5 },
		{ input: 0, expected: 5 },
		{ input: -10, expected: 5 },
		{ input: 5, expected: 5 },
		{ input: 1440, expected: 1440 },
		{ input: 5000, expected: 1440 },
		{ input: 12.6, expected: 13 },
		{ input: Number.NaN, expected: DEFAULT_INTERVAL_MINUTES },
		{ input: Number.POSITIVE_INFINITY, expected: DEFAULT_INTERVAL_MINUTES }
	];
	for (const { input, expected } of cases) {
		it(`${input} minutes → ${expected}`, () => expect(clampInterval(input)).toBe(expected));
	}
	it('defaults to 30 minutes', () => expect(DEFAULT_INTERVAL_MINUTES).toBe(30));
});

describe('due and overdue', () => {
	const cases = [
		{
			name: 'never synced: due at once',
			source: { enabled: true, intervalMinutes: 30, lastRunAt: null },
			at: T,
			due: true,
			next: 0
		},
		{
			name: 'synced 10 min ago every 30: not due',
			source: { enabled: true, intervalMinutes: 30, lastRunAt: T - 10 * MIN },
			at: T,
			due: false,
			next: T + 20 * MIN
		},
		{
			name: 'synced exactly 30 min ago: due',
			source: { enabled: true, intervalMinutes: 30, lastRunAt: T - 30 * MIN },
			at: T,
			due: true,
			next: T
		},
		{
			name: 'synced 3 h ago (app was closed): overdue',
			source: { enabled: true, intervalMinutes: 30, lastRunAt: T - 180 * MIN },
			at: T,
			due: true,
			next: T - 150 * MIN
		},
		{
			name: 'paused: never due',
			source: { enabled: false, intervalMinutes: 30, lastRunAt: null },
			at: T,
			due: false,
			next: null
		},
		{
			name: 'an interval below 5 min counts as 5',
			source: { enabled: true, intervalMinutes: 1, lastRunAt: T - 2 * MIN },
			at: T,
			due: false,
			next: T + 3 * MIN
		}
	];
	for (const { name, source, at, due, next } of cases) {
		it(name, () => {
			expect(isDue(source, at)).toBe(due);
			expect(nextSyncAt(source)).toBe(next);
		});
	}
	it('tells how long a source is overdue', () => {
		expect(overdueBy({ enabled: true, intervalMinutes: 30, lastRunAt: T - 45 * MIN }, T)).toBe(
			15 * MIN
		);
		expect(overdueBy({ enabled: true, intervalMinutes: 30, lastRunAt: T }, T)).toBe(0);
	});
	it('waits until the soonest source is due', () => {
		const sources = [
			{ enabled: true, intervalMinutes: 60, lastRunAt: T - 10 * MIN },
			{ enabled: true, intervalMinutes: 30, lastRunAt: T - 25 * MIN },
			{ enabled: false, intervalMinutes: 5, lastRunAt: null }
		];
		expect(msUntilNextDue(sources, T)).toBe(5 * MIN);
		expect(msUntilNextDue([sources[2] as (typeof sources)[number]], T)).toBeNull();
	});
});

describe('dueSources', () => {
	const at = (minutesAgo: number | null) => (minutesAgo === null ? null : T - minutesAgo * MIN);
	const source = (
		name: string,
		enabled: boolean,
		intervalMinutes: number,
		minutesAgo: number | null,
		pending = false
	) => ({ name, enabled, intervalMinutes, lastRunAt: at(minutesAgo), pending });
	const cases = [
		{ name: 'never synced', source: source('a', true, 30, null), due: true },
		{ name: 'synced within its interval', source: source('a', true, 30, 10), due: false },
		{ name: 'its interval has passed', source: source('a', true, 30, 30), due: true },
		{ name: 'waited for the network', source: source('a', true, 30, 1, true), due: true },
		{ name: 'paused, never synced', source: source('a', false, 30, null), due: false },
		{ name: 'paused and overdue', source: source('a', false, 30, 600), due: false },
		{ name: 'paused while waiting', source: source('a', false, 30, 1, true), due: false }
	];
	for (const { name, source, due } of cases) {
		it(`${name}: ${due ? 'syncs' : 'waits'}`, () =>
			expect(dueSources([source], T)).toEqual(due ? [source] : []));
	}
	it('keeps the order of the sources', () => {
		const sources = [source('a', true, 5, 60), source('b', false, 5, 60), source('c', true, 5, 6)];
		expect(dueSources(sources, T).map((s) => s.name)).toEqual(['a', 'c']);
	});
});

describe('backgroundSyncInterval', () => {
	const cases = [
		{ name: 'no sources', sources: [], expected: null },
		{
			name: 'only paused sources',
			sources: [{ enabled: false, intervalMinutes: 5, lastRunAt: null }],
			expected: null
		},
		{
			name: 'the shortest interval of the sources that are not paused',
			sources: [
				{ enabled: true, intervalMinutes: 60, lastRunAt: null },
				{ enabled: false, intervalMinutes: 5, lastRunAt: null },
				{ enabled: true, intervalMinutes: 45, lastRunAt: T }
			],
			expected: 45 * MIN
		},
		{
			name: 'an interval out of range is clamped first',
			sources: [{ enabled: true, intervalMinutes: 1, lastRunAt: null }],
			expected: 5 * MIN
		}
	];
	for (const { name, sources, expected } of cases) {
		it(name, () => expect(backgroundSyncInterval(sources)).toBe(expected));
	}
});
