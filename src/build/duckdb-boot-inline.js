/**
 * The DuckDB boot script (src/head/duckdb-boot.js) as it is inlined into every page's <head>
 * (src/hooks.server.ts), and its CSP hash (svelte.config.js adds it to script-src: the pages' own
 * <meta> policy comes after the script, but a host that sends the policy as a header needs it). Plain JS, so that
 * svelte.config.js can import it; both read the same file and fill in the same version, so the hash is
 * that of the script the pages carry (tests/e2e/views.e2e.ts checks the built pages).
 *
 * Why inline: an external async script ran only after the parser's first long task (170 ms later on
 * most cold loads of the overview), and DuckDB was ready that much later; a parser-blocking external
 * script would leave the page blank while its request hangs. Inline, it runs as the head is parsed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where app.html's inline script gets the boot script (a comment, so the page stays valid without it). */
export const BOOT_PLACEHOLDER = '/* wpl:duckdb-boot */';

/** The installed duckdb-wasm's dist/ folder. */
export function duckdbDistDir() {
  return dirname(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
}

/** The installed duckdb-wasm's version (its package.json is not exported, so found from dist/). */
export function installedDuckDBVersion() {
  return /** @type {{ version: string }} */ (JSON.parse(readFileSync(join(duckdbDistDir(), '..', 'package.json'), 'utf8'))).version;
}

/**
 * The boot script's text with the version filled in.
 * @param {string} source src/head/duckdb-boot.js
 * @param {string} version
 */
export function fillBootScript(source, version) {
  if (!source.includes("'__DUCKDB_VERSION__'")) throw new Error('src/head/duckdb-boot.js: no __DUCKDB_VERSION__ placeholder');
  return source.replace("'__DUCKDB_VERSION__'", JSON.stringify(version));
}

/** The CSP source allowing exactly that inline script: 'sha256-…' of its text (UTF-8). */
export function bootScriptHash(script = fillBootScript(readFileSync('src/head/duckdb-boot.js', 'utf8'), installedDuckDBVersion())) {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}
