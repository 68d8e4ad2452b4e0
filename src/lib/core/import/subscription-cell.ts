// a subscription cell in en, de and fr. a column can ask either way round: "Subscribed: yes" and
// "Unsubscribed: yes" mean opposite things, so the column's target says which question it answers.
// a value that answers neither is refused, not guessed: mailing someone who opted out is the one
// mistake an import must not make.

import type { Subscription } from '../contact';
import { foldText } from '../fold';

export type SubscriptionCellResult =
	{ ok: true; value: Subscription | undefined } | { ok: false; error: 'subscription.invalid' };

// words that name a state, whichever question the column asks
const UNSUBSCRIBED_WORDS = new Set([
	'unsubscribed',
	'unsubscribe',
	'opt out',
	'opted out',
	'optout',
	'abgemeldet',
	'abbestellt',
	'ausgetragen',
	'desabonne',
	'desabonnee',
	'desinscrit',
	'desinscrite',
	'blocked',
	'gesperrt',
	'bloque',
	'bloquee'
]);
const SUBSCRIBED_WORDS = new Set([
	'subscribed',
	'subscribe',
	'opt in',
	'opted in',
	'optin',
	'active',
	'angemeldet',
	'abonniert',
	'aktiv',
	'abonne',
	'abonnee',
	'inscrit',
	'inscrite',
	'actif'
]);
// answers to the column's question
const YES_WORDS = new Set([
	'yes',
	'y',
	'true',
	'1',
	'x',
	'ja',
	'j',
	'oui',
	'o',
	'vrai',
	'wahr',
	'✓',
	'✔'
]);
const NO_WORDS = new Set(['no', 'n', 'false', '0', 'nein', 'non', 'faux', 'falsch']);

/**
 * `asks` is the question the column answers: 'subscribed' ("Subscribed", "Newsletter") or
 * 'unsubscribed' ("Unsubscribed", "Opt-out", "Abgemeldet"). blank is undefined: the file says nothing.
 */
export function readSubscriptionCell(raw: string, asks: Subscription): SubscriptionCellResult {
	const word = foldText(raw.replace(/[-_]/g, ' '));
	if (word === '') return { ok: true, value: undefined };
	if (UNSUBSCRIBED_WORDS.has(word)) return { ok: true, value: 'unsubscribed' };
	if (SUBSCRIBED_WORDS.has(word)) return { ok: true, value: 'subscribed' };
	const other: Subscription = asks === 'subscribed' ? 'unsubscribed' : 'subscribed';
	if (YES_WORDS.has(word)) return { ok: true, value: asks };
	if (NO_WORDS.has(word)) return { ok: true, value: other };
	return { ok: false, error: 'subscription.invalid' };
}
