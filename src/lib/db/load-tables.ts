/**
 * manifest.json → tables, independent of the engine (the browser wires fetch + duckdb-wasm; tests wire
 * a fake fetch + the Node engine). Stops at the first bad file with an Error naming it; tables loaded
 * before stay; the half-loaded table is dropped so no query sees part of it.
 */
import type { Manifest, ManifestFile, ManifestTable } from '../tables/manifest';
import { RecordBatchReader } from 'apache-arrow';
import { rowsToArrowIPC } from '../tables/arrow';
import { TABLES, type TableName } from '../tables/schema';

export interface LoadProgress {
  table: TableName;
  /** Bytes received so far over all requested tables. */
  loadedBytes: number;
  totalBytes: number;
}

export interface TableSink {
  /** Inserts Arrow IPC stream bytes; `create` for a table's first file. */
  insertArrowIPC(table: TableName, bytes: Uint8Array, create: boolean): Promise<void>;
  dropTable(table: TableName): Promise<void>;
}

export interface LoadDeps {
  /** Fetches one file (URL already resolved); reports bytes as they arrive. */
  fetchBytes(url: string, onBytes: (received: number) => void): Promise<Uint8Array>;
  sink: TableSink;
  onProgress?: (progress: LoadProgress) => void;
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

async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

function arrowFiles(table: ManifestTable): ManifestFile[] {
  return table.files.filter((f) => f.format === 'arrow');
}

/** Loads the requested tables (all manifest tables by default) not loaded yet; returns their names. */
export async function loadManifestTables(
  manifest: Manifest,
  manifestUrl: string,
  deps: LoadDeps,
  alreadyLoaded: Set<TableName>,
  tableNames?: readonly TableName[]
): Promise<TableName[]> {
  const wanted = manifest.tables.filter(
    (t) => isTableName(t.name) && !alreadyLoaded.has(t.name) && (!tableNames || tableNames.includes(t.name))
  );
  const missing = (tableNames ?? []).filter((n) => !manifest.tables.some((t) => t.name === n));
  if (missing.length > 0) throw new Error(`manifest.json にテーブル ${missing.join(', ')} がありません`);

  const totalBytes = wanted.reduce((sum, t) => sum + arrowFiles(t).reduce((s, f) => s + f.bytes, 0), 0);
  let doneBytes = 0;
  const loaded: TableName[] = [];
  for (const table of wanted) {
    const files = arrowFiles(table);
    if (files.length === 0) {
      // A table the build wrote no rows for still has to exist, or every join on it fails.
      await deps.sink.insertArrowIPC(table.name, emptyTableIPC(table.name), true);
    }
    for (const [i, file] of files.entries()) {
      const url = new URL(file.path, manifestUrl).href;
      try {
        const bytes = await deps.fetchBytes(url, (received) =>
          deps.onProgress?.({ table: table.name, loadedBytes: doneBytes + received, totalBytes })
        );
        const hash = await sha256Hex(bytes);
        if (hash !== null && file.sha256 && hash !== file.sha256) throw new Error('SHA-256 が manifest と一致しません');
        checkArrowSchema(table.name, bytes);
        await deps.sink.insertArrowIPC(table.name, bytes, i === 0);
        doneBytes += file.bytes;
        deps.onProgress?.({ table: table.name, loadedBytes: doneBytes, totalBytes });
      } catch (cause) {
        if (i > 0) await deps.sink.dropTable(table.name).catch(() => undefined);
        const reason = cause instanceof Error ? cause.message : String(cause);
        throw new Error(`データファイル ${file.path}（テーブル ${table.name}）を読み込めませんでした: ${reason}`, { cause });
      }
    }
    alreadyLoaded.add(table.name);
    loaded.push(table.name);
  }
  return loaded;
}
