// phonetic keys: two spellings that sound alike get the same key. kölner phonetik is made for
// german names (Meier, Mayer, Maier → 67); double metaphone (a small, well-kept package) knows
// english, french, italian and slavic spellings, so that between them the names of our three
// languages are covered.

import { doubleMetaphone } from 'double-metaphone';
import { foldText } from '../fold';

const NOT_LETTER = /[^a-z]/g;

/** the plain latin letters of a name, lower-case: `Müller-Lüdenscheidt` → `mullerludenscheidt` */
export function letters(text: string): string {
	return foldText(text).replace(NOT_LETTER, '');
}

/**
 * the kölner phonetik (cologne phonetic) code of a word, e.g. `Müller-Lüdenscheidt` → `65752682`.
 * see postel, "die kölner phonetik" (1969); the rules below are the published table.
 */
export function kolnerPhonetik(text: string): string {
	const word = letters(text);
	let codes = '';
	for (let i = 0; i < word.length; i++) {
		codes += kolnerCode(word, i);
	}
	// collapse repeated codes, then drop the vowels (0) except at the start
	let result = '';
	let last = '';
	for (const code of codes) {
		if (code !== last) result += code;
		last = code;
	}
	return result.length === 0 ? '' : result[0] + result.slice(1).replaceAll('0', '');
}

function kolnerCode(word: string, i: number): string {
	const c = word[i] ?? '';
	const before = word[i - 1] ?? '';
	const after = word[i + 1] ?? '';
	switch (c) {
		case 'a':
		case 'e':
		case 'i':
		case 'j':
		case 'o':
		case 'u':
		case 'y':
			return '0';
		case 'h':
			return '';
		case 'b':
			return '1';
		case 'p':
			return after === 'h' ? '3' : '1';
		case 'd':
		case 't':
			return 'csz'.includes(after) && after !== '' ? '8' : '2';
		case 'f':
		case 'v':
		case 'w':
			return '3';
		case 'g':
		case 'k':
		case 'q':
			return '4';
		case 'c':
			if (i === 0) return after !== '' && 'ahkloqrux'.includes(after) ? '4' : '8';
			if (before === 's' || before === 'z') return '8';
			return after !== '' && 'ahkoqux'.includes(after) ? '4' : '8';
		case 'x':
			return before !== '' && 'ckq'.includes(before) ? '8' : '48';
		case 'l':
			return '5';
		case 'm':
		case 'n':
			return '6';
		case 'r':
			return '7';
		case 's':
		case 'z':
			return '8';
		default:
			return '';
	}
}

/** the double metaphone codes of a word: one, or two when it may be said two ways */
export function metaphone(text: string): string[] {
	const word = letters(text);
	if (word === '') return [];
	const [primary, alternate] = doubleMetaphone(word);
	return primary === alternate || alternate === '' ? [primary] : [primary, alternate];
}

/** true when the two words sound alike by either algorithm */
export function soundAlike(a: string, b: string): boolean {
	const ka = kolnerPhonetik(a);
	if (ka !== '' && ka === kolnerPhonetik(b)) return true;
	const mb = metaphone(b);
	return metaphone(a).some((code) => code !== '' && mb.includes(code));
}
