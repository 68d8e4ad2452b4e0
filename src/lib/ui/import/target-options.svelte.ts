import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { TargetGroup, TargetOption } from './targets';

// a file may have a thousand columns, each with a select of some thirty targets. built as svelte
// blocks that is sixty thousand reactive nodes; the options are the same for every column, so they
// are built once as plain elements and each select gets a native copy (text only, never markup).
// the "kind of the phone in …" options change whenever a column becomes a phone, so they live in a
// group of their own that is replaced alone, instead of refilling a thousand selects.

function optionOf({ value, label }: TargetOption): HTMLOptionElement {
	const option = document.createElement('option');
	option.value = value;
	option.textContent = label;
	return option;
}

function groupOf(group: TargetGroup): HTMLOptGroupElement {
	const element = document.createElement('optgroup');
	element.label = group.label;
	for (const option of group.options) element.append(optionOf(option));
	return element;
}

/** the shared option groups, built once per change of the groups */
export function groupsTemplate(groups: readonly TargetGroup[]): DocumentFragment {
	const fragment = document.createDocumentFragment();
	for (const group of groups) fragment.append(groupOf(group));
	return fragment;
}

export interface SelectContent {
	template: DocumentFragment;
	/** options before the shared groups ("Don't import", a target the groups lack) */
	first: readonly TargetOption[];
	/** options at the end of the last shared group ("New field named …") */
	last: readonly TargetOption[];
	value: string;
}

/**
 * fills a select: `first`, a copy of the shared groups with `last` at the end of the last one, then
 * the phone-kind group, and selects `value`. the two getters are read in separate effects, so a new
 * phone column replaces one small group in each select and leaves the rest alone.
 */
export function targetOptions(
	content: () => SelectContent,
	kinds: () => TargetGroup | null
): Attachment<HTMLSelectElement> {
	return (select) => {
		let kindGroup: HTMLOptGroupElement | null = null;
		$effect(() => {
			const { template, first, last, value } = content();
			const shared = template.cloneNode(true) as DocumentFragment;
			const lastGroup = shared.lastElementChild;
			for (const option of last) (lastGroup ?? shared).append(optionOf(option));
			select.replaceChildren(...first.map(optionOf), shared);
			if (kindGroup) select.append(kindGroup);
			select.value = value;
		});
		$effect(() => {
			const group = kinds();
			// the select keeps its value when the group under it is replaced
			const value = untrack(() => content().value);
			const next = group ? groupOf(group) : null;
			if (kindGroup && next) kindGroup.replaceWith(next);
			else if (kindGroup) kindGroup.remove();
			else if (next) select.append(next);
			kindGroup = next;
			select.value = value;
		});
	};
}
