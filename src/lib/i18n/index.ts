// the one door to translations: components import `m` and the locale helpers from here, never from
// the generated paraglide folder, so that switching libraries stays a one-file change
export { m } from './paraglide/messages.js';
export { getLocale, setLocale, locales, baseLocale, isLocale } from './paraglide/runtime.js';
export type { Locale } from './paraglide/runtime.js';

/** each language named in itself, so people find theirs whatever the current language is */
export const LANGUAGE_NAMES: Record<string, string> = {
	en: 'English',
	de: 'Deutsch',
	fr: 'Français'
};
