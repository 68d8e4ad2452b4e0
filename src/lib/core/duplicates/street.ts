// street lines: house numbers apart from words, abbreviations written out, so that `Hauptstr. 5`
// and `Hauptstraße 5`, or `21 woralul street, flt 68` and `flt 68, 21 woralul street`, compare equal.

import { foldText } from '../fold';
import { similarText, withinOneEdit } from './similarity';
import type { Reason } from './types';
import { BITS } from './weights';

export interface StreetProfile {
	raw: string;
	/** the words that hold a digit (house and flat numbers), folded and sorted: ['47a'] */
	numbers: string[];
	/** the other words, sorted, with common abbreviations written out */
	words: string[];
	/** the words in their written order run together, to forgive a misplaced space */
	compact: string;
	/** `numbers` and `words` joined, for comparing them at once */
	numbersKey: string;
	wordsKey: string;
	/**
	 * the comma-separated parts that hold both a number and a word (`7 blackman crescent`), each as
	 * its numbers and its words run together, for an address with a line the other lacks or has
	 * written otherwise (a flat, a building, a locality)
	 */
	lines: { numbersKey: string; compact: string }[];
}

// the ways streets are shortened in our languages and in australian and english files
const STREET_WORDS: Record<string, string> = {
	str: 'strasse',
	st: 'street',
	rd: 'road',
	ave: 'avenue',
	av: 'avenue',
	bd: 'boulevard',
	blvd: 'boulevard',
	pl: 'place',
	cres: 'crescent',
	cr: 'crescent',
	ct: 'court',
	dr: 'drive',
	ln: 'lane',
	pde: 'parade',
	tce: 'terrace',
	cct: 'circuit',
	hwy: 'highway',
	sq: 'square',
	ch: 'chemin',
	rte: 'route',
	imp: 'impasse',
	fg: 'faubourg'
};
const SEPARATORS = /[\s\-–.,;:/#'’()]+/;
const LINE_BREAKS = /[,;\n]+/;
const ONE_LINE_BREAK = /[,;\n]/;
const HAS_DIGIT = /\d/;

export function streetProfile(raw: string): StreetProfile | undefined {
	const tokens = foldText(raw)
		.split(SEPARATORS)
		.filter((token) => token !== '');
	if (tokens.length === 0) return undefined;
	const numbers: string[] = [];
	const words: string[] = [];
	for (const token of tokens) {
		if (HAS_DIGIT.test(token)) numbers.push(token);
		else words.push(streetWord(token));
	}
	const compact = words.join('');
	numbers.sort();
	words.sort();
	return {
		raw,
		numbers,
		words,
		compact,
		numbersKey: numbers.join(' '),
		wordsKey: words.join(' '),
		lines: numberedLines(raw)
	};
}

// `7 blackman crescent, rose lane centre` → [{ numbersKey: '7', compact: 'blackmancrescent' }]
function numberedLines(raw: string): StreetProfile['lines'] {
	// most street lines are one line: no need to split them
	if (!ONE_LINE_BREAK.test(raw)) return [];
	const parts = raw.split(LINE_BREAKS);
	if (parts.length < 2) return [];
	const lines: StreetProfile['lines'] = [];
	for (const part of parts) {
		const tokens = foldText(part)
			.split(SEPARATORS)
			.filter((token) => token !== '');
		const numbers = tokens.filter((token) => HAS_DIGIT.test(token)).sort();
		const words = tokens.filter((token) => !HAS_DIGIT.test(token)).map(streetWord);
		if (numbers.length > 0 && words.length > 0) {
			lines.push({ numbersKey: numbers.join(' '), compact: words.join('') });
		}
	}
	return lines;
}

// `hauptstr` → `hauptstrasse`, `st` → `street`
function streetWord(token: string): string {
	const expanded = STREET_WORDS[token];
	if (expanded !== undefined) return expanded;
	if (token.length > 4 && token.endsWith('str')) return `${token}asse`;
	return token;
}

export function compareStreet(
	a: StreetProfile | undefined,
	b: StreetProfile | undefined,
	reasons?: Reason[]
): number {
	if (!a || !b) return 0;
	const sameNumbers = a.numbersKey === b.numbersKey;
	if (sameNumbers && a.wordsKey === b.wordsKey) {
		reasons?.push({ code: 'same-street', values: [a.raw, b.raw] });
		return BITS.streetSame;
	}
	// one address has a line more or another second line (`flat 5, 66 king street` / `66 king
	// street`, `7 blackman crescent, rose lane centre` / `7 blackman crescent, briardale`): the
	// same number on the same street is still one household
	if (sameNumberedLine(a, b)) {
		reasons?.push({ code: 'similar-street', values: [a.raw, b.raw] });
		return BITS.streetSimilar;
	}
	if (!similarWords(a, b)) return 0;
	let bits: number = BITS.streetOtherNumber;
	if (sameNumbers) bits = BITS.streetSimilar;
	else if (a.numbers.length === 0 || b.numbers.length === 0) bits = BITS.streetNoNumber;
	else if (withinOneEdit(a.numbersKey, b.numbersKey)) bits = BITS.streetNumberTypo;
	if (bits >= BITS.streetNoNumber)
		reasons?.push({ code: 'similar-street', values: [a.raw, b.raw] });
	return bits;
}

function sameNumberedLine(a: StreetProfile, b: StreetProfile): boolean {
	if (a.lines.length === 0 && b.lines.length === 0) return false;
	const linesA = a.lines.length > 0 ? a.lines : [{ numbersKey: a.numbersKey, compact: a.compact }];
	const linesB = b.lines.length > 0 ? b.lines : [{ numbersKey: b.numbersKey, compact: b.compact }];
	for (const x of linesA) {
		if (x.numbersKey === '' || x.compact === '') continue;
		for (const y of linesB) {
			if (x.numbersKey !== y.numbersKey) continue;
			if (x.compact === y.compact || similarText(x.compact, y.compact)) return true;
		}
	}
	return false;
}

// `brooker street` / `brooke rstreet`, the same words in another order, or one address with a
// line the other lacks (`7 middleton circuit, yaraan`)
function similarWords(a: StreetProfile, b: StreetProfile): boolean {
	if (a.compact === '' || b.compact === '') return false;
	if (a.compact === b.compact || a.wordsKey === b.wordsKey) return true;
	if (similarText(a.compact, b.compact)) return true;
	const [fewer, more] = a.words.length <= b.words.length ? [a.words, b.words] : [b.words, a.words];
	let matched = 0;
	for (const word of fewer) {
		if (more.includes(word)) matched += 1;
		else if (word.length >= 4 && hasSimilarWord(word, more)) matched += 0.85;
	}
	return matched >= 0.8 * fewer.length;
}

// a word of `words` one typo from `word`; a typo rarely hits the first letter, which makes this
// cheap for the many streets that have nothing in common
function hasSimilarWord(word: string, words: readonly string[]): boolean {
	for (const other of words) {
		if (other.charCodeAt(0) === word.charCodeAt(0) && similarText(word, other)) return true;
	}
	return false;
}
