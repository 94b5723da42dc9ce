/**
 * The worker the app starts (src/head/duckdb-worker.js, written per bundle by src/build/duckdb-files.ts)
 * runs duckdb-wasm's own worker with TransformStream hidden, so that duckdb-wasm compiles the fetch()
 * Response itself and Chromium can keep the compiled code. These tests run the installed duckdb-wasm
 * worker in a VM context and look at what it hands to WebAssembly.instantiateStreaming.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { appWorkerFile, appWorkerScript, DUCKDB_BUNDLES } from '../../src/build/duckdb-files';

const require = createRequire(import.meta.url);
const NOTICE = 'instantiating without progress handler since transform streams are unavailable';

/** Runs `script` as a worker would, sends INSTANTIATE, and reports what reached instantiateStreaming. */
async function instantiateIn(script: string) {
  const fetched: Response[] = [];
  const compiled: Promise<Response>[] = [];
  const warnings: unknown[][] = [];
  const imported: { name: string; transformStream: string }[] = [];
  const scope: Record<string, unknown> = {
    console: { ...console, log: () => undefined, warn: (...args: unknown[]) => warnings.push(args) },
    async fetch() {
      const response = new Response(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]), { headers: { 'content-type': 'application/wasm' } });
      fetched.push(response);
      return response;
    },
    WebAssembly: {
      ...Object.fromEntries(Object.getOwnPropertyNames(WebAssembly).map((key) => [key, (WebAssembly as Record<string, unknown>)[key]])),
      instantiateStreaming(source: Response | Promise<Response>) {
        compiled.push(Promise.resolve(source));
        return new Promise(() => undefined); // the test looks only at what was handed over
      }
    },
    postMessage: () => undefined,
    Request,
    Response,
    TransformStream,
    TextDecoder,
    TextEncoder,
    URL,
    performance,
    setTimeout,
    clearTimeout
  };
  scope.self = scope;
  scope.globalThis = scope;
  scope.importScripts = (name: string) => {
    imported.push({ name, transformStream: typeof scope.TransformStream });
    runInContext(readFileSync(require.resolve(`@duckdb/duckdb-wasm/dist/${name}`), 'utf8'), scope);
  };
  createContext(scope);
  runInContext(script, scope);
  (scope.onmessage as (event: { data: unknown }) => void)({ data: { messageId: 1, type: 'INSTANTIATE', data: ['https://example.test/duckdb-eh.wasm', null] } });
  for (let i = 0; i < 50 && compiled.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  const source = compiled.length > 0 ? await compiled[0] : undefined;
  return { fetched, compiledCount: compiled.length, source, warnings, imported, scope };
}

describe('the app’s DuckDB worker (src/head/duckdb-worker.js)', () => {
  it.each(DUCKDB_BUNDLES)('%s: duckdb-wasm compiles the fetch() response itself, not a Response built around a stream', async (bundle) => {
    const run = await instantiateIn(appWorkerScript(bundle));
    expect(run.imported).toEqual([{ name: `duckdb-browser-${bundle}.worker.js`, transformStream: 'undefined' }]);
    expect(run.fetched).toHaveLength(1);
    expect(run.compiledCount).toBe(1);
    expect(run.source).toBe(run.fetched[0]);
  });

  it.each(DUCKDB_BUNDLES)('%s: duckdb-wasm’s worker run directly builds its own Response (what the app’s worker avoids)', async (bundle) => {
    const run = await instantiateIn(`importScripts(${JSON.stringify(`duckdb-browser-${bundle}.worker.js`)})`);
    expect(run.fetched).toHaveLength(1);
    expect(run.compiledCount).toBe(1);
    expect(run.source).toBeInstanceOf(Response);
    expect(run.source).not.toBe(run.fetched[0]);
  });

  it('keeps duckdb-wasm’s one expected notice out of the console and lets every other warning through', async () => {
    const run = await instantiateIn(appWorkerScript('eh'));
    expect(run.warnings).toEqual([]); // nothing from the start reached the console
    const warn = (run.scope.console as { warn: (...args: unknown[]) => void }).warn;
    warn(NOTICE);
    warn('something else');
    warn(NOTICE, 'with more');
    expect(run.warnings).toEqual([['something else'], [NOTICE, 'with more']]);
  });

  it('duckdb-wasm says exactly the notice the app’s worker drops, on the branch it takes', () => {
    for (const bundle of DUCKDB_BUNDLES) {
      expect(readFileSync(require.resolve(`@duckdb/duckdb-wasm/dist/duckdb-browser-${bundle}.worker.js`), 'utf8')).toContain(`console.warn("${NOTICE}")`);
    }
    expect(readFileSync('src/head/duckdb-worker.js', 'utf8')).toContain(`'${NOTICE}'`);
  });

  it('is written per bundle with the bundle’s file name and no placeholder left', () => {
    expect(appWorkerFile('eh')).toBe('wpl-duckdb-eh.worker.js');
    expect(appWorkerScript('mvp')).toContain(`importScripts("duckdb-browser-mvp.worker.js")`);
    expect(appWorkerScript('eh')).not.toContain('__DUCKDB_WORKER__');
  });
});
