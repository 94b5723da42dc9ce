/**
 * Data files' SHA-256: on this thread and through the browser's hashing worker (sha256-browser.ts, with
 * a stand-in Worker that runs the real worker script's handler), which falls back to this thread when
 * the worker cannot start or dies, and reports a digest error as the file's.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sha256OnThisThread } from '../../src/lib/db/sha256';

const nodeHex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256OnThisThread', () => {
  it('gives the lower-case hex that node:crypto gives', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 5000 }), async (bytes) => {
        expect(await sha256OnThisThread(bytes)).toBe(nodeHex(bytes));
      }),
      { numRuns: 50, seed: 20261202 }
    );
  });
});

type Handler = (event: { data: { id: number; bytes: Uint8Array } }) => Promise<void>;

/** Loads the real worker script with a stand-in global scope; returns its message handler and what it posted. */
async function workerScript(): Promise<{ handler: Handler; posted: unknown[] }> {
  const posted: unknown[] = [];
  const scope = { onmessage: null as Handler | null, postMessage: (m: unknown) => posted.push(m) };
  vi.stubGlobal('self', scope);
  await import('../../src/lib/db/sha256-worker');
  return { handler: scope.onmessage as unknown as Handler, posted };
}

describe('the hashing worker script', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  it('answers each message with its id and the hex digest', async () => {
    const { handler, posted } = await workerScript();
    const bytes = new TextEncoder().encode('区政レンズ');
    await handler({ data: { id: 7, bytes } });
    expect(posted).toEqual([{ id: 7, hex: nodeHex(bytes) }]);
  });
});

describe('sha256OffMainThread', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  /** A Worker whose messages go to the real worker script, answered asynchronously like a thread. */
  async function stubWorker(behaviour: 'answer' | 'fail-to-start' | 'throw-on-create' | 'digest-error') {
    const { handler, posted } = await workerScript();
    const created: string[] = [];
    class StandIn {
      onmessage: ((e: { data: unknown }) => void) | null = null;
      onerror: (() => void) | null = null;
      terminated = false;
      constructor(url: URL) {
        if (behaviour === 'throw-on-create') throw new Error('blocked by CSP');
        created.push(String(url));
        if (behaviour === 'fail-to-start') setTimeout(() => this.onerror?.(), 0);
      }
      postMessage(message: { id: number; bytes: Uint8Array }) {
        if (behaviour === 'fail-to-start') return; // never answered: the script did not load
        setTimeout(async () => {
          await handler({ data: message });
          const answer = posted.find((m) => (m as { id: number }).id === message.id) as { id: number };
          this.onmessage?.({ data: behaviour === 'digest-error' ? { id: answer.id, error: 'digest failed' } : answer });
        }, 0);
      }
      terminate() {
        this.terminated = true;
      }
    }
    vi.stubGlobal('Worker', StandIn);
    const { sha256OffMainThread } = await import('../../src/lib/db/sha256-browser');
    return { sha256OffMainThread, created };
  }

  it('hashes in the worker, one worker for every file, and the caller keeps its bytes', async () => {
    const { sha256OffMainThread, created } = await stubWorker('answer');
    const files = [new Uint8Array([1, 2, 3]), new TextEncoder().encode('横浜市'.repeat(1000)), new Uint8Array(0)];
    const hashes = await Promise.all(files.map((f) => sha256OffMainThread(f)));
    expect(hashes).toEqual(files.map(nodeHex));
    expect(created).toHaveLength(1);
    expect(created[0]).toMatch(/sha256-worker\.ts$/);
    expect(files[1].byteLength).toBe(9000); // not transferred away
  });

  it('falls back to this thread when the worker script does not load, for waiting and later files', async () => {
    const { sha256OffMainThread } = await stubWorker('fail-to-start');
    const a = new Uint8Array([9, 9, 9]);
    const b = new Uint8Array([4, 5]);
    expect(await sha256OffMainThread(a)).toBe(nodeHex(a));
    expect(await sha256OffMainThread(b)).toBe(nodeHex(b));
  });

  it('falls back to this thread when a worker cannot be created', async () => {
    const { sha256OffMainThread, created } = await stubWorker('throw-on-create');
    const a = new Uint8Array([1]);
    expect(await sha256OffMainThread(a)).toBe(nodeHex(a));
    expect(created).toHaveLength(0);
  });

  it('rejects with the worker’s error when its digest fails', async () => {
    const { sha256OffMainThread } = await stubWorker('digest-error');
    await expect(sha256OffMainThread(new Uint8Array([1]))).rejects.toThrow('digest failed');
  });
});
