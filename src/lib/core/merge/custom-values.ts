// custom values as the merge sees them: a field a contact does not have, null and '' are all "no
// value" when deciding whether two contacts differ, but an unmerge keeps them apart so that a
// snapshot comes back exactly as it was.

import type { CustomValue } from '../contact';

export const CUSTOM_PREFIX = 'custom.';

export function isEmptyCustom(value: CustomValue | undefined): boolean {
	return value === undefined || value === null || value === '';
}

export function customDiffers(a: CustomValue | undefined, b: CustomValue | undefined): boolean {
	if (isEmptyCustom(a) && isEmptyCustom(b)) return false;
	return a !== b;
}

/** the custom field ids of several contacts, each once, in the order they are first met */
export function customIds(...customs: Readonly<Record<string, CustomValue>>[]): string[] {
	const ids = new Set<string>();
	for (const custom of customs) for (const id of Object.keys(custom)) ids.add(id);
	return [...ids];
}

export function customValue(
	custom: Readonly<Record<string, CustomValue>>,
	id: string
): CustomValue | undefined {
	return Object.hasOwn(custom, id) ? custom[id] : undefined;
}
