// one set of paraglide options for the vite plugin (build, dev) and scripts/compile-i18n.mjs
// (type checks and unit tests, which run before any vite build has generated the messages)
/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
	project: './src/lib/i18n/project.inlang',
	outdir: './src/lib/i18n/paraglide',
	// the chosen language is kept on the device; the first visit follows the browser
	strategy: ['localStorage', 'preferredLanguage', 'baseLocale'],
	emitGitIgnore: false,
	emitPrettierIgnore: false,
	emitReadme: false
};
