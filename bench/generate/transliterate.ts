// how names turn into ascii: for e-mail addresses (always lower-case ascii) and for the copies of a
// person typed on a keyboard without umlauts (`Müller` → `Mueller` or `Muller`).

// german umlauts are written out in addresses and by people who care; other letters lose their
// accent. letters that unicode does not decompose are listed by hand.
const EXPANDED: Readonly<Record<string, string>> = {
	ä: 'ae',
	ö: 'oe',
	ü: 'ue',
	Ä: 'Ae',
	Ö: 'Oe',
	Ü: 'Ue',
	ß: 'ss',
	ẞ: 'SS'
};

const UNDECOMPOSED: Readonly<Record<string, string>> = {
	ł: 'l',
	Ł: 'L',
	ı: 'i',
	ø: 'o',
	Ø: 'O',
	æ: 'ae',
	Æ: 'Ae',
	œ: 'oe',
	Œ: 'Oe',
	đ: 'd',
	Đ: 'D',
	ß: 'ss'
};

const COMBINING_MARKS = /\p{M}/gu;

function stripAccents(text: string): string {
	let out = '';
	for (const char of text.normalize('NFD').replace(COMBINING_MARKS, '')) {
		out += UNDECOMPOSED[char] ?? char;
	}
	return out;
}

/** `Müller` → `Mueller`, `Hélène` → `Helene`, `Łukasz` → `Lukasz` (case kept) */
export function expandUmlauts(text: string): string {
	let out = '';
	for (const char of text) out += EXPANDED[char] ?? char;
	return stripAccents(out);
}

/** `Müller` → `Muller`, `Weiß` → `Weiss` (case kept) */
export function dropDiacritics(text: string): string {
	return stripAccents(text);
}

/** true when the text holds a letter outside ascii */
export function hasDiacritics(text: string): boolean {
	// eslint-disable-next-line no-control-regex
	return /[^\u0000-\u007f]/.test(text);
}

/** `Müller-Lüdenscheid` → `mueller-luedenscheid`, `de la Fontaine` → `delafontaine`, `O'Brien` → `obrien` */
export function toEmailPart(name: string): string {
	return expandUmlauts(name)
		.toLowerCase()
		.replace(/[^a-z0-9-]/g, '');
}
