import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// the layer rules of DESIGN.md §3, enforced rather than remembered
const coreIsPure = {
	patterns: [
		{ group: ['svelte', 'svelte/*'], message: 'core is pure: no svelte.' },
		{ group: ['dexie', 'dexie/*'], message: 'core is pure: storage lives in src/lib/db.' },
		{
			group: ['comlink'],
			message: 'core is pure: workers are wired in workers/ and src/lib/jobs.'
		},
		{ group: ['$app/*', '$lib', '$lib/*'], message: 'core uses relative imports only.' },
		{ group: ['**/db', '**/db/*', '../ui/*', '../state/*', '../jobs/*'], message: 'core is pure.' }
	]
};

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'src/lib/i18n/paraglide/',
			'test-results/',
			'playwright-report/',
			'bench/results/',
			'bench/page/dist/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-explicit-any': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/lib/core/**'],
		rules: { 'no-restricted-imports': ['error', coreIsPure] }
	},
	{
		files: ['workers/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$app/*', 'svelte', 'svelte/*', '**/ui/*'],
							message: 'workers are thin: core + db only.'
						}
					]
				}
			]
		}
	}
);
