import type { FieldChange } from '$lib/core/diff';
import { eventData } from '$lib/db/events-repo';
import type { TimelineEvent } from '$lib/db/schema';
import { m } from '$lib/i18n';

// the words for one timeline entry, from what the repository recorded with the event
export const FIELD_LABELS: Record<string, () => string> = {
	firstName: m.field_first_name,
	lastName: m.field_last_name,
	alias: m.field_alias,
	organization: m.field_organization,
	phones: m.field_phone,
	emails: m.field_email,
	subscription: m.field_subscription,
	birthDate: m.field_birth_date,
	street: m.field_street,
	postalCode: m.field_postal_code,
	city: m.field_city,
	region: m.field_region,
	country: m.field_country,
	note: m.field_note,
	listIds: m.field_lists
};

export function describeEvent(
	event: TimelineEvent,
	listName: (id: string) => string,
	fieldLabel: (id: string) => string
): string[] {
	switch (event.type) {
		case 'created':
			return [m.timeline_created()];
		case 'unsubscribed':
			return [m.timeline_unsubscribed()];
		case 'resubscribed':
			return [m.timeline_resubscribed()];
		case 'list-added':
			return [
				m.timeline_list_added({ list: listName(eventData(event, 'list-added')?.listId ?? '') })
			];
		case 'list-removed':
			return [
				m.timeline_list_removed({ list: listName(eventData(event, 'list-removed')?.listId ?? '') })
			];
		case 'merged':
			return [m.timeline_merged({ name: eventData(event, 'merged')?.name ?? '' })];
		case 'unmerged':
			return [m.timeline_unmerged({ name: eventData(event, 'unmerged')?.name ?? '' })];
		case 'changed':
			return describeChanges(eventData(event, 'changed')?.changes ?? [], fieldLabel);
		case 'imported': {
			const data = eventData(event, 'imported');
			const overridden = (data?.overridden ?? []).map((field) =>
				field === 'address'
					? m.source_field_address()
					: field.startsWith('custom.')
						? fieldLabel(field.slice('custom.'.length))
						: (FIELD_LABELS[field]?.() ?? field)
			);
			return [
				m.import_timeline_imported({ file: data?.fileName ?? '' }),
				...describeChanges(data?.changes ?? [], fieldLabel),
				...(overridden.length > 0
					? [m.source_timeline_overridden({ fields: overridden.join(', ') })]
					: [])
			];
		}
		default:
			return [event.type];
	}
}

function describeChanges(
	changes: readonly FieldChange[],
	fieldLabel: (id: string) => string
): string[] {
	const empty = m.timeline_empty_value();
	return changes.map((change) => {
		const custom = change.field.startsWith('custom.');
		const label = custom
			? fieldLabel(change.field.slice('custom.'.length))
			: (FIELD_LABELS[change.field]?.() ?? change.field);
		return m.timeline_changed({
			field: label,
			from: change.from || empty,
			to: change.to || empty
		});
	});
}

/** the import an event came from: its first line links to the import's results page */
export function importOf(event: TimelineEvent): string | undefined {
	return eventData(event, 'imported')?.jobId || undefined;
}
