import { describe, expect, it } from 'vitest';
import de from '../../../src/lib/i18n/messages/de.json';
import en from '../../../src/lib/i18n/messages/en.json';
import fr from '../../../src/lib/i18n/messages/fr.json';

// every string of the automatic import exists in german and french, translated, with the same
// placeholders as the english one
const english: Record<string, string> = en;
const translations: Record<string, Record<string, string>> = { de, fr };
const sourceKeys = Object.keys(english).filter((key) => /^sources?_/.test(key));

// words that are the same in both languages
const SAME_WORD: Record<string, string[]> = {
	de: ['source_name', 'source_log_details'],
	fr: ['sources_list_label']
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the automatic import in german and french', () => {
	it('has its strings', () => expect(sourceKeys.length).toBeGreaterThanOrEqual(80));
	for (const [language, messages] of Object.entries(translations)) {
		for (const key of sourceKeys) {
			it(`${language}: ${key}`, () => {
				const text = messages[key];
				expect(text, 'missing').toBeTypeOf('string');
				expect(text?.trim()).not.toBe('');
				expect(placeholders(text ?? '')).toEqual(placeholders(english[key] ?? ''));
				if (!SAME_WORD[language]?.includes(key)) expect(text).not.toBe(english[key]);
			});
		}
	}
});
