/**
 * The DuckDB worker started by the head script (src/head/duckdb-boot.js, served as /duckdb/boot.js):
 * it is created and compiling the wasm before the app's modules have loaded. duckdb-browser.ts adopts it
 * here and attaches AsyncDuckDB once it has answered; without it (script blocked or missing), or when it
 * runs another bundle than DuckDB chose, DuckDB is started the usual way.
 */

/** Said when the worker script cannot be loaded or run (here and by duckdb-browser.ts). */
export const WORKER_FAILED = 'DuckDB のワーカーを起動できません（スクリプトの読み込みに失敗）';

/** The message id the head script posts its INSTANTIATE with (the same number is in src/head/duckdb-boot.js). */
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

type BootGlobal = { __wplDuckDBBoot?: BootedWorker };

/**
 * The booted worker if it runs `workerUrl` with `wasmUrl` (absolute, or relative to the page); taken once.
 * A booted worker of another bundle is ended. Its errors are rethrown in the app's words.
 */
export function takeBootedWorker(workerUrl: string, wasmUrl: string): BootedWorker | null {
  const scope = globalThis as BootGlobal;
  const taken = scope.__wplDuckDBBoot;
  delete scope.__wplDuckDBBoot;
  if (!taken) return null;
  const absolute = (url: string) => new URL(url, globalThis.location?.href).href;
  if (taken.workerUrl !== absolute(workerUrl) || taken.wasmUrl !== absolute(wasmUrl)) {
    taken.worker.terminate();
    return null;
  }
  return {
    ...taken,
    instantiated: taken.instantiated.catch((error: unknown) => {
      throw new Error(`DuckDB を初期化できません: ${error instanceof Error ? error.message : String(error)}`);
    }),
    failed: taken.failed.catch(() => {
      throw new Error(WORKER_FAILED);
    })
  };
}
