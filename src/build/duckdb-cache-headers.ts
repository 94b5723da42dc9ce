/**
 * `npm start` (vite preview) serves the self-hosted DuckDB files in static/duckdb/<version>/ as immutable.
 * The folder's name changes with every duckdb-wasm upgrade, so a cached copy is never stale; and Chromium
 * keeps the compiled wasm (src/head/duckdb-worker.js) only while its cached response stays the same: a
 * revalidated one (304) starts the code cache over. Other hosts should use the same rule (README, "Hosting").
 */
import type { Plugin } from 'vite';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** static/duckdb/<version>/…, under any base path: the versioned files that never change. */
export function isVersionedDuckDBPath(pathname: string): boolean {
  return /(^|\/)duckdb\/\d+\.\d+\.\d+[^/]*\/[^/]+$/.test(pathname);
}

export function duckdbCacheHeaders(): Plugin {
  return {
    name: 'wpl-duckdb-cache-headers',
    configurePreviewServer(server) {
      // Runs before SvelteKit's static file middleware, which sets no cache-control of its own here.
      server.middlewares.use((req, res, next) => {
        if (isVersionedDuckDBPath(new URL(req.url ?? '/', 'http://localhost').pathname)) res.setHeader('cache-control', IMMUTABLE);
        next();
      });
    }
  };
}
