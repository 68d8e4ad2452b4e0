import { PHONE_KINDS, type PhoneKind } from '$lib/core/contact';
import type { CustomFieldSpec } from '$lib/core/custom-fields';
import { previewColumn } from '$lib/core/import/preview-column';
import type { ColumnTarget, FileInfo } from '$lib/core/import/types';
import type { FieldDef } from '$lib/db/schema';
import { m } from '$lib/i18n';
import { importReasonMessage } from '$lib/i18n/errors';
import { PHONE_KIND_LABELS } from '$lib/ui/contacts/phone-kinds';
import { rowCountry } from './describe-issue';
import { columnName } from './targets';

// the mapping step's "value → what it becomes" lines, in words

/** how many sample values each column shows */
export const SAMPLES_SHOWN = 3;

export interface ColumnSample {
	value: string;
	/** the index of its row in the sample, for the row's own country code */
	row: number;
}

/** the first few non-blank values of each column */
export function samplesOf(info: FileInfo): ColumnSample[][] {
	return info.header.map((_, column) => {
		const found: ColumnSample[] = [];
		for (let row = 0; row < info.sample.length && found.length < SAMPLES_SHOWN; row++) {
			const value = info.sample[row]?.[column] ?? '';
			if (value.trim() !== '') found.push({ value, row });
		}
		return found;
	});
}

export function fieldSpecs(fields: readonly FieldDef[]): Record<string, CustomFieldSpec> {
	const specs: Record<string, CustomFieldSpec> = {};
	for (const field of fields) {
		specs[field.id] = field.options
			? { type: field.type, options: field.options }
			: { type: field.type };
	}
	return specs;
}

// a sample may be a 1 MB cell: a line of the mapping step shows its start
const SHOWN_LENGTH = 120;
const shorten = (text: string) =>
	text.length > SHOWN_LENGTH ? text.slice(0, SHOWN_LENGTH - 1) + '…' : text;

export interface SamplePreview {
	value: string;
	/** what the value becomes, or why it will not be imported */
	result: string;
	ok: boolean;
}

export interface PreviewContext {
	info: FileInfo;
	/** the column that gives each row's country, -1 when none does */
	countryColumn: number;
	defaultCountry: string;
	fields: Record<string, CustomFieldSpec>;
}

const isPhoneKind = (text: string): text is PhoneKind =>
	(PHONE_KINDS as readonly string[]).includes(text);

function words(target: ColumnTarget, text: string, first?: string, last?: string): string {
	if (target.kind === 'field' && target.field === 'fullName') {
		return m.import_preview_name({ first: first || '–', last: last || '–' });
	}
	if (
		target.kind === 'field' &&
		(target.field === 'subscription' || target.field === 'unsubscribed')
	) {
		return text === 'unsubscribed' ? m.status_unsubscribed() : m.status_subscribed();
	}
	if (target.kind === 'phoneKind') {
		return isPhoneKind(text) ? PHONE_KIND_LABELS[text]() : m.import_preview_kind_unknown();
	}
	return text || '–';
}

export function previewSamples(
	samples: readonly ColumnSample[],
	column: number,
	target: ColumnTarget | null,
	ctx: PreviewContext
): SamplePreview[] {
	if (target === null) {
		return samples.map(({ value }) => ({ value: shorten(value), result: '', ok: true }));
	}
	const countryColumn = ctx.countryColumn;
	const rowOf = (sample: ColumnSample) => ctx.info.sample[sample.row] ?? [];
	const previews = previewColumn(
		samples.map((sample) => sample.value),
		target,
		{
			defaultCountry: ctx.defaultCountry,
			fields: ctx.fields,
			unguardFormulas: ctx.info.format === 'csv',
			...(countryColumn === -1 || countryColumn === column
				? {}
				: { countryCodes: samples.map((sample) => rowOf(sample)[countryColumn] ?? '') })
		}
	);
	const name = columnName(ctx.info.header, column);
	return previews.map((preview, i) => {
		if (preview.ok) {
			return {
				value: shorten(preview.value),
				result: shorten(words(target, preview.text, preview.firstName, preview.lastName)),
				ok: true
			};
		}
		const row = rowOf(samples[i] ?? { value: '', row: -1 });
		const country = rowCountry(
			countryColumn === -1 ? '' : (row[countryColumn] ?? ''),
			ctx.defaultCountry
		);
		return {
			value: shorten(preview.value),
			result: importReasonMessage(
				{ error: preview.error, value: shorten(preview.value) },
				name,
				country
			),
			ok: false
		};
	});
}
