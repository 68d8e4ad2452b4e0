// e-mail addresses as people paste them: from mail clients (`Name <a@b.de>`), from links
// (`mailto:`), from spreadsheets (`a@b.de;`). the check is the practical subset that mail providers
// deliver to, not the full RFC 5322 grammar.
//
// decisions:
// - the stored value keeps the local part as written and lower-cases the domain (domains are case
//   insensitive, local parts in theory are not). `emailKey` lower-cases everything, for matching.
// - internationalized addresses are accepted (`müller@bücher.de`, RFC 6531); the domain is kept in
//   the form it was written in, punycode or unicode.
// - quoted local parts (`"john doe"@b.de`) are valid RFC 5321 but almost no provider or sending
//   service accepts them, so they are refused with their own code rather than stored and bounced.
// - ip literals (`a@[10.0.0.1]`) and dotless domains (`a@localhost`) are refused: a contact book
//   wants addresses on the internet.

export const EMAIL_ERRORS = [
	'email.empty',
	'email.invalid',
	'email.missing_at',
	'email.invalid_domain',
	'email.multiple',
	'email.quoted_local',
	'email.too_long'
] as const;

export type EmailError = (typeof EMAIL_ERRORS)[number];

export type EmailResult = { ok: true; value: string } | { ok: false; error: EmailError };

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const MAILTO = /^mailto:/i;
// `John Doe <john@doe.de>` and `<john@doe.de>`
const ANGLE = /^[^<>]*<([^<>]*)>$/;
const WRAPPING_QUOTES = /^(["'])([^"']*)\1$/;
const EDGE_SEPARATORS = /^[\s,;]+|[\s,;]+$/g;
const SEPARATOR = /[\s,;]+/;
const WHITESPACE = /\s/;
// atext of RFC 5322 plus any letter, mark or digit for RFC 6531 addresses
const LOCAL_CHARS = /^[\p{L}\p{M}\p{N}!#$%&'*+\-/=?^_`{|}~.]+$/u;
const DOMAIN_CHARS = /^[\p{L}\p{M}\p{N}.-]+$/u;
const ASCII = /^[\x20-\x7e]*$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

const utf8 = new TextEncoder();

export function normalizeEmail(raw: string): EmailResult {
	let text = raw.normalize('NFC').replace(INVISIBLE, '').trim();
	if (text === '') return { ok: false, error: 'email.empty' };

	if (MAILTO.test(text)) {
		// `mailto:a@b.de?subject=hi`: the query is not part of the address
		text = text.replace(MAILTO, '').split('?')[0] ?? '';
	}
	const angled = ANGLE.exec(text);
	if (angled) text = angled[1] ?? '';
	text = text.replace(EDGE_SEPARATORS, '');
	const quoted = WRAPPING_QUOTES.exec(text);
	if (quoted) text = (quoted[2] ?? '').trim();
	if (text === '') return { ok: false, error: 'email.empty' };

	if (text.split(SEPARATOR).filter((part) => part.includes('@')).length > 1) {
		return { ok: false, error: 'email.multiple' };
	}
	if (text.startsWith('"')) return { ok: false, error: 'email.quoted_local' };

	const at = text.indexOf('@');
	if (at === -1) return { ok: false, error: 'email.missing_at' };
	if (text.indexOf('@', at + 1) !== -1 || WHITESPACE.test(text)) {
		return { ok: false, error: 'email.invalid' };
	}

	const local = text.slice(0, at);
	const domain = text.slice(at + 1);
	if (!validLocal(local)) return { ok: false, error: 'email.invalid' };

	const lowerDomain = domain.toLowerCase();
	const asciiDomain = toAsciiDomain(lowerDomain);
	if (asciiDomain === undefined) return { ok: false, error: 'email.invalid_domain' };

	// RFC 5321 limits: 64 octets for the local part, 254 for the whole path
	if (utf8.encode(local).length > 64 || local.length + 1 + asciiDomain.length > 254) {
		return { ok: false, error: 'email.too_long' };
	}
	return { ok: true, value: `${local}@${lowerDomain}` };
}

/** the matching key of a normalized address: `John.Doe@example.com` and `john.doe@example.com` meet */
export function emailKey(value: string): string {
	return value.toLowerCase();
}

function validLocal(local: string): boolean {
	return (
		local !== '' &&
		LOCAL_CHARS.test(local) &&
		!local.startsWith('.') &&
		!local.endsWith('.') &&
		!local.includes('..')
	);
}

function toAsciiDomain(domain: string): string | undefined {
	if (!DOMAIN_CHARS.test(domain)) return undefined;
	let ascii = domain;
	if (!ASCII.test(domain)) {
		// the url parser carries the IDNA (UTS #46) mapping of every runtime we target, so unicode
		// domains are checked in their punycode form without a library
		try {
			ascii = new URL(`http://${domain}`).hostname;
		} catch {
			return undefined;
		}
	}
	if (ascii.length > 253) return undefined;
	const labels = ascii.split('.');
	const tld = labels[labels.length - 1] ?? '';
	if (labels.length < 2 || !TLD.test(tld)) return undefined;
	return labels.every((label) => LABEL.test(label)) ? ascii : undefined;
}
