/**
 * Build time only (every page is prerendered): puts the DuckDB boot script into app.html's inline
 * <script> (src/build/duckdb-boot-inline.js says why); svelte.config.js allows its hash in the CSP.
 */
import type { Handle } from '@sveltejs/kit';
import bootSource from './head/duckdb-boot.js?raw';
import { BOOT_PLACEHOLDER, fillBootScript } from './build/duckdb-boot-inline.js';

const bootScript = fillBootScript(bootSource, __DUCKDB_VERSION__);

export const handle: Handle = ({ event, resolve }) =>
  resolve(event, { transformPageChunk: ({ html }) => html.replace(BOOT_PLACEHOLDER, bootScript) });
