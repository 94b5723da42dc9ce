/**
 * The early DuckDB start (src/lib/db/duckdb-worker-boot.ts) speaks duckdb-wasm's worker protocol without
 * AsyncDuckDB: the installed package must still speak it, and the boot must read its answers right.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';

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
  static made: FakeWorker[] = [];
  posted: unknown[] = [];
  terminated = false;
  constructor(readonly url: string) {
    super();
    FakeWorker.made.push(this);
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

async function freshBoot() {
  vi.resetModules();
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  return import('../../src/lib/db/duckdb-worker-boot');
}
afterEach(() => vi.unstubAllGlobals());

describe('bootDuckDBWorker', () => {
  it('starts one worker and posts the instantiate message with the eh wasm', async () => {
    const boot = await freshBoot();
    boot.bootDuckDBWorker();
    boot.bootDuckDBWorker();
    expect(FakeWorker.made).toHaveLength(1);
    const [w] = FakeWorker.made;
    expect(w.url).toMatch(/duckdb-browser-eh\.worker/);
    expect(w.posted).toEqual([{ messageId: boot.BOOT_MESSAGE_ID, type: 'INSTANTIATE', data: [expect.stringMatching(/duckdb-eh\.wasm/), null] }]);
  });

  it('resolves on OK for its own id only, after progress messages', async () => {
    const boot = await freshBoot();
    boot.bootDuckDBWorker();
    const [w] = FakeWorker.made;
    const taken = boot.takeBootedWorker(w.url, (w.posted[0] as { data: string[] }).data[0]);
    expect(taken?.worker).toBe(w);
    let done = false;
    void taken!.instantiated.then(() => (done = true));
    w.answer({ requestId: boot.BOOT_MESSAGE_ID, type: 'INSTANTIATE_PROGRESS', data: { bytesLoaded: 1 } });
    w.answer({ requestId: 0, type: 'OK' });
    await Promise.resolve();
    expect(done).toBe(false);
    w.answer({ requestId: boot.BOOT_MESSAGE_ID, type: 'OK', data: null });
    await taken!.instantiated;
    expect(done).toBe(true);
    expect(boot.takeBootedWorker(w.url, 'x')).toBeNull(); // taken once
  });

  it('rejects with the worker’s error message, and on a script that fails to load', async () => {
    const boot = await freshBoot();
    boot.bootDuckDBWorker();
    const [w] = FakeWorker.made;
    const taken = boot.takeBootedWorker(w.url, (w.posted[0] as { data: string[] }).data[0])!;
    w.answer({ requestId: boot.BOOT_MESSAGE_ID, type: 'ERROR', data: { message: 'wasm fetch failed' } });
    await expect(taken.instantiated).rejects.toThrow('wasm fetch failed');
    w.dispatchEvent(new Event('error'));
    await expect(taken.failed).rejects.toThrow('DuckDB のワーカーを起動できません');
  });

  it('ends a booted worker that is not the bundle DuckDB chose', async () => {
    const boot = await freshBoot();
    boot.bootDuckDBWorker();
    const [w] = FakeWorker.made;
    expect(boot.takeBootedWorker('/mvp.worker.js', '/mvp.wasm')).toBeNull();
    expect(w.terminated).toBe(true);
  });
});
