import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { duckdbVersion } from './src/build/duckdb-files';
import { duckdbCacheHeaders } from './src/build/duckdb-cache-headers';

export default defineConfig({
  plugins: [sveltekit(), duckdbCacheHeaders()],
  // Where the self-hosted duckdb-wasm files are (src/build/copy-duckdb.ts puts them in static/duckdb/<version>/).
  define: { __DUCKDB_VERSION__: JSON.stringify(duckdbVersion()) },
  // The theme rules and ward names are imported from data/ as JSON.
  server: { host: '127.0.0.1', fs: { allow: ['data'] } },
  preview: { host: '127.0.0.1' },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.spec.ts', 'tests/**/*.spec.ts'],
    environment: 'node',
    expect: { requireAssertions: true },
    testTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]]
  }
});
