import { isBirthDate } from './birth-date';

// what people type in a birth date field, read into the stored form (`YYYY-MM-DD` or `--MM-DD`).
// German and French write day first (23.04.1985, 23/04/1985); a trailing "23.04." has no year.
export function parseBirthDateInput(raw: string): { ok: true; value: string } | { ok: false } {
	const input = raw.trim();
	if (input === '') return { ok: true, value: '' };
	if (isBirthDate(input)) return { ok: true, value: input };
	const dayFirst = /^(\d{1,2})[./](\d{1,2})[./]?(\d{4})?$/.exec(input);
	if (!dayFirst) return { ok: false };
	const [, day = '', month = '', year] = dayFirst;
	const value = `${year ?? '-'}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
	return isBirthDate(value) ? { ok: true, value } : { ok: false };
}
