// timelines live in the db; these say which events go where. a merge moves the absorbed contact's
// events to the survivor and remembers their ids; an unmerge moves exactly those back, so events
// written after the merge stay with the survivor.

import type { MergeRecord } from './merge-types';

/** what the merge needs of a timeline event (the db's TimelineEvent has these and more) */
export interface TimelineEntry {
	id: string;
	contactId: string;
	at: number;
}

export interface CombinedTimeline<E extends TimelineEntry> {
	/** both timelines as one, oldest first, every event pointing to the survivor */
	events: E[];
	/** the ids of the absorbed contact's events: the record's movedEventIds */
	movedEventIds: string[];
}

/** events in time order; events of the same millisecond by id, which v7 ids make creation order */
export function compareEvents(a: TimelineEntry, b: TimelineEntry): number {
	return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function combineTimelines<E extends TimelineEntry>(
	survivorId: string,
	survivorEvents: readonly E[],
	absorbedEvents: readonly E[]
): CombinedTimeline<E> {
	const moved = absorbedEvents.map((event) => ({ ...event, contactId: survivorId }));
	return {
		events: [...survivorEvents, ...moved].sort(compareEvents),
		movedEventIds: absorbedEvents.map((event) => event.id)
	};
}

export interface SplitTimeline<E extends TimelineEntry> {
	/** the events that stay where they are: the survivor's own and those written since the merge */
	kept: E[];
	/** the events that go back to the restored contact, pointing to it, oldest first */
	restored: E[];
}

/** splits the timeline of the contact that holds the merge (see unmergeScope) for an unmerge */
export function splitTimeline<E extends TimelineEntry>(
	events: readonly E[],
	record: Pick<MergeRecord, 'absorbedId' | 'movedEventIds'>
): SplitTimeline<E> {
	const moved = new Set(record.movedEventIds);
	const kept: E[] = [];
	const restored: E[] = [];
	for (const event of events) {
		if (moved.has(event.id)) restored.push({ ...event, contactId: record.absorbedId });
		else kept.push(event);
	}
	return { kept: kept.sort(compareEvents), restored: restored.sort(compareEvents) };
}
