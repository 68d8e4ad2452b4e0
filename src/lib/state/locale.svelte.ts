import { getLocale, setLocale, type Locale } from '$lib/i18n';

// paraglide keeps the choice in localStorage; this class makes it reactive so that the layout can
// re-render every message when the language changes, without reloading the page
export class LocaleState {
	current = $state<Locale>(getLocale());

	set(locale: Locale): void {
		setLocale(locale, { reload: false });
		this.current = locale;
		document.documentElement.lang = locale;
	}

	/** mirrors the chosen language on <html lang> for screen readers and hyphenation */
	applyToDocument(): void {
		document.documentElement.lang = this.current;
	}
}

export const localeState = new LocaleState();
