// what the sample values of one column become under a target, for the mapping screen:
// `0151 2345678` → `+49 151 2345678`, `31.07.1984` → `1984-07-31`, `12ab` → 'phone.invalid'.
// it reads each value exactly as rowToContact will (read-cell.ts).

import { renderCustom } from '../diff';
import type { CustomFieldSpec } from '../custom-fields';
import { formatPhoneInternational } from '../phone';
import { readCell, type CellContext } from './read-cell';
import { phoneCountryFromCell } from './country-code';
import { splitName } from './split-name';
import type { ColumnTarget } from './types';

export interface PreviewColumnOptions {
	defaultCountry: string;
	fields?: Readonly<Record<string, CustomFieldSpec>>;
	/**
	 * the row's country_code cell for each value, when the mapping has such a column, so that a
	 * phone is previewed in the country its row will be read in
	 */
	countryCodes?: readonly string[];
	now?: number;
	/** the file is delimited text: undo the formula guard of a csv export (see read-cell.ts) */
	unguardFormulas?: boolean;
}

export type PreviewValue =
	/** `text` is what the contact will show; '' when the value is blank or not imported */
	| { ok: true; value: string; text: string; firstName?: string; lastName?: string }
	| { ok: false; value: string; error: string };

export function previewColumn(
	values: readonly string[],
	target: ColumnTarget | null,
	opts: PreviewColumnOptions
): PreviewValue[] {
	return values.map((value, index) =>
		previewValue(value, target, opts, opts.countryCodes?.[index])
	);
}

function previewValue(
	value: string,
	target: ColumnTarget | null,
	opts: PreviewColumnOptions,
	countryCode: string | undefined
): PreviewValue {
	if (target === null) return { ok: true, value, text: '' };
	let phoneCountries: readonly string[] | null = [opts.defaultCountry.trim().toUpperCase()];
	if (countryCode !== undefined && countryCode.trim() !== '') {
		const own = phoneCountryFromCell(countryCode);
		phoneCountries = own === undefined ? null : [own];
	}
	const ctx: CellContext = {
		defaultCountry: opts.defaultCountry,
		phoneCountries,
		...(opts.fields === undefined ? {} : { fields: opts.fields }),
		...(opts.now === undefined ? {} : { now: opts.now }),
		...(opts.unguardFormulas === true ? { unguardFormulas: true } : {})
	};
	const reading = readCell(target, value, ctx);
	switch (reading.kind) {
		case 'empty':
			return { ok: true, value, text: '' };
		case 'error':
			return { ok: false, value, error: reading.problem.error };
		case 'text':
		case 'birthDate':
		case 'country':
		case 'subscription':
		case 'countryCode':
			return { ok: true, value, text: reading.value };
		case 'phoneKind':
			return { ok: true, value, text: reading.value ?? '' };
		case 'fullName': {
			const split = splitName(reading.value);
			return { ok: true, value, text: reading.value, ...split };
		}
		case 'phones': {
			if (phoneCountries === null) return { ok: false, value, error: 'countryCode.invalid' };
			const problem = reading.problems[0];
			if (problem !== undefined) return { ok: false, value, error: problem.error };
			const text = reading.phones.map((phone) => formatPhoneInternational(phone.value)).join(', ');
			return { ok: true, value, text };
		}
		case 'emails': {
			const problem = reading.problems[0];
			if (problem !== undefined) return { ok: false, value, error: problem.error };
			return { ok: true, value, text: reading.emails.join(', ') };
		}
		case 'custom':
			return { ok: true, value, text: renderCustom(reading.value) };
		case 'lists':
			return { ok: true, value, text: reading.names.join(', ') };
	}
}
