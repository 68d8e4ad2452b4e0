// a whole name from one cell into first and last name.
//
// decisions:
// - `Last, First` (one comma) is the last name first, as lists sorted by surname write it; a comma
//   before a suffix (`John Smith, Jr.`) is not.
// - otherwise the last word is the last name and everything before it the first name: middle names
//   stay with the first name (`Anna Maria Schmidt` → `Anna Maria` / `Schmidt`), because the contact
//   has no middle-name field and the last name is what the list sorts by.
// - particles go with the last name (`Ludwig van Beethoven` → `van Beethoven`, `Maria de la Cruz` →
//   `de la Cruz`), unless the particle is the first word (`Van Morrison` → `Van` / `Morrison`).
// - suffixes stay with the last name (`John Smith Jr.` → `Smith Jr.`).
// - a surname written in capitals among words that are not (`DUPONT Jean`, french style) is the
//   last name wherever it stands.
// - salutations (Herr, Frau, Mr, Mrs, Mme, M.) are dropped; academic titles (Dr., Prof.) stay with
//   the first name, where they are shown.
// - one word is a first name.

export interface SplitName {
	firstName: string;
	lastName: string;
}

const PARTICLES = new Set([
	'van',
	'von',
	'vom',
	'zu',
	'zum',
	'zur',
	'der',
	'den',
	'de',
	'del',
	'della',
	'dello',
	'degli',
	'di',
	'da',
	'das',
	'dos',
	'do',
	'du',
	'des',
	'la',
	'le',
	'lo',
	'ter',
	'ten',
	'op',
	"'t",
	'af',
	'av',
	'bin',
	'ibn',
	'bint',
	'al',
	'el'
]);

const SUFFIXES = new Set([
	'jr',
	'jr.',
	'sr',
	'sr.',
	'jun',
	'jun.',
	'sen',
	'sen.',
	'ii',
	'iii',
	'iv',
	'phd',
	'ph.d.',
	'md',
	'm.d.',
	'esq',
	'esq.',
	'mba',
	'msc',
	'bsc'
]);

// `M.` (monsieur) is left alone: it is also an initial
const SALUTATIONS = new Set([
	'herr',
	'frau',
	'hr.',
	'fr.',
	'mr',
	'mr.',
	'mrs',
	'mrs.',
	'ms',
	'ms.',
	'mx',
	'mx.',
	'miss',
	'monsieur',
	'madame',
	'mademoiselle',
	'mme',
	'mme.',
	'mlle',
	'mlle.'
]);

export function splitName(full: string): SplitName {
	const text = full.replace(/\s+/g, ' ').trim();
	if (text === '') return { firstName: '', lastName: '' };

	const comma = text.indexOf(',');
	if (comma !== -1 && text.indexOf(',', comma + 1) === -1) {
		const before = text.slice(0, comma).trim();
		const after = text.slice(comma + 1).trim();
		if (after === '') return splitWords(before.split(' '));
		if (!isSuffixes(after)) {
			if (before === '') return { firstName: after, lastName: '' };
			return { firstName: dropSalutations(after.split(' ')).join(' '), lastName: before };
		}
		return withSuffix(splitWords(before.split(' ')), after);
	}
	return splitWords(text.split(' '));
}

function splitWords(all: string[]): SplitName {
	const words = dropSalutations(all);
	let end = words.length;
	const suffixes: string[] = [];
	while (end > 1 && SUFFIXES.has((words[end - 1] ?? '').toLowerCase())) {
		end -= 1;
		suffixes.unshift(words[end] ?? '');
	}
	const core = words.slice(0, end);
	const split = splitCore(core);
	return suffixes.length === 0 ? split : withSuffix(split, suffixes.join(' '));
}

function splitCore(words: string[]): SplitName {
	if (words.length === 0) return { firstName: '', lastName: '' };
	if (words.length === 1) return { firstName: words[0] ?? '', lastName: '' };

	const capitals = words.map(isCapitalised);
	const capitalCount = capitals.filter(Boolean).length;
	if (capitalCount > 0 && capitalCount < words.length) {
		// one run of capitalised words among the others: that run is the surname
		const start = capitals.indexOf(true);
		const stop = capitals.lastIndexOf(true) + 1;
		if (capitals.slice(start, stop).every(Boolean)) {
			const rest = [...words.slice(0, start), ...words.slice(stop)];
			return { firstName: rest.join(' '), lastName: words.slice(start, stop).join(' ') };
		}
	}

	let start = words.length - 1;
	while (start > 1 && PARTICLES.has((words[start - 1] ?? '').toLowerCase())) start -= 1;
	return { firstName: words.slice(0, start).join(' '), lastName: words.slice(start).join(' ') };
}

// two or more letters, all upper case: `DUPONT`, `LE-GOFF`; not an initial like `J.`
function isCapitalised(word: string): boolean {
	const letters = word.replace(/[^\p{L}]/gu, '');
	return (
		letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
	);
}

function dropSalutations(words: string[]): string[] {
	let start = 0;
	while (start < words.length - 1 && SALUTATIONS.has((words[start] ?? '').toLowerCase())) start++;
	return words.slice(start);
}

function isSuffixes(text: string): boolean {
	return text.split(' ').every((word) => SUFFIXES.has(word.toLowerCase()));
}

function withSuffix(split: SplitName, suffix: string): SplitName {
	if (split.lastName === '') return { firstName: split.firstName, lastName: suffix };
	return { firstName: split.firstName, lastName: `${split.lastName} ${suffix}` };
}
