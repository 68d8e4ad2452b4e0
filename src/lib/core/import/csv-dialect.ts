// which delimiter and line break a delimited text file uses, from a sample of its start.

import Papa from 'papaparse';

export type Newline = '\n' | '\r\n' | '\r';

/** the delimiters detection chooses from, in order of preference when the evidence is equal */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

// enough rows to see whether a delimiter splits every row alike, few enough to stay quick
const DETECT_RECORDS = 50;

/**
 * the first line break outside quotes, or null when the sample has none (one long first record).
 * a '\r' at the very end of an incomplete sample is taken as the start of '\r\n'.
 */
export function detectNewline(text: string, complete: boolean): Newline | null {
	let inQuotes = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 0x22) inQuotes = !inQuotes;
		else if (!inQuotes && (code === 0x0a || code === 0x0d)) return newlineAt(text, i, complete);
	}
	// an unquoted field with a stray quote ('5" screen') flips the count: any line break then
	const first = text.search(/[\r\n]/);
	return first < 0 ? null : newlineAt(text, first, complete);
}

function newlineAt(text: string, index: number, complete: boolean): Newline {
	if (text[index] === '\n') return '\n';
	if (text[index + 1] === '\n') return '\r\n';
	return index + 1 === text.length && !complete ? '\r\n' : '\r';
}

/**
 * excel's 'sep=;' first line, which names the delimiter and which excel does not show as a row;
 * `length` is that of the line with its line break
 */
export function separatorLine(text: string): { delimiter: string; length: number } | null {
	const match = /^sep=([^\r\n"])(\r\n|\n|\r)/i.exec(text);
	return match ? { delimiter: match[1] ?? ',', length: match[0].length } : null;
}

export interface DelimiterScore {
	delimiter: string;
	/** records that hold anything when split by this delimiter */
	records: number;
	/** fields in the first record */
	fields: number;
	/** share of the sampled records with as many fields as the first */
	consistency: number;
}

/** how well each candidate delimiter splits the sample: rows of equal width, more than one field */
export function scoreDelimiters(
	text: string,
	newline: Newline,
	complete: boolean
): DelimiterScore[] {
	return DELIMITERS.map((delimiter) => {
		const parser = new Papa.Parser({ delimiter, newline, preview: DETECT_RECORDS });
		const result = parser.parse(text, 0, !complete) as Papa.ParseResult<string[]>;
		const records = result.data.filter((record) => record.some((cell) => cell.trim() !== ''));
		const fields = records[0]?.length ?? 0;
		if (fields < 2) return { delimiter, records: records.length, fields, consistency: 0 };
		const alike = records.filter((record) => record.length === fields).length;
		return { delimiter, records: records.length, fields, consistency: alike / records.length };
	});
}

/**
 * the delimiter that splits the sample most consistently into more than one column. when none
 * does, the one that leaves nothing but empty cells (a file of ';;;' lines is empty), else ','.
 */
export function detectDelimiter(text: string, newline: Newline, complete: boolean): string {
	const scores = scoreDelimiters(text, newline, complete);
	let best: DelimiterScore = { delimiter: ',', records: 0, fields: 0, consistency: 0 };
	for (const score of scores) {
		const better =
			score.consistency > best.consistency ||
			(score.consistency === best.consistency &&
				score.consistency > 0 &&
				score.fields > best.fields);
		if (better) best = score;
	}
	if (best.consistency > 0) return best.delimiter;
	const blanking = scores.find((score) => score.records === 0);
	return blanking && scores.some((score) => score.records > 0) ? blanking.delimiter : ',';
}
