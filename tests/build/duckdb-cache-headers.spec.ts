/** The versioned DuckDB folder is served immutable by `npm start` (src/build/duckdb-cache-headers.ts); nothing else is. */
import { describe, expect, it } from 'vitest';
import { duckdbCacheHeaders, IMMUTABLE, isVersionedDuckDBPath } from '../../src/build/duckdb-cache-headers';

describe('isVersionedDuckDBPath', () => {
  it.each([
    ['/duckdb/1.32.0/duckdb-eh.wasm', true],
    ['/duckdb/1.32.0/wpl-duckdb-eh.worker.js', true],
    ['/app/base/duckdb/1.32.0/duckdb-mvp.wasm', true],
    ['/duckdb/2.0.0-dev12/duckdb-eh.wasm', true],
    ['/duckdb/boot.js', false], // names no version: it must revalidate
    ['/duckdb/1.32.0/', false],
    ['/duckdb/latest/duckdb-eh.wasm', false],
    ['/data/duckdb/1.32.0x', false],
    ['/data/manifest.json', false],
    ['/', false]
  ])('%s → %s', (path, expected) => {
    expect(isVersionedDuckDBPath(path)).toBe(expected);
  });
});

describe('duckdbCacheHeaders (vite preview)', () => {
  function served(url: string) {
    const plugin = duckdbCacheHeaders();
    let middleware: ((req: { url: string }, res: { setHeader: (k: string, v: string) => void }, next: () => void) => void) | undefined;
    const server = { middlewares: { use: (fn: typeof middleware) => (middleware = fn) } };
    (plugin.configurePreviewServer as (s: unknown) => void)(server);
    const headers: Record<string, string> = {};
    let nexted = false;
    middleware!({ url }, { setHeader: (k, v) => (headers[k] = v) }, () => (nexted = true));
    return { headers, nexted };
  }
  it('marks the versioned files immutable and passes every request on', () => {
    expect(served('/duckdb/1.32.0/duckdb-eh.wasm?x=1')).toEqual({ headers: { 'cache-control': IMMUTABLE }, nexted: true });
    expect(served('/duckdb/boot.js')).toEqual({ headers: {}, nexted: true });
    expect(served('/tags/')).toEqual({ headers: {}, nexted: true });
  });
});
