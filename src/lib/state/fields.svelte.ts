import { liveQuery } from 'dexie';
import { getDatabase } from '$lib/db/database';
import { listFields } from '$lib/db/fields-repo';
import type { FieldDef } from '$lib/db/schema';

// the custom field definitions in their chosen order, kept current for forms and settings
export class FieldsState {
	all = $state.raw<FieldDef[]>([]);
	loaded = $state(false);

	watch(): () => void {
		const subscription = liveQuery(() => listFields(getDatabase())).subscribe({
			next: (fields) => {
				this.all = fields;
				this.loaded = true;
			},
			error: (error: unknown) => console.error(error)
		});
		return () => subscription.unsubscribe();
	}
}

export const fieldsState = new FieldsState();
