import type { Contact } from '$lib/core/contact';
import { defaultGroupChoices, defaultMergeChoices, type MergeSide } from '$lib/core/merge/index';
import { getDatabase } from '$lib/db/database';
import { mergeContacts, mergeGroup, unmergeContact, type MergeError } from '$lib/db/merges-repo';

/** the most contacts one merge screen takes: more would not fit side by side on any screen */
export const MAX_MERGE_GROUP = 5;

/** the ids of a merge link (`/merge?ids=a,b`), without blanks and repeats */
export function parseMergeIds(param: string | null): string[] {
	const ids = (param ?? '').split(',').map((id) => id.trim());
	return ids.filter((id, index) => id !== '' && ids.indexOf(id) === index);
}

// the merge screen: the contacts side by side, the survivor, and per differing field the contact
// whose value becomes the primary one. choices are kept by contact id, so that two and three or
// more contacts work the same way.
export class MergeScreenState {
	status = $state<'loading' | 'ready' | 'invalid' | 'merging'>('loading');
	contacts = $state.raw<Contact[]>([]);
	survivorId = $state('');
	/** per differing field, the id of the contact whose value wins */
	choices = $state<Record<string, string>>({});
	error = $state<MergeError | undefined>(undefined);

	survivor = $derived(this.contacts.find((contact) => contact.id === this.survivorId));
	absorbed = $derived(this.contacts.filter((contact) => contact.id !== this.survivorId));
	/** the fields the user is asked about, in form order, then custom fields */
	fields = $derived(Object.keys(this.choices));
	/** a rule, not a choice: either side being unsubscribed makes the result unsubscribed */
	unsubscribed = $derived(this.contacts.some((contact) => contact.subscription === 'unsubscribed'));

	async load(ids: readonly string[]): Promise<void> {
		this.status = 'loading';
		this.error = undefined;
		if (ids.length < 2 || ids.length > MAX_MERGE_GROUP) {
			this.status = 'invalid';
			return;
		}
		const found = await getDatabase().contacts.bulkGet([...ids]);
		const contacts = found.filter((contact): contact is Contact => contact !== undefined);
		if (contacts.length !== ids.length) {
			this.status = 'invalid';
			return;
		}
		this.contacts = contacts;
		// the older contact stays by default: its id is the one links and lists have known longest
		const oldest = [...contacts].sort((a, b) => a.createdAt - b.createdAt)[0] ?? contacts[0];
		this.chooseSurvivor(oldest?.id ?? '');
		this.status = 'ready';
	}

	/** a new survivor brings back the default choices, which depend on who stays */
	chooseSurvivor(id: string): void {
		const survivor = this.contacts.find((contact) => contact.id === id);
		if (!survivor) return;
		this.survivorId = id;
		const rest = this.contacts.filter((contact) => contact.id !== id);
		const [only] = rest;
		if (rest.length === 1 && only) {
			const sides = defaultMergeChoices(survivor, only);
			this.choices = Object.fromEntries(
				Object.entries(sides).map(([field, side]) => [
					field,
					side === 'survivor' ? survivor.id : only.id
				])
			);
		} else {
			this.choices = defaultGroupChoices([survivor, ...rest]);
		}
	}

	/**
	 * merges as chosen; resolves to the survivor's id and the merges made (to undo), or undefined with
	 * `error` set
	 */
	async merge(): Promise<{ contactId: string; mergeIds: string[] } | undefined> {
		const survivor = this.survivor;
		const [only, ...more] = this.absorbed;
		if (!survivor || !only) return undefined;
		this.status = 'merging';
		const db = getDatabase();
		const result =
			more.length === 0
				? await mergeContacts(db, survivor.id, only.id, this.pairChoices(only.id))
				: await mergeGroup(
						db,
						survivor.id,
						this.absorbed.map((contact) => contact.id),
						{ ...this.choices }
					);
		if (!result.ok) {
			this.error = result.error;
			this.status = 'ready';
			return undefined;
		}
		return { contactId: survivor.id, mergeIds: result.merges.map((row) => row.id) };
	}

	private pairChoices(absorbedId: string): Record<string, MergeSide> {
		return Object.fromEntries(
			Object.entries(this.choices).map(([field, id]) => [
				field,
				id === absorbedId ? 'absorbed' : 'survivor'
			])
		);
	}
}

/** undoes merges made together, newest first; resolves to how many were undone */
export async function undoMerges(mergeIds: readonly string[]): Promise<number> {
	let undone = 0;
	for (const id of [...mergeIds].reverse()) {
		if ((await unmergeContact(getDatabase(), id)).ok) undone += 1;
	}
	return undone;
}
