/**
 * SHA-256 of data files in a worker of their own, so that checking a large partition does not block the
 * page (Chromium digests on the calling thread: ~0.8 s of main-thread time for the 100k 重点・テーマ
 * view's partitions, CPU profile, 2026-12-02). The worker gets a copy of the bytes (a memcpy, ~10×
 * cheaper than the digest), so the caller keeps them; where the worker cannot start or fails, the
 * digest runs here as before.
 */
import { sha256OnThisThread, type Sha256 } from './sha256';
import { withTimeout } from './timeout';

export const SHA256_TIMEOUT_MS = 30_000;

interface Pending {
  resolve(hex: string | null): void;
  reject(error: Error): void;
}

let worker: Worker | null | undefined; // undefined: not started yet; null: unavailable here
const pending = new Map<number, Pending>();
let nextId = 0;

function hashWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./sha256-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<{ id: number; hex?: string | null; error?: string }>) => {
    const job = pending.get(event.data.id);
    if (!job) return;
    pending.delete(event.data.id);
    if (event.data.error !== undefined) job.reject(new Error(event.data.error));
    else job.resolve(event.data.hex ?? null);
  };
  // A script that did not load (blocked, missing): every waiting file is hashed here instead.
  worker.onerror = () => {
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const job of waiting) job.reject(new Error('worker failed'));
  };
  return worker;
}

export const sha256OffMainThread: Sha256 = async (bytes) => {
  const w = hashWorker();
  if (!w) return sha256OnThisThread(bytes);
  const id = nextId++;
  const answer = new Promise<string | null>((resolve, reject) => pending.set(id, { resolve, reject }));
  w.postMessage({ id, bytes });
  try {
    return await withTimeout(answer, SHA256_TIMEOUT_MS, `SHA-256 の計算が ${SHA256_TIMEOUT_MS / 1000} 秒以内に終わりませんでした`);
  } catch (error) {
    pending.delete(id);
    if (worker === null) return sha256OnThisThread(bytes); // the worker is gone: not the file's fault
    throw error;
  }
};
