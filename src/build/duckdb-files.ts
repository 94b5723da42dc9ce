/**
 * Puts the installed duckdb-wasm's browser worker and wasm files (eh and mvp) into
 * static/duckdb/<version>/, and beside them the workers the app starts (src/head/duckdb-worker.js, one per
 * bundle: wpl-duckdb-<bundle>.worker.js). Fixed names, so the boot script inlined in <head>
 * (src/head/duckdb-boot.js) can start the worker before any bundled module has loaded; the version
 * directory keeps an upgrade from meeting a cached old file.
 * `npm run duckdb` (src/build/copy-duckdb.ts) runs it before every build and dev server. Self-hosted: no CDN.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { duckdbDistDir, installedDuckDBVersion } from './duckdb-boot-inline.js';

export const DUCKDB_FILES = ['duckdb-eh.wasm', 'duckdb-mvp.wasm', 'duckdb-browser-eh.worker.js', 'duckdb-browser-mvp.worker.js'] as const;

export const DUCKDB_BUNDLES = ['eh', 'mvp'] as const;

/** The worker the app starts for a bundle: duckdb-wasm's own, run by src/head/duckdb-worker.js. */
export const appWorkerFile = (bundle: (typeof DUCKDB_BUNDLES)[number]) => `wpl-duckdb-${bundle}.worker.js`;

/** src/head/duckdb-worker.js with the bundle's duckdb-wasm worker filled in. */
export function appWorkerScript(bundle: (typeof DUCKDB_BUNDLES)[number]): string {
  const template = readFileSync('src/head/duckdb-worker.js', 'utf8');
  if (!template.includes("'__DUCKDB_WORKER__'")) throw new Error('src/head/duckdb-worker.js: no __DUCKDB_WORKER__ placeholder');
  return template.replace("'__DUCKDB_WORKER__'", JSON.stringify(`duckdb-browser-${bundle}.worker.js`));
}

export const duckdbVersion = (): string => installedDuckDBVersion();

export function copyDuckDB(outDir = 'static/duckdb'): { version: string; files: string[] } {
  const dist = duckdbDistDir();
  const version = duckdbVersion();
  rmSync(outDir, { recursive: true, force: true }); // an older version's files go
  mkdirSync(join(outDir, version), { recursive: true });
  const files = DUCKDB_FILES.map((file) => {
    copyFileSync(join(dist, file), join(outDir, version, file));
    return join(outDir, version, file);
  });
  for (const bundle of DUCKDB_BUNDLES) {
    writeFileSync(join(outDir, version, appWorkerFile(bundle)), appWorkerScript(bundle));
    files.push(join(outDir, version, appWorkerFile(bundle)));
  }
  return { version, files };
}
