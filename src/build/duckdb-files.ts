/**
 * Puts the installed duckdb-wasm's browser worker and wasm files (eh and mvp) into
 * static/duckdb/<version>/, beside them the workers the app starts (src/head/duckdb-worker.js, one per
 * bundle: wpl-duckdb-<bundle>.worker.js), and the head boot script into static/duckdb/boot.js
 * (src/head/duckdb-boot.js with the version filled in). Fixed names, so the plain script in <head> can
 * start the worker before any bundled module has loaded; the version directory keeps an upgrade from
 * meeting a cached old file.
 * `npm run duckdb` (src/build/copy-duckdb.ts) runs it before every build and dev server. Self-hosted: no CDN.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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

/** The installed package's dist/ folder (its package.json is not exported, so found from there). */
function distDir(): string {
  return dirname(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
}

export function duckdbVersion(): string {
  return (JSON.parse(readFileSync(join(distDir(), '..', 'package.json'), 'utf8')) as { version: string }).version;
}

export function copyDuckDB(outDir = 'static/duckdb'): { version: string; files: string[] } {
  const dist = distDir();
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
  const boot = readFileSync('src/head/duckdb-boot.js', 'utf8');
  if (!boot.includes("'__DUCKDB_VERSION__'")) throw new Error('src/head/duckdb-boot.js: no __DUCKDB_VERSION__ placeholder');
  writeFileSync(join(outDir, 'boot.js'), boot.replace("'__DUCKDB_VERSION__'", JSON.stringify(version)));
  return { version, files: [...files, join(outDir, 'boot.js')] };
}
