import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// the bench page is its own small build, served by bench/run.ts under /__bench/ beside the app
export default defineConfig({
	root: fileURLToPath(new URL('.', import.meta.url)),
	base: '/__bench/',
	publicDir: false,
	logLevel: 'warn',
	worker: { format: 'es' },
	build: {
		outDir: 'dist',
		emptyOutDir: true,
		target: 'esnext',
		reportCompressedSize: false
	}
});
