/**
 * Starts duckdb-wasm the moment the app starts (src/hooks.client.ts), before the engine code, duckdb-wasm's
 * main-thread module and Apache Arrow (~0.4 MB of JS) have arrived and been evaluated: the worker script
 * downloads and the wasm starts compiling in parallel with hydration instead of after it (measured on the
 * shipped site: the wasm was requested ~1 s later than on a bare duckdb-wasm page).
 *
 * It posts the one message AsyncDuckDB.instantiate() would post (duckdb-wasm 1.32's worker protocol:
 * `{ messageId, type: 'INSTANTIATE', data: [wasmUrl, pthreadWorkerUrl] }`, answered by
 * `{ requestId, type: 'OK' | 'ERROR' }` after progress messages; tests/queries/worker-boot.spec.ts checks the installed package still
 * speaks it). duckdb-browser.ts then takes the instantiated worker and attaches AsyncDuckDB to it.
 * Errors are recorded at once, so a failure before anyone listens is still reported.
 */
import ehWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

/** Said when the worker script cannot be loaded or run (here and by duckdb-browser.ts). */
export const WORKER_FAILED = 'DuckDB のワーカーを起動できません（スクリプトの読み込みに失敗）';

/** Far above the ids AsyncDuckDB counts up from 0, so the two never meet. */
export const BOOT_MESSAGE_ID = 0x3fffffff;

export interface BootedWorker {
  workerUrl: string;
  wasmUrl: string;
  worker: Worker;
  /** Resolves when the worker has compiled and instantiated the wasm; rejects on its error answer. */
  instantiated: Promise<void>;
  /** Rejects when the worker script cannot be loaded or run. */
  failed: Promise<never>;
}

let booted: BootedWorker | null = null;

/** The eh bundle is the guess: every browser that runs this app's other code has WebAssembly exceptions. */
export function bootDuckDBWorker(): void {
  if (booted || typeof Worker === 'undefined') return;
  const worker = new Worker(ehWorkerUrl);
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', () => reject(new Error(WORKER_FAILED)));
  });
  const instantiated = new Promise<void>((resolve, reject) => {
    const onMessage = (event: MessageEvent) => {
      const answer = event.data as { requestId?: number; type?: string; data?: { message?: string } } | null;
      // INSTANTIATE_PROGRESS messages carry the same requestId: only the final answer counts.
      if (answer?.requestId !== BOOT_MESSAGE_ID || (answer.type !== 'OK' && answer.type !== 'ERROR')) return;
      worker.removeEventListener('message', onMessage);
      if (answer.type === 'OK') resolve();
      else reject(new Error(`DuckDB を初期化できません: ${answer.data?.message ?? answer.type}`));
    };
    worker.addEventListener('message', onMessage);
  });
  // Reported by whoever takes the worker; never an unhandled rejection here.
  failed.catch(() => undefined);
  instantiated.catch(() => undefined);
  worker.postMessage({ messageId: BOOT_MESSAGE_ID, type: 'INSTANTIATE', data: [ehWasmUrl, null] });
  booted = { workerUrl: ehWorkerUrl, wasmUrl: ehWasmUrl, worker, instantiated, failed };
}

/** The booted worker if it runs `workerUrl` with `wasmUrl` (taken once); a booted worker of another bundle is ended. */
export function takeBootedWorker(workerUrl: string, wasmUrl: string): BootedWorker | null {
  const taken = booted;
  booted = null;
  if (!taken) return null;
  if (taken.workerUrl === workerUrl && taken.wasmUrl === wasmUrl) return taken;
  taken.worker.terminate();
  return null;
}
