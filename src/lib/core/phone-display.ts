import { MISSING_KEY } from './missing-key';

/**
 * a stored phone made readable without phone metadata (which is large): the calling code apart from
 * the rest, `+4915123456789` → `+49 15123456789`. lists use it; forms and the contact page load the
 * full formatter.
 */
export function phoneWithCallingCode(e164: string, callingCode: string): string {
	if (callingCode === MISSING_KEY || !e164.startsWith(`+${callingCode}`)) return e164;
	return `+${callingCode} ${e164.slice(callingCode.length + 1)}`;
}
