// phones, e-mail addresses and unique custom values: shared ones make an exact duplicate, nearly
// shared ones (the same last digits, the same local part at another provider) are evidence.

import type { CustomValue } from '../contact';
import { foldText } from '../fold';
import type { Profile } from './profile';
import { withinOneEdit } from './similarity';
import type { Reason } from './types';
import { BITS } from './weights';

/** digits at the end of a phone number that identify it even when the prefix was read wrong */
export const PHONE_TAIL_DIGITS = 8;

/** the last PHONE_TAIL_DIGITS digits of an E.164 number, or '' for a shorter one */
export function phoneTail(phone: string): string {
	return phone.length - 1 >= PHONE_TAIL_DIGITS ? phone.slice(-PHONE_TAIL_DIGITS) : '';
}

/** the matching form of a unique custom value: folded, without spaces; '' for no value */
export function uniqueValue(value: CustomValue | undefined): string {
	if (typeof value === 'string') return foldText(value).replaceAll(' ', '');
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return '';
}

/** true when the two profiles share a phone, a mailbox or the value of a unique field */
export function isExactPair(a: Profile, b: Profile): boolean {
	// plain loops: a scan asks this of every candidate pair
	for (const phone of a.phones) if (b.phones.includes(phone)) return true;
	for (const mailbox of a.emails) if (b.emails.includes(mailbox)) return true;
	for (const [field, value] of a.uniques) {
		for (const [id, other] of b.uniques) if (id === field && other === value) return true;
	}
	return false;
}

/** the shared phones, mailboxes and unique values of two profiles, as reasons */
export function exactReasons(a: Profile, b: Profile): Reason[] {
	const reasons: Reason[] = [];
	for (const phone of a.phones) {
		if (b.phones.includes(phone)) reasons.push({ code: 'same-phone', values: [phone, phone] });
	}
	a.emails.forEach((mailbox, i) => {
		const j = b.emails.indexOf(mailbox);
		if (j < 0) return;
		reasons.push({
			code: 'same-email',
			values: [a.rawEmails[i] ?? mailbox, b.rawEmails[j] ?? mailbox]
		});
	});
	a.uniques.forEach(([field, value], i) => {
		const j = b.uniques.findIndex(([id, other]) => id === field && other === value);
		if (j < 0) return;
		reasons.push({
			code: 'same-unique-field',
			detail: field,
			values: [a.rawUniques[i] ?? value, b.rawUniques[j] ?? value]
		});
	});
	return reasons;
}

/** phones equal in their last digits, e-mail local parts equal at another provider, unique values */
export function compareNearIdentifiers(a: Profile, b: Profile, reasons?: Reason[]): number {
	let bits = 0;
	phones: for (let i = 0; i < a.phones.length; i++) {
		const tail = a.phoneTails[i];
		if (!tail) continue;
		for (let j = 0; j < b.phones.length; j++) {
			if (b.phoneTails[j] === tail && a.phones[i] !== b.phones[j]) {
				bits += BITS.phoneTail;
				reasons?.push({ code: 'phone-tail', values: [a.phones[i] ?? '', b.phones[j] ?? ''] });
				break phones;
			}
		}
	}
	locals: for (let i = 0; i < a.locals.length; i++) {
		const local = a.locals[i];
		if (!local) continue;
		for (let j = 0; j < b.locals.length; j++) {
			if (b.locals[j] !== local || a.emails[i] === b.emails[j]) continue;
			const kinds = [a.localKinds[i], b.localKinds[j]];
			// the same letters at the same provider in another spelling: namesakes at one provider
			// are fewer than namesakes anywhere, and the second of them cannot take the first's address
			const sameDomain = a.domains[i] === b.domains[j];
			if (kinds.includes('name') && !sameDomain) {
				bits += BITS.emailLocalName;
			} else {
				if (kinds.includes('name')) bits += BITS.emailLocalNameSameDomain;
				else if (kinds.includes('name-number')) bits += BITS.emailLocalNameNumber;
				else bits += BITS.emailLocalPart;
				reasons?.push({
					code: 'email-local-part',
					values: [a.rawEmails[i] ?? '', b.rawEmails[j] ?? '']
				});
			}
			break locals;
		}
	}
	// two values of a unique identifier that differ by more than a typo: two people, most likely
	for (const [field, value] of a.uniques) {
		for (const [id, other] of b.uniques) {
			if (id === field && !withinOneEdit(value, other)) bits += BITS.uniqueDifferent;
		}
	}
	return bits;
}
