/**
 * manifest.json → tables, independent of the engine (the browser wires fetch + duckdb-wasm; tests wire
 * a fake fetch + the Node engine). Stops at the first bad file with an Error naming it; tables loaded
 * before stay; the half-loaded table is dropped so no query sees part of it.
 */
import type { Manifest, ManifestFile, ManifestTable } from '../tables/manifest';
import { RecordBatchReader } from 'apache-arrow';
import { rowsToArrowIPC } from '../tables/arrow';
import { TABLES, type TableName } from '../tables/schema';
import { arrowFiles, isLoadedByPartition } from './partitions';
import { sha256OnThisThread, type Sha256 } from './sha256';

export interface LoadProgress {
  table: TableName;
  /** Bytes received so far over all requested tables. */
  loadedBytes: number;
  totalBytes: number;
}

export interface TableSink {
  /**
   * Inserts Arrow IPC stream bytes; `create` for a table's first file, with the rows the whole table
   * will hold (the manifest's count; table-storage.ts chooses how to store big tables).
   */
  insertArrowIPC(table: TableName, bytes: Uint8Array, create: boolean, expectedRows?: number): Promise<void>;
  dropTable(table: TableName): Promise<void>;
}

export interface LoadDeps {
  /** Fetches one file (URL already resolved); reports bytes as they arrive. */
  fetchBytes(url: string, onBytes: (received: number) => void): Promise<Uint8Array>;
  sink: TableSink;
  onProgress?: (progress: LoadProgress) => void;
  /** Computes a file's SHA-256 (default: on this thread). */
  sha256?: Sha256;
}

export function isTableName(name: string): name is TableName {
  return Object.prototype.hasOwnProperty.call(TABLES, name);
}

export function parseManifest(value: unknown): Manifest {
  const m = value as Partial<Manifest> | null;
  if (!m || m.version !== 1 || !Array.isArray(m.tables)) {
    throw new Error('manifest.json の形式が正しくありません（version 1 の tables が必要です）');
  }
  return m as Manifest;
}

/**
 * Reads only the stream's schema: duckdb-wasm silently ignores bytes that are not Arrow (an HTML error
 * page served with 200), and a stale file from an older schema would break queries later.
 */
export function checkArrowSchema(table: TableName, bytes: Uint8Array): void {
  let names: string[] | undefined;
  try {
    const reader = RecordBatchReader.from(bytes);
    reader.open();
    names = reader.schema?.fields.map((f) => f.name);
  } catch {
    names = undefined;
  }
  if (!names) throw new Error('Arrow IPC ストリームではありません');
  const missing = TABLES[table].columns.map((c) => c.name).filter((c) => !names.includes(c));
  if (missing.length > 0) throw new Error(`列 ${missing.join(', ')} がありません（古いデータの可能性があります）`);
}

/** Zero-row Arrow IPC with the schema's columns: creates a table that queries can join on. */
export function emptyTableIPC(name: TableName): Uint8Array {
  return rowsToArrowIPC(TABLES[name], []);
}

/**
 * The checks every file passes before it reaches the database: the manifest's SHA-256 (computed by
 * `sha256`: here, or in the browser's hashing worker), then the Arrow schema.
 */
export async function checkArrowFile(table: TableName, file: ManifestFile, bytes: Uint8Array, sha256: Sha256 = sha256OnThisThread): Promise<void> {
  const hash = await sha256(bytes);
  if (hash !== null && file.sha256 && hash !== file.sha256) throw new Error('SHA-256 が manifest と一致しません');
  checkArrowSchema(table, bytes);
}

/** Files fetched ahead of the one being inserted: the network works while DuckDB inserts. */
export const PREFETCH_FILES = 4;

export interface LoadOptions {
  /**
   * Called after each table: with null when it is in, or with the Error naming its bad file. When
   * given, a bad table is reported here and loading goes on with the next one; without it, the first
   * bad file rejects the whole load.
   */
  onTable?: (table: TableName, error: Error | null) => void | Promise<void>;
  /**
   * Tables loaded partition by partition (partitions.ts) are only created here, empty; their files are
   * left to a PartitionLoader, which fetches what each query needs.
   */
  byPartition?: boolean;
}

/**
 * Loads the requested tables (all manifest tables by default; in the order asked) not loaded yet;
 * returns the names loaded. Files are fetched up to PREFETCH_FILES ahead, across tables, and inserted
 * in order, each checked (SHA-256, Arrow schema) before it reaches the database.
 */
export async function loadManifestTables(
  manifest: Manifest,
  manifestUrl: string,
  deps: LoadDeps,
  alreadyLoaded: Set<TableName>,
  tableNames?: readonly TableName[],
  options: LoadOptions = {}
): Promise<TableName[]> {
  const missing = (tableNames ?? []).filter((n) => !manifest.tables.some((t) => t.name === n));
  if (missing.length > 0) throw new Error(`manifest.json にテーブル ${missing.join(', ')} がありません`);
  const order = tableNames ?? manifest.tables.map((t) => t.name);
  const wanted = order
    .map((name) => manifest.tables.find((t) => t.name === name))
    .filter((t): t is ManifestTable => !!t && isTableName(t.name) && !alreadyLoaded.has(t.name));

  const filesOf = (t: ManifestTable) => (options.byPartition && isLoadedByPartition(t) ? [] : arrowFiles(t));
  const allFiles = wanted.flatMap(filesOf);
  const totalBytes = allFiles.reduce((sum, f) => sum + f.bytes, 0);
  const received = new Array<number>(allFiles.length).fill(0);
  let receivedTotal = 0;
  const setReceived = (k: number, bytes: number) => {
    receivedTotal += bytes - received[k];
    received[k] = bytes;
    report();
  };
  let table: TableName = wanted[0]?.name ?? 'plans';
  const report = () => deps.onProgress?.({ table, loadedBytes: receivedTotal, totalBytes });
  const fetches: Promise<Uint8Array>[] = [];
  const fetchAhead = (upTo: number) => {
    for (let k = fetches.length; k < Math.min(upTo, allFiles.length); k++) {
      const url = new URL(allFiles[k].path, manifestUrl).href;
      fetches[k] = deps.fetchBytes(url, (bytes) => setReceived(k, bytes));
      fetches[k].catch(() => undefined); // awaited (and reported) in order below
    }
  };

  const loaded: TableName[] = [];
  let k = 0;
  for (const t of wanted) {
    table = t.name;
    const files = filesOf(t);
    const first = k;
    k += files.length;
    let failure: Error | null = null;
    if (files.length === 0) {
      // A table the build wrote no rows for (or one loaded by partition) still has to exist, or every join on it fails.
      await deps.sink.insertArrowIPC(t.name, emptyTableIPC(t.name), true, t.rows);
    }
    for (const [i, file] of files.entries()) {
      fetchAhead(first + i + 1 + PREFETCH_FILES);
      try {
        const bytes = await fetches[first + i];
        await checkArrowFile(t.name, file, bytes, deps.sha256);
        await deps.sink.insertArrowIPC(t.name, bytes, i === 0, t.rows);
        setReceived(first + i, file.bytes);
      } catch (cause) {
        if (i > 0) await deps.sink.dropTable(t.name).catch(() => undefined);
        const reason = cause instanceof Error ? cause.message : String(cause);
        failure = new Error(`データファイル ${file.path}（テーブル ${t.name}）を読み込めませんでした: ${reason}`, { cause });
        break;
      }
    }
    if (failure) {
      if (!options.onTable) throw failure;
      await options.onTable(t.name, failure);
      continue;
    }
    alreadyLoaded.add(t.name);
    loaded.push(t.name);
    await options.onTable?.(t.name, null);
  }
  return loaded;
}
