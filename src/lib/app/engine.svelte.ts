/**
 * The dashboard's one data engine, as reactive state: starts duckdb-wasm once (browser only), loads the
 * manifest's tables, and exposes a cached query runner. Pages read `engine.status` to show progress
 * or a plain error while their prerendered content stays on screen.
 */
import type { LoadProgress } from '$lib/db/duckdb-browser';
import type { QueryRunner } from '$lib/queries/cache';

export type EngineStatus = 'idle' | 'starting' | 'loading' | 'ready' | 'error';

class DataEngine {
  status = $state<EngineStatus>('idle');
  error = $state<string | null>(null);
  progress = $state<{ loadedBytes: number; totalBytes: number; table: string } | null>(null);
  /** Bumped whenever tables change (an import): queries re-run and caches are cleared. */
  version = $state(0);
  runner = $state.raw<QueryRunner | null>(null);
  #started: Promise<QueryRunner> | null = null;

  /** Starts the engine and loads every table once; later calls share the same promise. */
  start(manifestUrl: string): Promise<QueryRunner> {
    if (!this.#started) {
      this.#started = this.#start(manifestUrl).catch((e: unknown) => {
        this.status = 'error';
        this.error = e instanceof Error ? e.message : String(e);
        this.#started = null;
        throw e;
      });
    }
    return this.#started;
  }

  async #start(manifestUrl: string): Promise<QueryRunner> {
    this.status = 'starting';
    const db = await import('$lib/db/duckdb-browser');
    const { createQueryRunner } = await import('$lib/queries/cache');
    await db.getEngine();
    this.status = 'loading';
    let failure: unknown = null;
    try {
      await db.loadTablesFromManifest(manifestUrl, undefined, (p: LoadProgress) => {
        this.progress = { loadedBytes: p.loadedBytes, totalBytes: p.totalBytes, table: p.table };
      });
    } catch (e) {
      // Keep what loaded: the other tables still answer queries; the message says what is missing.
      failure = e;
    }
    await db.createMissingTables();
    const { loadImportedPlans } = await import('$lib/import/imported-store');
    await loadImportedPlans(db.registerRows).catch((e: unknown) => {
      failure ??= e;
    });
    const runner = createQueryRunner(db.browserConnector);
    const hooks = await import('./bench-hooks');
    hooks.installBenchHooks(runner);
    hooks.markOnce('wpl:interactive');
    this.runner = runner;
    this.status = failure ? 'error' : 'ready';
    if (failure) this.error = failure instanceof Error ? failure.message : String(failure);
    return runner;
  }

  /** After tables change: drop cached results and tell every query to run again. */
  tablesChanged() {
    this.runner?.clear();
    this.version++;
  }
}

export const engine = new DataEngine();
