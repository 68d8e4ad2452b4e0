import type { PhoneKind } from '$lib/core/contact';
import { m } from '$lib/i18n';

/** the words for each kind of phone, for the form's picker and the contact page */
export const PHONE_KIND_LABELS: Record<PhoneKind, () => string> = {
	mobile: m.kind_mobile,
	whatsapp: m.kind_whatsapp,
	home: m.kind_home,
	work: m.kind_work,
	other: m.kind_other
};
