// the words column headers use in english, german and french, each with what it says about the
// column. phrases are written as `headerWords` makes them: folded, without punctuation, `e-mail` as
// `email`. a header is read by finding these phrases in it (the longest first), so `Business Phone`
// is a work phone and `Land/Region geschäftlich` a country rather than a region.

/** what a word or phrase of a header says */
export type HeaderTag =
	| 'firstName'
	| 'lastName'
	| 'fullName'
	/** `name` alone: a full name, or the last name next to a first-name column */
	| 'name'
	| 'alias'
	| 'organization'
	| 'birthDate'
	| 'street'
	/** `address` alone: the street, unless a more precise word (city, zip) is there too */
	| 'address'
	/** the whole address in one cell, used only when the address has no separate parts */
	| 'formatted'
	| 'postalCode'
	| 'city'
	| 'region'
	| 'country'
	| 'note'
	| 'subscription'
	| 'unsubscribed'
	/** the names of the lists the contact is in */
	| 'lists'
	| 'phone'
	| 'mobile'
	| 'whatsapp'
	| 'email'
	| 'countryCode'
	| 'work'
	| 'home'
	/** `private` alone is outlook's "private item" flag; next to a phone or street it means home */
	| 'private'
	| 'other'
	/** type or label of the column before it: a phone kind for a phone, nothing for the rest */
	| 'kindOf'
	/** columns that only describe other columns or the export (photo, yomi, group membership) */
	| 'meta'
	/** words that make an otherwise known header into something else (fax, job title, assistant) */
	| 'exclude';

const PHRASES: Record<HeaderTag, readonly string[]> = {
	firstName: [
		'first name',
		'firstname',
		'given name',
		'givenname',
		'forename',
		'christian name',
		'middle name',
		'additional name',
		'other names',
		'vorname',
		'vornamen',
		'weitere vornamen',
		'zweiter vorname',
		'prenom',
		'prenoms',
		'deuxieme prenom',
		'second prenom',
		'autres prenoms'
	],
	lastName: [
		'last name',
		'lastname',
		'surname',
		'family name',
		'familyname',
		'name suffix',
		'suffix',
		'nachname',
		'familienname',
		'zuname',
		'nom',
		'nom de famille',
		'nom d usage',
		'suffixe'
	],
	fullName: [
		'full name',
		'fullname',
		'display name',
		'first and last name',
		'name and surname',
		'vollstandiger name',
		'vor und nachname',
		'vorname und nachname',
		'vorname nachname',
		'angezeigter name',
		'anzeigename',
		'nom complet',
		'nom et prenom',
		'prenom et nom',
		'nom prenom',
		'prenom nom'
	],
	name: ['name', 'names'],
	alias: [
		'nickname',
		'nick name',
		'nick',
		'alias',
		'pseudonym',
		'spitzname',
		'rufname',
		'kosename',
		'surnom',
		'pseudo',
		'pseudonyme'
	],
	organization: [
		'company',
		'company name',
		'organization',
		'organisation',
		'organization name',
		'organisation name',
		'org',
		'employer',
		'firma',
		'firmenname',
		'unternehmen',
		'arbeitgeber',
		'societe',
		'nom de la societe',
		'nom de l entreprise',
		'nom entreprise',
		'entreprise',
		'organisme',
		'employeur'
	],
	birthDate: [
		'birthday',
		'birth date',
		'birthdate',
		'date of birth',
		'dob',
		'born',
		'bday',
		'geburtstag',
		'geburtsdatum',
		'geb',
		'geboren',
		'geboren am',
		'date de naissance',
		'naissance',
		'anniversaire',
		'ne le',
		'nee le',
		'ne e le'
	],
	street: [
		'street',
		'street address',
		'address line',
		'address line 1',
		'address line 2',
		'extended address',
		'house number',
		'strasse',
		'str',
		'strasse und hausnummer',
		'hausnummer',
		'hausnr',
		'rue',
		'voie',
		'numero de rue',
		'complement d adresse'
	],
	address: ['address', 'addresse', 'adresse', 'anschrift', 'postal address', 'adresse postale'],
	formatted: ['formatted', 'formatted address'],
	postalCode: [
		'zip',
		'zip code',
		'zipcode',
		'postal code',
		'postalcode',
		'postcode',
		'post code',
		'postleitzahl',
		'plz',
		'code postal',
		'cp',
		'npa'
	],
	city: [
		'city',
		'town',
		'locality',
		'ort',
		'stadt',
		'wohnort',
		'gemeinde',
		'ville',
		'commune',
		'localite'
	],
	region: [
		'state',
		'region',
		'province',
		'county',
		'state province',
		'bundesland',
		'bundesland kanton',
		'kanton',
		'canton',
		'provinz',
		'departement',
		'etat'
	],
	country: [
		'country',
		'country region',
		'country name',
		'land',
		'land region',
		'staat',
		'pays',
		'pays region',
		'nation'
	],
	note: [
		'note',
		'notes',
		'comment',
		'comments',
		'remark',
		'remarks',
		'memo',
		'description',
		'notiz',
		'notizen',
		'bemerkung',
		'bemerkungen',
		'anmerkung',
		'anmerkungen',
		'kommentar',
		'kommentare',
		'beschreibung',
		'remarque',
		'remarques',
		'commentaire',
		'commentaires'
	],
	subscription: [
		'subscription',
		'subscribed',
		'subscriber',
		'subscription status',
		'opt in',
		'optin',
		'opted in',
		'newsletter',
		'marketing consent',
		'consent',
		'abonniert',
		'abonnement',
		'abo',
		'einwilligung',
		'abonne',
		'inscrit',
		'consentement'
	],
	unsubscribed: [
		'unsubscribed',
		'unsubscribe',
		'opt out',
		'optout',
		'opted out',
		'do not contact',
		'do not email',
		'do not call',
		'blocked',
		'blocklist',
		'blacklist',
		'abgemeldet',
		'abmeldung',
		'ausgetragen',
		'gesperrt',
		'sperrliste',
		'desabonne',
		'desabonnement',
		'desinscrit',
		'desinscription',
		'bloque'
	],
	lists: [
		'list',
		'lists',
		'mailing list',
		'mailing lists',
		'contact lists',
		'liste',
		'listen',
		'verteiler',
		'verteilerliste',
		'verteilerlisten',
		'listes',
		'liste de diffusion',
		'listes de diffusion'
	],
	phone: [
		'phone',
		'phones',
		'phone number',
		'telephone',
		'telephone number',
		'tel',
		'tele',
		'telefon',
		'telefonnummer',
		'rufnummer',
		'fon',
		'festnetz',
		'landline',
		'haupttelefon',
		'autotelefon',
		'numero de telephone',
		'fixe'
	],
	mobile: [
		'mobile',
		'mobile phone',
		'mobile number',
		'cell',
		'cell phone',
		'cellphone',
		'cellular',
		'handy',
		'handynummer',
		'mobil',
		'mobilnummer',
		'mobiltelefon',
		'mobilfunk',
		'mobilfunknummer',
		'natel',
		'portable',
		'gsm',
		'sms'
	],
	whatsapp: ['whatsapp', 'whats app', 'whatsapp number'],
	email: [
		'email',
		'emails',
		'mail',
		'email address',
		'mail address',
		'emailadresse',
		'mailadresse',
		'email adresse',
		'courriel',
		'adresse email',
		'adresse mail',
		'adresse de messagerie',
		'adresse electronique',
		'adresse courriel',
		'mel'
	],
	countryCode: [
		'country code',
		'countrycode',
		'country calling code',
		'calling code',
		'dial code',
		'dialing code',
		'dialling code',
		'phone country',
		'phone country code',
		'landervorwahl',
		'landesvorwahl',
		'internationale vorwahl',
		'indicatif',
		'indicatif pays',
		'indicatif international',
		'code pays'
	],
	work: [
		'work',
		'business',
		'office',
		'company main',
		'geschaftlich',
		'dienstlich',
		'beruflich',
		'buro',
		'arbeit',
		'bureau',
		'travail',
		'professionnel',
		'professionnelle',
		'pro'
	],
	home: ['home', 'personal', 'zuhause', 'domicile', 'maison', 'personnel', 'personnelle', 'perso'],
	private: ['private', 'privat', 'prive', 'privee'],
	other: [
		'other',
		'car',
		'weitere',
		'weiteres',
		'weiterer',
		'sonstige',
		'andere',
		'autre',
		'autres'
	],
	kindOf: ['type', 'typ', 'label', 'kind', 'art'],
	meta: [
		'labels',
		'group',
		'groups',
		'group membership',
		'categories',
		'kategorien',
		'photo',
		'foto',
		'picture',
		'avatar',
		'yomi',
		'phonetic',
		'phonetique',
		'initials',
		'initialen',
		'initiales',
		'file as',
		'speichern unter',
		'classer sous',
		'sensitivity',
		'vertraulichkeit',
		'critere de diffusion',
		'priority',
		'prioritat',
		'priorite',
		'internet free busy',
		'internet frei gebucht',
		'disponibilites internet',
		'directory server',
		'verzeichnisserver',
		'serveur d annuaire',
		'mileage',
		'reisekilometer',
		'kilometrage',
		'billing information',
		'abrechnungsinformation',
		'informations de facturation'
	],
	exclude: [
		'fax',
		'telefax',
		'faxnummer',
		'pager',
		'telex',
		'isdn',
		'tty',
		'tdd',
		'radio',
		'callback',
		'assistant',
		'assistent',
		'assistente',
		'manager',
		'vorgesetzten',
		'spouse',
		'partner',
		'children',
		'kinder',
		'conjoint',
		'enfants',
		'referred',
		'empfohlen',
		'title',
		'job title',
		'titel',
		'position',
		'department',
		'abteilung',
		'service',
		'fonction',
		'poste',
		'job',
		'occupation',
		'profession',
		'beruf',
		'po box',
		'postfach',
		'boite postale',
		'prefix',
		'name prefix',
		'anniversary',
		'jahrestag',
		'anniversaire de mariage',
		'mariage',
		'website',
		'web',
		'webseite',
		'homepage',
		'url',
		'site',
		'site web',
		'relation',
		'event',
		'im',
		'external id',
		'calendar link',
		'short name',
		'maiden name',
		'symbol',
		'location',
		'horbehinderte',
		'telecopie',
		'telecopieur',
		'gender',
		'geschlecht',
		'sexe'
	]
};

/** phrases of at most this many words; the reader looks no further ahead */
export const MAX_PHRASE_WORDS = 4;

/** every phrase with its tag; a phrase listed twice keeps its first tag */
export const SYNONYMS: ReadonlyMap<string, HeaderTag> = (() => {
	const map = new Map<string, HeaderTag>();
	for (const [tag, phrases] of Object.entries(PHRASES) as [HeaderTag, readonly string[]][]) {
		for (const phrase of phrases) if (!map.has(phrase)) map.set(phrase, tag);
	}
	return map;
})();

/** words that carry no meaning in a header: `Phone 1 - Value`, `Numéro de téléphone`, `Customer no.` */
export const NOISE_WORDS: ReadonlySet<string> = new Set([
	'value',
	'wert',
	'valeur',
	'number',
	'no',
	'nr',
	'num',
	'numero',
	'nummer',
	'primary',
	'main',
	'the',
	'of',
	'and',
	'de',
	'du',
	'des',
	'la',
	'le',
	'l',
	'd',
	'et',
	'der',
	'die',
	'das',
	'und',
	'e'
]);
