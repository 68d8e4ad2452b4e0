// one cell, several phones or e-mails: google joins them with ` ::: `, people with `;`, `,`, `|`,
// a line break or ` / `. a slash without spaces is left alone, because `030/123456-78` is one
// german number.

const SEPARATORS = /\s*:::\s*|[;,|\n\r]+|\s+\/\s+/;

export function splitPhones(cell: string): string[] {
	return cell
		.split(SEPARATORS)
		.map((part) => part.trim())
		.filter((part) => part !== '');
}

// an e-mail address never holds a space, so between addresses a space separates too. the cell is
// split only when it holds two `@`, so that `"Doe, John" <john@doe.de>` stays whole.
export function splitEmails(cell: string): string[] {
	const first = cell.indexOf('@');
	if (first === -1 || cell.indexOf('@', first + 1) === -1) {
		const single = cell.replace(/\s*:::\s*$/, '').trim();
		return single === '' ? [] : [single];
	}
	const parts: string[] = [];
	for (const part of cell.split(SEPARATORS)) {
		const trimmed = part.trim();
		if (trimmed === '') continue;
		// `a@b.de c@d.de`: a part with two addresses was only separated by spaces
		if (trimmed.split('@').length > 2 && !trimmed.includes('<')) {
			parts.push(...trimmed.split(/\s+/).filter((piece) => piece !== ''));
		} else {
			parts.push(trimmed);
		}
	}
	return parts;
}
