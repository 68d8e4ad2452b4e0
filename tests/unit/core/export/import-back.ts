// an export read back through our own import, the way the import screen maps it when the user
// changes nothing: sniffFile → suggestMapping → readRows → rowToContact → createContact. lists are
// found by name (the db creates missing ones; tests/unit/db/export-import.test.ts covers that).

import { expect } from 'vitest';
import type { Contact } from '../../../../src/lib/core/contact';
import { createContact } from '../../../../src/lib/core/create-contact';
import type { CustomFieldSpec } from '../../../../src/lib/core/custom-fields';
import type { ExportField, ExportList } from '../../../../src/lib/core/export/options';
import { readRows } from '../../../../src/lib/core/import/read-rows';
import { rowToContact } from '../../../../src/lib/core/import/row-to-contact';
import { sniffFile } from '../../../../src/lib/core/import/sniff';
import { suggestMapping } from '../../../../src/lib/core/import/suggest-mapping';

/** the contacts of the file, given the ids and creation times of `originals` in file order */
export async function importBack(
	file: File,
	originals: readonly Contact[],
	fields: readonly (ExportField & { options?: string[] })[],
	lists: readonly ExportList[]
): Promise<Contact[]> {
	const info = await sniffFile(file);
	const mapping = suggestMapping(info.header, info.sample, { fields, defaultCountry: 'DE' });
	const specs: Record<string, CustomFieldSpec> = {};
	for (const field of fields) {
		specs[field.id] = field.options ? { type: field.type, options: field.options } : field;
	}
	const listIds = new Map(lists.map((list) => [list.name, list.id]));
	const contacts: Contact[] = [];
	for await (const batch of readRows(file, { format: info.format })) {
		for (const row of batch.rows) {
			const original = originals[contacts.length] as Contact;
			const mapped = rowToContact(row, mapping, {
				defaultCountry: 'DE',
				fields: specs,
				unguardFormulas: info.format === 'csv'
			});
			if (!mapped.ok) throw new Error(JSON.stringify(mapped.errors));
			expect(mapped.warnings).toEqual([]);
			const draft = {
				...mapped.draft,
				listIds: (mapped.lists ?? []).map((name) => listIds.get(name) ?? `unknown ${name}`)
			};
			const created = createContact(draft, {
				defaultCountry: 'DE',
				now: original.createdAt,
				id: original.id
			});
			if (!created.ok) throw new Error(JSON.stringify(created.errors));
			contacts.push(created.contact);
		}
	}
	return contacts;
}
