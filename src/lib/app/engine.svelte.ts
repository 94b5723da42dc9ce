/**
 * The dashboard's one data engine, as reactive state: starts duckdb-wasm once (browser only), loads the
 * manifest's tables one by one, smallest first, and exposes a cached query runner. A query waits only
 * for the tables its SQL reads, so the overview answers as soon as `plans` is in while the large tables
 * still load. Partitioned tables (partitions.ts) are fetched only as far as queries need them: a plan
 * page loads that plan's partition, a national view all of them. Pages read `engine.status` to show
 * progress or a plain error; prerendered content stays.
 */
import type { LoadProgress } from '$lib/db/duckdb-browser';
import type { Connector, PlanScope } from '$lib/db/connector';
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
  /** Bytes of the tables' first load and of partitions loaded since (summed in `progress`). */
  #loads: Record<'tables' | 'partitions', LoadProgress | null> = { tables: null, partitions: null };
  #tablesDone = false;

  #showProgress(kind: 'tables' | 'partitions', p: LoadProgress | null) {
    this.#loads[kind] = p;
    const parts = [this.#loads.tables, this.#loads.partitions].filter((x): x is LoadProgress => x !== null);
    this.progress =
      parts.length === 0
        ? null
        : { loadedBytes: parts.reduce((s, x) => s + x.loadedBytes, 0), totalBytes: parts.reduce((s, x) => s + x.totalBytes, 0), table: parts.at(-1)!.table };
    // Partitions a view asks for after the first load: say so, then go back to ready.
    if (this.#tablesDone && this.status !== 'error') this.status = this.#loads.partitions ? 'loading' : 'ready';
  }

  /** Starts the engine and loads every table not loaded by partition; resolves when they are in (or some failed). */
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
    const partitions = db.createPartitionLoader(
      manifestUrl,
      (p) => this.#showProgress('partitions', p),
      () => this.#showProgress('partitions', null)
    );
    partitions.catch(() => undefined); // the manifest's failure is reported by the table loads
    let waitingForTables = 0;
    const gated: Connector = {
      async query<T>(sql: string, params?: Parameters<Connector['query']>[1], scope?: PlanScope): Promise<T[]> {
        waitingForTables++;
        try {
          const tables = tablesOf(sql);
          await gate.whenLoaded(tables);
          await (await partitions).ensure(tables, scope);
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
      (p: LoadProgress) => this.#showProgress('tables', p),
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
      },
      true
    );
    await ready;
    await db.createMissingTables();
    this.#tablesDone = true;
    if (failure) {
      this.status = 'error';
      this.error = failure instanceof Error ? failure.message : String(failure);
    }
    this.#showProgress('tables', null);
    return runner;
  }

  /** After tables change: drop cached results and tell every query to run again. */
  tablesChanged() {
    this.runner?.clear();
    this.version++;
  }
}

export const engine = new DataEngine();
