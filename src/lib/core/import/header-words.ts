// a column header as comparable words: `E-Mail 2: Adresse` → ['email', '2', 'adresse'],
// `firstName` → ['first', 'name'], `Téléphone (bureau)` → ['telephone', 'bureau']. the words are
// folded (case, accents, `ß`) so that every spelling of a header meets the same synonym.

import { foldText } from '../fold';

const CAMEL = /(\p{Ll})(\p{Lu})/gu;
const LETTER_DIGIT = /(\p{L})(\d)/gu;
const DIGIT_LETTER = /(\d)(\p{L})/gu;
const PUNCTUATION = /[\p{P}\p{S}\p{Z}\s]+/gu;
// e-mail is written `e-mail`, `e mail`, `E_Mail`; after the punctuation is gone they are one word
const E_MAIL = /\be (mail|mails)\b/g;

export function headerWords(header: string): string[] {
	const spaced = header
		.normalize('NFKC')
		.replace(CAMEL, '$1 $2')
		.replace(LETTER_DIGIT, '$1 $2')
		.replace(DIGIT_LETTER, '$1 $2');
	const words = foldText(spaced).replace(PUNCTUATION, ' ').replace(E_MAIL, 'e$1').trim();
	return words === '' ? [] : words.split(' ');
}

/** the key two headers (or a header and a custom field's label) are compared by */
export function headerKey(header: string): string {
	const words = headerWords(header);
	return words.length > 0 ? words.join(' ') : foldText(header);
}
