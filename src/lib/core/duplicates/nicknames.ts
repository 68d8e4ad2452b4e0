// first names and the short forms people go by, in english, german and french. each group holds
// the spellings one person may be written with; a name may sit in several groups (`chris` is
// short for christopher and for christina). folded (lower-case, no accents), as names are compared.
// compound names need no entry: the name comparison sees the shared part (`jean-pierre` / `jean`)
// and initials (`JP`, `J.-P.`).

const GROUPS: readonly (readonly string[])[] = [
	// english
	['william', 'bill', 'billy', 'will', 'willy', 'liam'],
	['robert', 'bob', 'bobby', 'rob', 'robbie', 'bert'],
	['richard', 'rick', 'ricky', 'rich', 'richie', 'dick'],
	['james', 'jim', 'jimmy', 'jamie'],
	['john', 'jack', 'johnny', 'jon'],
	['jonathan', 'jon', 'jonny', 'nathan'],
	['joseph', 'joe', 'joey', 'jo'],
	['charles', 'charlie', 'chuck', 'chas'],
	['christopher', 'chris', 'kit', 'topher'],
	['christina', 'christine', 'chris', 'chrissy', 'tina'],
	['daniel', 'dan', 'danny'],
	['matthew', 'matt', 'matty'],
	['anthony', 'tony'],
	['andrew', 'andy', 'drew'],
	['joshua', 'josh'],
	['thomas', 'tom', 'tommy'],
	['jennifer', 'jen', 'jenny'],
	['patricia', 'pat', 'patty', 'trish', 'tricia'],
	['patrick', 'pat', 'paddy'],
	['margaret', 'maggie', 'meg', 'peggy', 'marge'],
	['susan', 'sue', 'suzy', 'susie'],
	['jessica', 'jess', 'jessie'],
	['benjamin', 'ben', 'benny'],
	['samuel', 'sam', 'sammy'],
	['samantha', 'sam', 'sammy'],
	['victoria', 'vicky', 'tori', 'vic'],
	['rebecca', 'becky', 'becca'],
	['nicholas', 'nick', 'nicky'],
	['katherine', 'catherine', 'kathryn', 'kate', 'katie', 'kathy', 'cathy', 'kat', 'cat'],
	['elizabeth', 'elisabeth', 'liz', 'lizzie', 'beth', 'betty', 'eliza', 'liza', 'lisa', 'elli'],
	['steven', 'stephen', 'steve'],
	['zachary', 'zach', 'zack'],
	['deborah', 'debbie', 'deb'],
	['edward', 'ed', 'eddie', 'ted', 'ned'],
	['michael', 'mike', 'mikey', 'mick', 'micha', 'michi'],
	['alexander', 'alex', 'sascha', 'sandy'],
	['alexandra', 'alex', 'sandy'],
	['david', 'dave', 'davy'],
	['peter', 'pete'],
	['timothy', 'tim', 'timmy'],
	['gregory', 'greg'],
	['nathaniel', 'nathan', 'nate', 'nat'],
	['frederick', 'fred', 'freddie', 'freddy'],
	['alfred', 'alf', 'fred'],
	['henry', 'harry', 'hank'],
	['lawrence', 'laurence', 'larry'],
	['raymond', 'ray'],
	['ronald', 'ron', 'ronnie'],
	['donald', 'don', 'donnie'],
	['kenneth', 'ken', 'kenny'],
	['gerald', 'gerry', 'jerry'],
	['jeffrey', 'jeff'],
	['leonard', 'leo', 'len', 'lenny'],
	['albert', 'al', 'bert'],
	['abigail', 'abby'],
	['amanda', 'mandy'],
	['barbara', 'barb', 'babs', 'babsi'],
	['dorothy', 'dot', 'dottie'],
	['eleanor', 'ellie', 'nell'],
	['florence', 'flo'],
	['frances', 'fran', 'frankie'],
	['francis', 'frank'],
	['jacqueline', 'jackie'],
	['judith', 'judy'],
	['kimberly', 'kim'],
	['madeleine', 'madeline', 'maddie'],
	['pamela', 'pam'],
	['theodore', 'ted', 'teddy', 'theo'],
	['valerie', 'val'],
	// german
	['johannes', 'johann', 'hans', 'hannes', 'jo'],
	['josef', 'joseph', 'sepp', 'seppi', 'joschi', 'jupp'],
	['friedrich', 'fritz', 'fred'],
	['wilhelm', 'willi', 'willy'],
	['katharina', 'kathi', 'katja', 'kati', 'kathe'],
	['margarete', 'margarethe', 'grete', 'gretel', 'margret', 'marga'],
	['franziska', 'franzi'],
	['stefanie', 'stephanie', 'steffi'],
	['susanne', 'susanna', 'susi', 'sanne'],
	['gabriele', 'gabriela', 'gabi', 'gaby'],
	['lieselotte', 'liselotte', 'lilo', 'liesel', 'lotte'],
	['hildegard', 'hilde'],
	['wolfgang', 'wolf'],
	['maximilian', 'max'],
	['matthias', 'matze', 'matthes'],
	['andreas', 'andi', 'andy'],
	['sebastian', 'basti'],
	['tobias', 'tobi'],
	['dominik', 'dominic', 'dome', 'dom'],
	['florian', 'flo'],
	['karl-heinz', 'kalle', 'karl'],
	['hans-jurgen', 'hajo'],
	['heinrich', 'heinz', 'hein'],
	['jurgen', 'jurg'],
	['christian', 'chris'],
	['christoph', 'christophe', 'chris'],
	['nikolaus', 'klaus', 'niklas'],
	['benedikt', 'bene'],
	['ulrich', 'uli'],
	['ulrike', 'uli'],
	['joachim', 'jochen', 'achim'],
	['bernhard', 'bernd'],
	['magdalena', 'lena', 'leni'],
	// french
	['guillaume', 'guigui'],
	['frederic', 'fred'],
	['dominique', 'dom'],
	['nicolas', 'nico'],
	['raphael', 'raph'],
	['isabelle', 'isa'],
	['stephane', 'steph'],
	['emmanuel', 'manu'],
	['emmanuelle', 'manue'],
	['alexandre', 'alex'],
	['philippe', 'phil'],
	['benoit', 'ben'],
	['veronique', 'vero'],
	['caroline', 'caro'],
	['marguerite', 'margot', 'maggy'],
	['maximilien', 'max'],
	['sebastien', 'seb', 'bastien']
];

// name → the indexes of its groups
const GROUPS_OF = new Map<string, number[]>();
GROUPS.forEach((group, index) => {
	for (const name of group) {
		const groups = GROUPS_OF.get(name);
		if (groups) groups.push(index);
		else GROUPS_OF.set(name, [index]);
	}
});

/** true when the two folded first names are spellings of one name (`bill`, `william`) */
export function areNicknames(a: string, b: string): boolean {
	if (a === b) return false;
	return shareGroup(nicknameGroups(a), nicknameGroups(b));
}

const NO_GROUPS: readonly number[] = [];

/** the nickname groups a folded first name belongs to (empty for most names) */
export function nicknameGroups(name: string): readonly number[] {
	return GROUPS_OF.get(name) ?? NO_GROUPS;
}

export function shareGroup(a: readonly number[], b: readonly number[]): boolean {
	for (const group of a) if (b.includes(group)) return true;
	return false;
}

/**
 * the full forms a folded first name stands for (`bill` → `william`), the name itself included;
 * blocking keys use them so that `Bill` and `William` land in one block.
 */
export function fullNamesOf(name: string): string[] {
	const groups = GROUPS_OF.get(name);
	if (!groups) return [name];
	const names = new Set<string>([name]);
	for (const group of groups) names.add(GROUPS[group]?.[0] ?? name);
	return [...names];
}
