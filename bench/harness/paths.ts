import { fileURLToPath } from 'node:url';

// every path the harness uses, from the repository root, whatever the working directory
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const APP_DIR = fileURLToPath(new URL('../../build', import.meta.url));
export const PAGE_CONFIG = fileURLToPath(new URL('../page/vite.config.ts', import.meta.url));
export const PAGE_DIR = fileURLToPath(new URL('../page/dist', import.meta.url));
export const DATA_DIR = fileURLToPath(new URL('../data', import.meta.url));
export const RESULTS_DIR = fileURLToPath(new URL('../results', import.meta.url));
export const GENERATOR_CLI = fileURLToPath(new URL('../generate/cli.ts', import.meta.url));

/** where the bench page and its data are served, beside the app */
export const BENCH_BASE = '/__bench/';
export const DATA_BASE = '/__bench/data/';
