// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {}
  /** The installed duckdb-wasm's version (vite.config.ts `define`): its files are in static/duckdb/<version>/. */
  const __DUCKDB_VERSION__: string;
}
export {};
