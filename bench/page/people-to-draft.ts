// turns a generated row (column name → cell) into a ContactDraft for the baselines and the seeding
// path. core's own column mapping (suggestMapping / rowToContact) belongs to the import issue; until
// it lands this small table is enough, and the baseline only needs records of realistic size.

import type { ContactDraft, FieldError } from '../../src/lib/core/index';

type Target =
	| 'firstName'
	| 'lastName'
	| 'alias'
	| 'organization'
	| 'phone'
	| 'email'
	| 'birthDate'
	| 'street'
	| 'postalCode'
	| 'city'
	| 'region'
	| 'country'
	| 'countryCode'
	| 'note'
	| 'custom';

// column names are compared folded: lower case, letters and digits only
const EXACT: Record<string, Target> = {
	firstname: 'firstName',
	givenname: 'firstName',
	vorname: 'firstName',
	prenom: 'firstName',
	lastname: 'lastName',
	surname: 'lastName',
	familyname: 'lastName',
	nachname: 'lastName',
	nom: 'lastName',
	alias: 'alias',
	nickname: 'alias',
	company: 'organization',
	organization: 'organization',
	organisation: 'organization',
	firma: 'organization',
	birthday: 'birthDate',
	birthdate: 'birthDate',
	dateofbirth: 'birthDate',
	geburtstag: 'birthDate',
	street: 'street',
	address: 'street',
	strasse: 'street',
	postcode: 'postalCode',
	postalcode: 'postalCode',
	zip: 'postalCode',
	zipcode: 'postalCode',
	plz: 'postalCode',
	city: 'city',
	town: 'city',
	ort: 'city',
	region: 'region',
	state: 'region',
	country: 'country',
	// an ISO code column beats a country name: it is what phones are read in (DESIGN §6)
	countrycode: 'countryCode',
	iso: 'countryCode',
	land: 'country',
	note: 'note',
	notes: 'note'
};

function targetOf(column: string): Target {
	const folded = column
		.normalize('NFD')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');
	const exact = EXACT[folded];
	if (exact) return exact;
	if (/(phone|mobile|tel|handy)/.test(folded) && !folded.endsWith('type')) return 'phone';
	if (/mail/.test(folded)) return 'email';
	return 'custom';
}

export interface MappedDraft {
	full: ContactDraft;
	/** the same draft without the values createContact refused */
	without(errors: readonly FieldError[]): ContactDraft;
}

/** a mapper that learns the target of each column name once and reuses it for every row */
export function draftMapper(): (values: Record<string, string>) => MappedDraft {
	const targets = new Map<string, Target>();
	return (values) => {
		const draft: ContactDraft = { phones: [], emails: [], custom: {} };
		for (const [column, cell] of Object.entries(values)) {
			let target = targets.get(column);
			if (target === undefined) {
				target = targetOf(column);
				targets.set(column, target);
			}
			if (cell === '') continue;
			if (target === 'phone') draft.phones?.push({ value: cell });
			else if (target === 'email') draft.emails?.push({ value: cell });
			else if (target === 'birthDate') draft.birthDate ??= isoBirthDate(cell);
			else if (target === 'custom') {
				if (draft.custom) draft.custom[column] = cell;
			} else if (target === 'countryCode') draft.country = cell;
			// the first column wins when two map to the same field
			else draft[target] ??= cell;
		}
		return { full: draft, without: (errors) => withoutErrors(draft, errors) };
	};
}

// German-style dates (`24.12.1980`, `24.12.` without a year) as the generator writes them; core reads
// only ISO dates so far
function isoBirthDate(cell: string): string {
	const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})?$/.exec(cell.trim());
	if (!dotted) return cell;
	const [, day = '', month = '', year] = dotted;
	const monthDay = `${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
	return year ? `${year}-${monthDay}` : `--${monthDay}`;
}

function withoutErrors(draft: ContactDraft, errors: readonly FieldError[]): ContactDraft {
	const bad = new Set(errors.map((error) => error.field));
	const repaired: ContactDraft = {
		...draft,
		phones: draft.phones?.filter((_, index) => !bad.has(`phones.${index}`)),
		emails: draft.emails?.filter((_, index) => !bad.has(`emails.${index}`))
	};
	if (bad.has('birthDate')) delete repaired.birthDate;
	if (bad.has('country')) delete repaired.country;
	if (bad.has('subscription')) delete repaired.subscription;
	return repaired;
}
