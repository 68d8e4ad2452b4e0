import { describe, expect, it } from 'vitest';
import {
	combineTimelines,
	planMerge,
	splitTimeline,
	type TimelineEntry
} from '../../../../src/lib/core/merge';
import { person } from './helpers';

interface Event extends TimelineEntry {
	type: string;
}

const ev = (id: string, contactId: string, at: number): Event => ({
	id,
	contactId,
	at,
	type: 'note'
});

describe('combineTimelines', () => {
	it('puts both timelines in time order, the absorbed events pointing to the survivor', () => {
		const combined = combineTimelines(
			's',
			[ev('s1', 's', 10), ev('s2', 's', 30)],
			[ev('a2', 'a', 30), ev('a1', 'a', 20), ev('a0', 'a', 10)]
		);
		expect(combined.events).toEqual([
			ev('a0', 's', 10),
			ev('s1', 's', 10),
			ev('a1', 's', 20),
			ev('a2', 's', 30),
			ev('s2', 's', 30)
		]);
		expect(combined.movedEventIds).toEqual(['a2', 'a1', 'a0']);
	});

	it('keeps the other fields of an event', () => {
		const combined = combineTimelines('s', [], [{ ...ev('a1', 'a', 1), type: 'imported' }]);
		expect(combined.events[0]?.type).toBe('imported');
	});
});

describe('splitTimeline', () => {
	const survivor = person('s', {});
	const absorbed = person('a', {});
	const { record } = planMerge(
		survivor,
		absorbed,
		{},
		{ now: 100, absorbedEventIds: ['a1', 'a2'] }
	);

	it('sends the moved events back and keeps the rest, events written after the merge included', () => {
		const events = [ev('s1', 's', 5), ev('a1', 's', 7), ev('after', 's', 150), ev('a2', 's', 1)];
		expect(splitTimeline(events, record)).toEqual({
			kept: [ev('s1', 's', 5), ev('after', 's', 150)],
			restored: [ev('a2', 'a', 1), ev('a1', 'a', 7)]
		});
	});

	it('finds the moved events on whichever contact holds them now', () => {
		const events = [ev('a1', 'd', 7), ev('d1', 'd', 8)];
		expect(splitTimeline(events, record)).toEqual({
			kept: [ev('d1', 'd', 8)],
			restored: [ev('a1', 'a', 7)]
		});
	});
});
