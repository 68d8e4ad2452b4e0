// the shapes duplicate detection hands to the rest of the app. plain data, so that a worker can
// post them and the suggestions table can store them as they are.

/**
 * why two contacts look like one person. the codes are stable: the ui translates them and shows
 * `values` beside them ("Names sound alike (Meier / Mayer)"), and stored suggestions keep them.
 */
export const REASON_CODES = [
	// exact: any one of these makes a pair a duplicate (score 1)
	'same-phone',
	'same-email',
	'same-unique-field',
	// names
	'same-name',
	'same-first-name',
	'same-last-name',
	'names-sound-alike',
	'names-look-alike',
	'nickname',
	'initial',
	'names-swapped',
	// other evidence
	'same-birth-date',
	'similar-birth-date',
	'same-street',
	'similar-street',
	'same-postcode',
	'same-city',
	'similar-city',
	'same-region',
	'phone-tail',
	'email-local-part'
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

/** the reasons that make a pair an exact duplicate on their own */
export const EXACT_REASON_CODES: readonly ReasonCode[] = [
	'same-phone',
	'same-email',
	'same-unique-field'
];

export interface Reason {
	code: ReasonCode;
	/**
	 * which part the reason is about: 'first' or 'last' for a name reason, the custom field id for
	 * 'same-unique-field'
	 */
	detail?: string;
	/** the two values as the contacts hold them, `a`'s first */
	values?: [string, string];
}

export interface DuplicatePair {
	/** the smaller id of the two */
	a: string;
	b: string;
	/** 1 for an exact duplicate, below 1 for a fuzzy one */
	score: number;
	reasons: Reason[];
}

export interface DuplicateOptions {
	/** pairs scoring below this are not suggested; DEFAULT_DUPLICATE_THRESHOLD when absent */
	threshold?: number;
	/** ids of the custom fields marked "unique identifier" */
	uniqueFields?: readonly string[];
}

export interface PairScore {
	score: number;
	reasons: Reason[];
}

/** true for a pair that shares a phone, an e-mail or a unique value (the "exact" filter) */
export function isExactDuplicate(pair: Pick<DuplicatePair, 'reasons'>): boolean {
	return pair.reasons.some((reason) => EXACT_REASON_CODES.includes(reason.code));
}
