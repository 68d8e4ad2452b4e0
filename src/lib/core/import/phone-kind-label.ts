// the words exports put in a phone's type column: google (`Mobile`, `* Work`, `Home Fax`), vcard
// (`CELL`, `WORK,VOICE`), and what people type in en, de and fr (`Handy`, `geschäftlich`, `portable`).

import type { PhoneKind } from '../contact';
import { headerWords } from './header-words';

const KIND_WORDS: Record<string, PhoneKind> = {
	whatsapp: 'whatsapp',
	wa: 'whatsapp',
	mobile: 'mobile',
	mobil: 'mobile',
	cell: 'mobile',
	cellular: 'mobile',
	cellphone: 'mobile',
	iphone: 'mobile',
	handy: 'mobile',
	mobiltelefon: 'mobile',
	natel: 'mobile',
	portable: 'mobile',
	gsm: 'mobile',
	work: 'work',
	business: 'work',
	office: 'work',
	company: 'work',
	geschaftlich: 'work',
	dienstlich: 'work',
	beruflich: 'work',
	arbeit: 'work',
	buro: 'work',
	firma: 'work',
	travail: 'work',
	bureau: 'work',
	professionnel: 'work',
	pro: 'work',
	home: 'home',
	privat: 'home',
	private: 'home',
	personal: 'home',
	zuhause: 'home',
	domicile: 'home',
	maison: 'home',
	prive: 'home',
	perso: 'home',
	personnel: 'home',
	other: 'other',
	main: 'other',
	voice: 'other',
	sonstige: 'other',
	andere: 'other',
	weitere: 'other',
	autre: 'other',
	fixe: 'other',
	festnetz: 'other'
};

// a fax or pager is no phone to call or message, whatever else its label says (`Work Fax`)
const NOT_A_PHONE = new Set(['fax', 'pager', 'telefax', 'telex']);

// when a label names several kinds (`WORK,CELL`), the more specific one wins
const PRECEDENCE: readonly PhoneKind[] = ['whatsapp', 'mobile', 'work', 'home', 'other'];

/** the kind a label names, or undefined when it names none (the column's own kind applies then) */
export function phoneKindFromLabel(label: string): PhoneKind | undefined {
	const words = headerWords(label);
	if (words.length === 0) return undefined;
	// `WhatsApp` comes apart at its capital
	const whole = KIND_WORDS[words.join('')];
	if (whole !== undefined) return whole;
	if (words.some((word) => NOT_A_PHONE.has(word))) return 'other';
	let best: PhoneKind | undefined;
	for (const word of words) {
		const kind = KIND_WORDS[word];
		if (kind !== undefined && (best === undefined || rank(kind) < rank(best))) best = kind;
	}
	return best;
}

function rank(kind: PhoneKind): number {
	return PRECEDENCE.indexOf(kind);
}
