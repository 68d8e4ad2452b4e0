// accent and case folding, shared by the sort keys, the search tokens and the pickers.

// letters that are not a base letter plus a combining mark, so NFD leaves them alone
const SPECIAL_LETTERS: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	đ: 'd',
	ð: 'd',
	ł: 'l',
	ħ: 'h',
	ı: 'i',
	þ: 'th'
};
const SPECIAL = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');
const COMBINING_MARKS = /\p{M}/gu;
const SPACES = /\s+/g;
// printable ascii, tabs and line breaks: nothing for NFKD, the marks or the special letters to change
const PLAIN = /^[\t\n\r\x20-\x7e]*$/;

/** lower-case, without accents, `ß` → `ss`, trimmed, inner spaces collapsed: `  Ärger  Straße ` → `arger strasse` */
export function foldText(s: string): string {
	// most names, cities and streets are plain ascii: skipping the normalization halves the cost of
	// profiling a contact for duplicate detection, which a scan of a million contacts does millions
	// of times
	if (PLAIN.test(s)) return s.toLowerCase().replace(SPACES, ' ').trim();
	return s
		.normalize('NFKD')
		.replace(COMBINING_MARKS, '')
		.toLowerCase()
		.replace(SPECIAL, (letter) => SPECIAL_LETTERS[letter] ?? letter)
		.replace(SPACES, ' ')
		.trim();
}
