// generates src/lib/i18n/paraglide from the message files, for tools that do not run vite
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../src/lib/i18n/paraglide.config.js';

await compile(paraglideOptions);
