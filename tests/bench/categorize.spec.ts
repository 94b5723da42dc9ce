/** The benchmark's byte counts: which requests are DuckDB's (not counted as own JS) and which are the page's. */
import { describe, expect, it } from 'vitest';
import { categorize } from '../../bench/harness/measure';

describe('categorize (bench/harness/measure.ts)', () => {
  it.each([
    ['http://127.0.0.1:1/duckdb/1.32.0/duckdb-eh.wasm', 'duckdb-wasm'],
    ['http://127.0.0.1:1/duckdb/1.32.0/duckdb-browser-eh.worker.js', 'duckdb-worker'],
    ['http://127.0.0.1:1/duckdb/1.32.0/wpl-duckdb-eh.worker.js', 'duckdb-worker'],
    ['http://127.0.0.1:1/assets/duckdb-browser-eh.worker-BH3x9k2Q.js', 'duckdb-worker'], // the bare page's Vite-hashed copy
    ['http://127.0.0.1:1/assets/duckdb-eh-C1y0hL2x.wasm', 'duckdb-wasm'],
    ['http://127.0.0.1:1/duckdb/boot.js', 'own-js'],
    ['http://127.0.0.1:1/_app/immutable/chunks/sha256-worker-Dx1.js', 'own-js'],
    ['http://127.0.0.1:1/_app/immutable/entry/start.BqX.js', 'own-js'],
    ['http://127.0.0.1:1/data/manifest.json', 'manifest'],
    ['http://127.0.0.1:1/data/initiatives/city=x/part-0.arrow', 'data'],
    ['http://127.0.0.1:1/_app/immutable/assets/0.css', 'css'],
    ['http://127.0.0.1:1/tags/', 'html']
  ])('%s → %s', (url, expected) => {
    expect(categorize(url)).toBe(expected);
  });
});
