// the reasons of a suggestion in words: "Names sound alike (Meier / Mayer) · same birth date"
import { m } from '$lib/i18n';
import type { SuggestionReason } from '$lib/db/schema';

const REASON_MESSAGES: Record<string, () => string> = {
	'same-phone': m.dup_reason_same_phone,
	'same-email': m.dup_reason_same_email,
	'same-unique-field': m.dup_reason_same_unique_field,
	'same-name': m.dup_reason_same_name,
	'same-first-name': m.dup_reason_same_first_name,
	'same-last-name': m.dup_reason_same_last_name,
	'names-sound-alike': m.dup_reason_names_sound_alike,
	'names-look-alike': m.dup_reason_names_look_alike,
	nickname: m.dup_reason_nickname,
	initial: m.dup_reason_initial,
	'names-swapped': m.dup_reason_names_swapped,
	'same-birth-date': m.dup_reason_same_birth_date,
	'similar-birth-date': m.dup_reason_similar_birth_date,
	'same-street': m.dup_reason_same_street,
	'similar-street': m.dup_reason_similar_street,
	'same-postcode': m.dup_reason_same_postcode,
	'same-city': m.dup_reason_same_city,
	'similar-city': m.dup_reason_similar_city,
	'same-region': m.dup_reason_same_region,
	'phone-tail': m.dup_reason_phone_tail,
	'email-local-part': m.dup_reason_email_local_part
};

export function reasonText(reason: SuggestionReason): string {
	const words = REASON_MESSAGES[reason.code]?.() ?? reason.code;
	const values = reason.values;
	// a value both contacts hold once ("same phone +49 …"), two differing values side by side
	if (!values || values[0] === '') return words;
	return values[0] === values[1]
		? `${words} (${values[0]})`
		: `${words} (${values[0]} / ${values[1]})`;
}

/** all reasons in one line, the first word capitalized */
export function reasonsText(reasons: readonly SuggestionReason[]): string {
	const line = reasons.map(reasonText).join(' · ');
	return line.charAt(0).toLocaleUpperCase() + line.slice(1);
}
