// the core's public surface (DESIGN §5): other layers, workers and benchmarks import from here only.

export type {
	Contact,
	ContactDraft,
	ContactKeys,
	CustomValue,
	Email,
	FieldError,
	Phone,
	PhoneKind,
	Subscription
} from './contact';
export { PHONE_KINDS } from './contact';

export type { ParsedPhone, ParsePhoneResult, PhoneError, PhoneResult } from './phone';
export {
	PHONE_ERRORS,
	callingCodeOf,
	formatPhoneInternational,
	formatPhoneNational,
	normalizePhone,
	parsePhone
} from './phone';

export type { EmailError, EmailResult } from './email';
export { EMAIL_ERRORS, emailKey, normalizeEmail } from './email';

export type { KeyedFields } from './keys';
export { contactKeys, foldText, sortName } from './keys';

export { isBirthDate } from './birth-date';

export type { CreateContactOptions, CreateContactResult } from './create-contact';
export { DRAFT_ERRORS, createContact } from './create-contact';

export type { ValidateContactSettings } from './validate-contact';
export { CONTACT_ERRORS, validateContact } from './validate-contact';

export type { CountryOption } from './countries';
export {
	filterCountries,
	isCountryCode,
	isSupportedCountry,
	listCountries,
	normalizeCountryCode,
	regionFromLocales
} from './countries';

export { displayName } from './display-name';
export { formatBytes } from './format';
