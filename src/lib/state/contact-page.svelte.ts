import type { Contact } from '$lib/core/contact';
import { displayName } from '$lib/core/display-name';
import { getContact } from '$lib/db/contacts-repo';
import { getDatabase } from '$lib/db/database';

// one contact's page: which contact, and whether it exists on this device
export class ContactPageState {
	status = $state<'loading' | 'found' | 'missing'>('loading');
	contact = $state.raw<Contact | undefined>(undefined);
	displayName = $derived(this.contact ? displayName(this.contact) : '');

	async load(id: string): Promise<void> {
		this.status = 'loading';
		const contact = id ? await getContact(getDatabase(), id) : undefined;
		this.contact = contact;
		this.status = contact ? 'found' : 'missing';
	}
}
