/**
 * The dashboard's one data engine, as reactive state: starts duckdb-wasm once (browser only), loads the
 * manifest's tables one by one, smallest first, and exposes a cached query runner. A query waits only
 * for the tables its SQL reads, so the overview answers as soon as `plans` is in while the large tables
 * still load. Pages read `engine.status` to show progress or a plain error; prerendered content stays.
 */
import type { LoadProgress } from '$lib/db/duckdb-browser';
import type { Connector } from '$lib/db/connector';
import type { QueryRunner } from '$lib/queries/cache';
import { tablesOf } from '$lib/queries/tables-of';
import { markOnce } from './marks';
import type { TableName } from '$lib/tables/schema';

export type EngineStatus = 'idle' | 'starting' | 'loading' | 'ready' | 'error';

/** Small tables first: they answer the overview and the filter bar while the big ones arrive. */
const LOAD_ORDER: TableName[] = ['plans', 'pillars', 'tags', 'plan_figures', 'plan_mentions', 'plan_sections', 'initiatives', 'initiative_tags', 'initiative_links'];

class TableGate {
  #waiting = new Map<TableName, { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void }>();

  #entry(name: TableName) {
    let e = this.#waiting.get(name);
    if (!e) {
      let resolve!: () => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<void>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      // A table that failed is reported by the queries that need it; never as an unhandled rejection.
      promise.catch(() => undefined);
      e = { promise, resolve, reject };
      this.#waiting.set(name, e);
    }
    return e;
  }
  opened(name: TableName) {
    this.#entry(name).resolve();
  }
  failed(name: TableName, error: unknown) {
    this.#entry(name).reject(error);
  }
  whenLoaded(names: readonly TableName[]): Promise<void> {
    return Promise.all(names.map((n) => this.#entry(n).promise)).then(() => undefined);
  }
}

class DataEngine {
  status = $state<EngineStatus>('idle');
  error = $state<string | null>(null);
  progress = $state<{ loadedBytes: number; totalBytes: number; table: string } | null>(null);
  /** Bumped whenever tables change (an import): queries re-run and caches are cleared. */
  version = $state(0);
  runner = $state.raw<QueryRunner | null>(null);
  #started: Promise<QueryRunner> | null = null;
  #gate = new TableGate();

  /** Starts the engine and begins loading every table; resolves when all are in (or some failed). */
  start(manifestUrl: string): Promise<QueryRunner> {
    if (!this.#started) {
      this.#started = this.#start(manifestUrl).catch((e: unknown) => {
        this.status = 'error';
        this.error = e instanceof Error ? e.message : String(e);
        this.#started = null;
        for (const name of LOAD_ORDER) this.#gate.failed(name, e);
        throw e;
      });
    }
    return this.#started;
  }

  async #start(manifestUrl: string): Promise<QueryRunner> {
    this.status = 'starting';
    // In parallel, duckdb-wasm's own module included (getEngine imports it next): each await here is a
    // round trip before the wasm can start compiling.
    const [db, { createQueryRunner }, { listImportedPlans }] = await Promise.all([
      import('$lib/db/duckdb-browser'),
      import('$lib/queries/cache'),
      import('$lib/import/imported-store'),
      import('@duckdb/duckdb-wasm')
    ]);
    // The manifest and the first tables download while DuckDB compiles (loadTablesFromManifest waits
    // for the engine only to insert).
    const ready = db.getEngine().then(() => {
      markOnce('wpl:duckdb-ready'); // once, also when a failed start is retried
      if (this.status === 'starting') this.status = 'loading';
    });
    ready.catch(() => undefined); // awaited below, after the loads have reported

    const gate = this.#gate;
    let waitingForTables = 0;
    const gated: Connector = {
      async query<T>(sql: string, params?: Parameters<Connector['query']>[1]): Promise<T[]> {
        waitingForTables++;
        try {
          await gate.whenLoaded(tablesOf(sql));
        } finally {
          waitingForTables--;
        }
        // The first moment no query of the page waits for a table: DuckDB is up and the view's tables are
        // in (the benchmark's "interactive", the same moment the bare page calls its data loaded).
        if (waitingForTables === 0) markOnce('wpl:view-tables-loaded');
        const start = performance.now();
        const rows = await db.browserConnector.query<T>(sql, params);
        try {
          // In the browser's performance timeline (DevTools, the benchmark): which SQL took how long.
          performance.measure('wpl:sql', { start, detail: sql.trim().slice(0, 120) });
        } catch {
          /* an older browser without measure options: timing is optional */
        }
        return rows;
      }
    };
    const runner = createQueryRunner(gated);
    this.runner = runner;
    void import('./bench-hooks').then(async (hooks) => {
      const { whenQueriesSettled, queriesInFlight } = await import('./query.svelte');
      hooks.installBenchHooks(runner, whenQueriesSettled, queriesInFlight);
    });

    // Plans added in this browser join each table as it is created, so no view ever shows the shipped
    // rows without them.
    let failure: unknown = null;
    const imported = await listImportedPlans().catch((e: unknown) => {
      failure = e;
      return [];
    });
    await db.loadTablesFromManifest(
      manifestUrl,
      LOAD_ORDER,
      (p: LoadProgress) => {
        this.progress = { loadedBytes: p.loadedBytes, totalBytes: p.totalBytes, table: p.table };
      },
      async (name, error) => {
        if (error) {
          // Keep what loaded: other tables still answer; queries that need this one say why they cannot.
          failure ??= error;
          gate.failed(name, error);
          return;
        }
        try {
          for (const record of imported) {
            const rows = record.tables[name];
            if (rows && rows.length > 0) await db.registerRows(name, rows);
          }
          gate.opened(name);
        } catch (e) {
          failure ??= e;
          gate.failed(name, e);
        }
      }
    );
    await ready;
    await db.createMissingTables();
    this.progress = null;
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
