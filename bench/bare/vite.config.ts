/** The bare baseline page: plain Vite, no framework. `npx vite build --config bench/bare/vite.config.ts` */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  worker: { format: 'es' },
  build: { outDir: fileURLToPath(new URL('../work/bare-dist', import.meta.url)), emptyOutDir: true, target: 'es2022' }
});
