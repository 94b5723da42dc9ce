/**
 * The only browser module that touches duckdb-wasm. One database, one connection, initialised once
 * (a shared promise: concurrent callers wait on the same start-up). Bundles are self-hosted through
 * Vite `?url` imports (no CDN). Safe to import during SSR/prerender: `Worker`, `fetch` and duckdb-wasm
 * itself are only reached inside functions.
 *
 * Usage (browser only: onMount, an $effect, or a lazy `await import()` as src/lib/app/engine.svelte.ts does):
 *   await loadTablesFromManifest(`${base}/data/manifest.json`, undefined, (p) => progress = p);
 *   await createMissingTables();
 *   const runner = createQueryRunner(browserConnector);
 *   const rows = await runner.run(initiativeList, { filters, sort: 'ward', dir: 'asc' });
 * After registerRows (an import), call runner.clear().
 */
import { base } from '$app/paths';
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Connector, QueryParam } from './connector';
import { emptyTableIPC, isTableName, loadManifestTables, parseManifest, type LoadOptions, type LoadProgress, type TableSink } from './load-tables';
import type { Manifest } from '../tables/manifest';
import { PartitionLoader } from './partition-loader';
import { DISABLE_EXTENSION_AUTOLOAD, forgetPrepared, runPrepared } from './prepared';
import { sha256OffMainThread } from './sha256-browser';
import { createTableFromArrow, creatingEngineOf } from './table-storage';
import { withTimeout } from './timeout';
import { takeBootedWorker, WORKER_FAILED } from './duckdb-worker-boot';
import { rowsToArrowIPC } from '../tables/arrow';
import { TABLES, type Row, type TableName } from '../tables/schema';

export type { LoadProgress } from './load-tables';

export const STARTUP_TIMEOUT_MS = 30_000;
export const MANIFEST_TIMEOUT_MS = 15_000;
export const FILE_TIMEOUT_MS = 60_000;
export const QUERY_TIMEOUT_MS = 30_000;

interface Engine {
  db: AsyncDuckDB;
  conn: AsyncDuckDBConnection;
}

let enginePromise: Promise<Engine> | null = null;
const loadedTables = new Set<TableName>();
/** Loads are serialised: two pages asking for tables at once must not both CREATE the same table. */
let loadQueue: Promise<unknown> = Promise.resolve();

/**
 * The worker and wasm files, self-hosted under fixed names by src/build/copy-duckdb.ts (so that the head
 * script, src/head/duckdb-boot.js, can start the same worker before this module has loaded).
 */
const DUCKDB_DIR = `${base}/duckdb/${__DUCKDB_VERSION__}`;

async function startEngine(): Promise<Engine> {
  const duckdb = await import('@duckdb/duckdb-wasm');
  const bundle = await duckdb.selectBundle({
    // duckdb-wasm's workers run by src/head/duckdb-worker.js, which lets Chromium keep the compiled wasm.
    mvp: { mainModule: `${DUCKDB_DIR}/duckdb-mvp.wasm`, mainWorker: `${DUCKDB_DIR}/wpl-duckdb-mvp.worker.js` },
    eh: { mainModule: `${DUCKDB_DIR}/duckdb-eh.wasm`, mainWorker: `${DUCKDB_DIR}/wpl-duckdb-eh.worker.js` }
  });
  if (!bundle.mainWorker) throw new Error('DuckDB のワーカーが見つかりません');
  // Usually the worker the head script started, already compiling the wasm (duckdb-worker-boot.ts).
  const booted = takeBootedWorker(bundle.mainWorker, bundle.mainModule);
  const worker = booted?.worker ?? new Worker(bundle.mainWorker);
  try {
    // A blocked or missing wasm leaves duckdb-wasm's worker waiting forever; this probe and the
    // worker's own error event turn that into a message now instead of after the start-up timeout.
    const unreachable = new Promise<never>((_, reject) => {
      booted?.failed.catch(reject);
      worker.addEventListener('error', () => reject(new Error(WORKER_FAILED)));
      fetch(bundle.mainModule, { method: 'HEAD' }).then(
        (r) => {
          // Only answers that mean "you will not get this file": a host that refuses HEAD (405, 501)
          // may still serve the GET the worker makes.
          if ([401, 403, 404, 410].includes(r.status)) reject(new Error(`DuckDB の wasm を取得できません（HTTP ${r.status}）`));
        },
        () => reject(new Error('DuckDB の wasm を取得できません（ネットワークまたはブロック）'))
      );
    });
    unreachable.catch(() => undefined); // handled by the race; a late rejection is not an error
    if (booted) await Promise.race([booted.instantiated, unreachable]);
    // Attached after the booted instantiation answered, so AsyncDuckDB never sees an answer it did not ask for.
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    if (!booted) await Promise.race([db.instantiate(bundle.mainModule, bundle.pthreadWorker), unreachable]);
    await db.open({}); // no cast options: see arrow-rows.ts
    const conn = await db.connect();
    await conn.query(DISABLE_EXTENSION_AUTOLOAD);
    return { db, conn };
  } catch (error) {
    worker.terminate();
    throw error;
  }
}

/** The shared engine; a failed start is forgotten so that a later call can retry. */
export function getEngine(): Promise<Engine> {
  if (!enginePromise) {
    enginePromise = withTimeout(
      startEngine(),
      STARTUP_TIMEOUT_MS,
      'DuckDB の起動に失敗しました（30 秒以内に応答がありません）。ページを再読み込みしてください。'
    ).catch((error: unknown) => {
      enginePromise = null;
      throw error;
    });
  }
  return enginePromise;
}

export const browserConnector: Connector = {
  async query<T>(sql: string, params?: readonly QueryParam[]): Promise<T[]> {
    const { conn } = await getEngine();
    return withTimeout(runPrepared<T>(conn, sql, params), QUERY_TIMEOUT_MS, 'クエリが 30 秒以内に終わりませんでした');
  }
};

async function tableExists(conn: AsyncDuckDBConnection, table: TableName): Promise<boolean> {
  const rows = await runPrepared<{ n: number }>(
    conn,
    "SELECT count(*) AS n FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = ?",
    [table]
  );
  return rows[0]?.n > 0;
}

function sinkFor(conn: AsyncDuckDBConnection): TableSink {
  return {
    async insertArrowIPC(table, bytes, create, expectedRows = 0) {
      if (!isTableName(table)) throw new Error(`不明なテーブル ${table}`);
      await insertArrow(conn, table, bytes, create, expectedRows);
    },
    async dropTable(table) {
      if (!isTableName(table)) throw new Error(`不明なテーブル ${table}`);
      await forgetPrepared(conn);
      await conn.query(`DROP TABLE IF EXISTS "${table}"`); // table is a schema name, never user text
      loadedTables.delete(table);
    }
  };
}

/** Reads a response body chunk by chunk, so progress moves during big files. */
async function fetchBytes(url: string, onBytes: (received: number) => void): Promise<Uint8Array> {
  const response = await withTimeout(fetch(url), FILE_TIMEOUT_MS, `${FILE_TIMEOUT_MS / 1000} 秒以内に応答がありません`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  const readAll = async (): Promise<void> => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      chunks.push(value);
      received += value.byteLength;
      onBytes(received);
    }
  };
  await withTimeout(readAll(), FILE_TIMEOUT_MS, `${FILE_TIMEOUT_MS / 1000} 秒以内に読み終わりませんでした`);
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** manifest.json once per URL (at 1M rows it lists thousands of partition files). */
const manifests = new Map<string, Promise<Manifest>>();
function fetchManifest(absolute: string): Promise<Manifest> {
  let m = manifests.get(absolute);
  if (!m) {
    m = (async () => {
      const response = await withTimeout(fetch(absolute), MANIFEST_TIMEOUT_MS, 'manifest.json を 15 秒以内に取得できませんでした');
      if (!response.ok) throw new Error(`manifest.json を取得できませんでした: HTTP ${response.status}`);
      return parseManifest(await response.json());
    })();
    manifests.set(absolute, m);
    m.catch(() => manifests.delete(absolute));
  }
  return m;
}

/** Inserts through the engine once it is up: downloads need not wait for it. One start attempt per load. */
function sinkAfter(engine: Promise<Engine>): TableSink {
  return {
    insertArrowIPC: async (table, bytes, create, expectedRows) => sinkFor((await engine).conn).insertArrowIPC(table, bytes, create, expectedRows),
    dropTable: async (table) => sinkFor((await engine).conn).dropTable(table)
  };
}

/**
 * Fetches manifest.json and inserts each requested table's Arrow files (all tables by default, in the
 * order asked). The manifest and the first files download while DuckDB starts. Idempotent: tables
 * already loaded are skipped. Without `onTable`, rejects with an Error naming the bad file; with it,
 * each table's outcome is reported there and the others still load. Resolves with the names loaded.
 */
export function loadTablesFromManifest(
  manifestUrl: string,
  tableNames?: readonly TableName[],
  onProgress?: (progress: LoadProgress) => void,
  onTable?: LoadOptions['onTable'],
  byPartition = false
): Promise<TableName[]> {
  const run = async (): Promise<TableName[]> => {
    const absolute = new URL(manifestUrl, globalThis.location?.href).href;
    const engine = getEngine();
    engine.catch(() => undefined); // reported through the inserts that need it
    const manifest = await fetchManifest(absolute);
    return loadManifestTables(manifest, absolute, { fetchBytes, sink: sinkAfter(engine), onProgress, sha256: sha256OffMainThread }, loadedTables, tableNames, { onTable, byPartition });
  };
  const next = loadQueue.then(run, run);
  loadQueue = next.catch(() => undefined);
  return next;
}

/**
 * The loader of the manifest's partitioned tables (which loadTablesFromManifest(…, byPartition) only
 * created): queries call ensure() with the tables and scope they read.
 */
export async function createPartitionLoader(
  manifestUrl: string,
  onProgress: (progress: LoadProgress) => void,
  onIdle: () => void
): Promise<PartitionLoader> {
  const absolute = new URL(manifestUrl, globalThis.location?.href).href;
  const manifest = await fetchManifest(absolute);
  const engine = getEngine();
  engine.catch(() => undefined); // reported through the inserts that need it
  return new PartitionLoader(manifest, absolute, {
    fetchBytes,
    sink: sinkAfter(engine),
    sha256: sha256OffMainThread,
    onProgress,
    onIdle,
    query: (sql, params) => browserConnector.query(sql, params)
  });
}

/** Creates zero-row tables for schema tables that are not there (so queries run on a partial load). */
export async function createMissingTables(): Promise<void> {
  const { conn } = await getEngine();
  for (const name of Object.keys(TABLES) as TableName[]) {
    if (!(await tableExists(conn, name))) await insertArrow(conn, name, emptyTableIPC(name), true);
  }
}

/**
 * Appends rows (a plan imported in the browser) through Arrow IPC. Afterwards call the query runner's
 * clear(): cached results no longer match the tables.
 */
export async function registerRows(tableName: TableName, rows: readonly Row[]): Promise<void> {
  if (!isTableName(tableName)) throw new Error(`不明なテーブル ${tableName}`);
  const { conn } = await getEngine();
  const bytes = rowsToArrowIPC(TABLES[tableName], rows);
  await insertArrow(conn, tableName, bytes, !(await tableExists(conn, tableName)));
}

/** Appends an Arrow stream to a table; `create` makes the table first (with its storage hints). */
async function insertArrow(conn: AsyncDuckDBConnection, table: TableName, bytes: Uint8Array, create: boolean, expectedRows = 0): Promise<void> {
  if (!create) {
    await conn.insertArrowFromIPCStream(bytes, { name: table, create: false });
    return;
  }
  await forgetPrepared(conn);
  await createTableFromArrow(creatingEngineOf(conn), table, bytes, expectedRows);
}
