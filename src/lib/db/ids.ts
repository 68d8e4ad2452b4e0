import { v7 } from 'uuid';

/** a new time-ordered UUID v7: generated on the device, sortable by creation, safe to sync later */
export function newId(): string {
	return v7();
}
