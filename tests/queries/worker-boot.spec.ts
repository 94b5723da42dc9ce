/**
 * The early DuckDB start (src/head/duckdb-boot.js, adopted by src/lib/db/duckdb-worker-boot.ts) speaks
 * duckdb-wasm's worker protocol without AsyncDuckDB: the installed package must still speak it, the head
 * script must post the right message and read its answers right, and the app must adopt only its worker.
 * src/build/copy-duckdb.ts must put the files where both look for them.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { BOOT_MESSAGE_ID, takeBootedWorker, type BootedWorker } from '../../src/lib/db/duckdb-worker-boot';
import { appWorkerFile, appWorkerScript, copyDuckDB, DUCKDB_BUNDLES, DUCKDB_FILES, duckdbVersion } from '../../src/build/duckdb-files';

const require = createRequire(import.meta.url);
const dist = (file: string) => readFileSync(require.resolve(`@duckdb/duckdb-wasm/dist/${file}`), 'utf8');

describe('duckdb-wasm 1.32 worker protocol (as installed)', () => {
  it('the worker instantiates from data[0], data[1] on INSTANTIATE and answers OK or ERROR with requestId = messageId', () => {
    const worker = dist('duckdb-browser-eh.worker.js');
    expect(worker).toMatch(/case"INSTANTIATE":[\s\S]{0,200}this\._bindings=await this\.instantiate\((\w)\.data\[0\],\1\.data\[1\]/);
    expect(worker).toMatch(/requestId:(\w)\.messageId,type:"OK"/);
    expect(worker).toMatch(/requestId:(\w)\.messageId,type:"ERROR"/);
    expect(worker).toMatch(/requestId:(\w)\.messageId,type:"INSTANTIATE_PROGRESS"/);
  });
  it('AsyncDuckDB posts { messageId, type, data } and counts its ids up from 0', () => {
    const main = dist('duckdb-browser.mjs');
    expect(main).toMatch(/postMessage\(\{messageId:(\w),type:(\w)\.type,data:\2\.data\}/);
    expect(main).toMatch(/async instantiate\((\w),(\w)=null[^)]*\)\{[^}]*new \w+\("INSTANTIATE",\[\1,\2\]\)/);
    expect(main).toMatch(/_nextMessageId=0/);
  });
});

class FakeWorker extends EventTarget {
  posted: unknown[] = [];
  terminated = false;
  constructor(readonly url: string) {
    super();
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

const HEAD_SCRIPT = readFileSync('src/head/duckdb-boot.js', 'utf8').replace("'__DUCKDB_VERSION__'", JSON.stringify('9.9.9'));

/** Runs the head script as the page would load it from `src`; returns what it left and the workers it made. */
function runHeadScript(src = 'https://example.test/app/duckdb/boot.js', withExceptions = true) {
  const made: FakeWorker[] = [];
  const window: { __wplDuckDBBoot?: BootedWorker } = {};
  const WebAssemblyProbe = { validate: () => withExceptions };
  runInNewContext(HEAD_SCRIPT, {
    window,
    document: { currentScript: { src } },
    Worker: class extends FakeWorker {
      constructor(url: string) {
        super(url);
        made.push(this);
      }
    },
    WebAssembly: WebAssemblyProbe,
    URL,
    Promise,
    Error,
    Uint8Array
  });
  return { boot: window.__wplDuckDBBoot, made };
}

afterEach(() => {
  delete (globalThis as { __wplDuckDBBoot?: unknown }).__wplDuckDBBoot;
});

describe('head script (src/head/duckdb-boot.js)', () => {
  it('starts one worker from the version folder beside it and posts the instantiate message for the eh wasm', () => {
    const { boot, made } = runHeadScript();
    expect(made).toHaveLength(1);
    expect(made[0].url).toBe('https://example.test/app/duckdb/9.9.9/wpl-duckdb-eh.worker.js');
    expect(made[0].posted).toEqual([
      { messageId: BOOT_MESSAGE_ID, type: 'INSTANTIATE', data: ['https://example.test/app/duckdb/9.9.9/duckdb-eh.wasm', null] }
    ]);
    expect(boot?.worker).toBe(made[0]);
    expect(boot?.wasmUrl).toBe('https://example.test/app/duckdb/9.9.9/duckdb-eh.wasm');
  });

  it('takes the mvp files where WebAssembly exceptions are missing (duckdb-wasm’s own probe)', () => {
    const { made } = runHeadScript(undefined, false);
    expect(made[0].url).toMatch(/\/wpl-duckdb-mvp\.worker\.js$/);
    expect((made[0].posted[0] as { data: string[] }).data[0]).toMatch(/\/duckdb-mvp\.wasm$/);
  });

  it('its probe is the one the installed duckdb-wasm uses', () => {
    const bytes = /WebAssembly\.validate\(new Uint8Array\(\[([0-9, ]+)\]\)\)/.exec(HEAD_SCRIPT)?.[1].replace(/\s/g, '');
    expect(bytes).toBeTruthy();
    expect(dist('duckdb-browser.mjs')).toContain(`WebAssembly.validate(new Uint8Array([${bytes}]))`);
    expect(WebAssembly.validate(new Uint8Array(bytes!.split(',').map(Number)))).toBe(true); // Node has exceptions
  });

  it('resolves on OK for its own id only, after progress messages; rejects on ERROR and on a failed script', async () => {
    const { boot, made } = runHeadScript();
    let done = false;
    void boot!.instantiated.then(() => (done = true));
    made[0].answer({ requestId: BOOT_MESSAGE_ID, type: 'INSTANTIATE_PROGRESS', data: { bytesLoaded: 1 } });
    made[0].answer({ requestId: 0, type: 'OK' });
    await Promise.resolve();
    expect(done).toBe(false);
    made[0].answer({ requestId: BOOT_MESSAGE_ID, type: 'OK', data: null });
    await boot!.instantiated;
    expect(done).toBe(true);

    const second = runHeadScript();
    second.made[0].answer({ requestId: BOOT_MESSAGE_ID, type: 'ERROR', data: { message: 'wasm fetch failed' } });
    await expect(second.boot!.instantiated).rejects.toThrow('wasm fetch failed');
    second.made[0].dispatchEvent(new Event('error'));
    await expect(second.boot!.failed).rejects.toThrow();
  });

  it('does nothing without a script URL or without Worker', () => {
    expect(runHeadScript('').made).toHaveLength(0);
    const window: { __wplDuckDBBoot?: unknown } = {};
    runInNewContext(HEAD_SCRIPT, { window, document: { currentScript: { src: 'https://x.test/duckdb/boot.js' } }, WebAssembly, URL, Promise });
    expect(window.__wplDuckDBBoot).toBeUndefined();
  });
});

describe('takeBootedWorker (the app adopts the head script’s worker)', () => {
  const leave = (boot: BootedWorker | undefined) => ((globalThis as { __wplDuckDBBoot?: BootedWorker }).__wplDuckDBBoot = boot);

  it('adopts the worker once when it runs the files DuckDB chose, with errors in the app’s words', async () => {
    const { boot, made } = runHeadScript();
    leave(boot);
    const taken = takeBootedWorker(boot!.workerUrl, boot!.wasmUrl);
    expect(taken?.worker).toBe(made[0]);
    expect(takeBootedWorker(boot!.workerUrl, boot!.wasmUrl)).toBeNull(); // taken once
    made[0].answer({ requestId: BOOT_MESSAGE_ID, type: 'ERROR', data: { message: 'wasm fetch failed' } });
    await expect(taken!.instantiated).rejects.toThrow('DuckDB を初期化できません: wasm fetch failed');
    made[0].dispatchEvent(new Event('error'));
    await expect(taken!.failed).rejects.toThrow('DuckDB のワーカーを起動できません');
  });

  it('ends a booted worker that is not the bundle DuckDB chose', () => {
    const { boot, made } = runHeadScript();
    leave(boot);
    expect(takeBootedWorker('https://example.test/app/duckdb/9.9.9/wpl-duckdb-mvp.worker.js', boot!.wasmUrl)).toBeNull();
    expect(made[0].terminated).toBe(true);
  });

  it('returns null when no head script ran', () => {
    expect(takeBootedWorker('/duckdb/1/duckdb-browser-eh.worker.js', '/duckdb/1/duckdb-eh.wasm')).toBeNull();
  });
});

describe('copyDuckDB (src/build/duckdb-files.ts)', () => {
  it('copies the installed worker and wasm files into <out>/<version>/, writes the app’s workers beside them and boot.js with that version', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'duckdb-')), 'duckdb');
    mkdirSync(join(out, '0.0.1'), { recursive: true }); // an older version's folder is removed
    const { version, files } = copyDuckDB(out);
    expect(version).toBe(duckdbVersion());
    expect(version).toMatch(/^1\.32\./);
    for (const file of DUCKDB_FILES) {
      expect(statSync(join(out, version, file)).size).toBe(statSync(require.resolve(`@duckdb/duckdb-wasm/dist/${file}`)).size);
    }
    for (const bundle of DUCKDB_BUNDLES) {
      expect(readFileSync(join(out, version, appWorkerFile(bundle)), 'utf8')).toBe(appWorkerScript(bundle));
    }
    expect(files).toHaveLength(DUCKDB_FILES.length + DUCKDB_BUNDLES.length + 1);
    const boot = readFileSync(join(out, 'boot.js'), 'utf8');
    expect(boot).toContain(`var VERSION = ${JSON.stringify(version)};`);
    expect(boot).not.toContain('__DUCKDB_VERSION__');
    expect(existsSync(join(out, '0.0.1'))).toBe(false);
  });
});
