/**
 * How tables are created in DuckDB: from the first Arrow stream's schema, with the columns that queries
 * read for every row stored uncompressed. DuckDB compresses the full row groups of an in-memory table
 * (DICT_FSST for text) when it checkpoints, and decoding them is what made a search slow at 1M
 * initiatives. A table of one row group (122,880 rows) or less is never compressed, so only tables the
 * manifest says are bigger get the hints: at the shipped size the hinted table made filter changes and
 * searches slower in Chromium, for a reason not found (5 interleaved runs each, docs/scaling.md).
 * Measured in duckdb-wasm under Node on the 1M synthetic set (`npx tsx bench/profile/storage.ts hinted|compressed`):
 * - the list's search statement (initiative_list, the benchmark's four words): 1.7–2.0 s compressed,
 *   0.22–0.30 s with these columns uncompressed (the bare page's contains(): 0.16–0.21 s);
 * - with search_text alone uncompressed it took ~0.4 s: the matching rows' sort and join keys are
 *   read for every row too;
 * - memory: the set's tables took 0.92 GB compressed, 1.35 GB so.
 */
import { RecordBatchReader, Table, tableToIPC } from 'apache-arrow';
import type { TableName } from '../tables/schema';

/** Per table, the columns a search or a sort reads for every row: the folded text, the sort keys and join keys. */
export const UNCOMPRESSED_COLUMNS: Partial<Record<TableName, readonly string[]>> = {
  initiatives: ['search_text', 'title', 'initiative_id', 'plan_id', 'pillar_id']
};

export interface DescribedColumn {
  column_name: string;
  column_type: string;
}

const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * CREATE TABLE for `table` with the columns DuckDB gave it (DESCRIBE, in order), the hinted ones
 * stored uncompressed; null when the table has no hinted column.
 */
export function hintedTableDDL(table: TableName, columns: readonly DescribedColumn[]): string | null {
  const hinted = UNCOMPRESSED_COLUMNS[table];
  if (!hinted || !columns.some((c) => hinted.includes(c.column_name))) return null;
  const defs = columns.map(
    (c) => `${quoted(c.column_name)} ${c.column_type}${hinted.includes(c.column_name) ? ' USING COMPRESSION uncompressed' : ''}`
  );
  return `CREATE TABLE ${quoted(table)} (${defs.join(', ')})`;
}

/** The stream's schema with no rows: DuckDB maps the Arrow types, we only change the storage. */
export function schemaOnlyIPC(bytes: Uint8Array): Uint8Array {
  const reader = RecordBatchReader.from(bytes);
  reader.open();
  return tableToIPC(new Table(reader.schema), 'stream');
}

/** Rows in one DuckDB row group: DuckDB compresses only full row groups. */
export const ROW_GROUP_ROWS = 122_880;

/** What table creation needs from an engine (the browser's async connection or Node's blocking one). */
export interface CreatingEngine {
  insertArrow(table: TableName, bytes: Uint8Array, create: boolean): Promise<void> | void;
  query(sql: string): Promise<readonly Record<string, unknown>[]> | readonly Record<string, unknown>[];
}

/** The part of a duckdb-wasm connection (the browser's async one or Node's blocking one) used here. */
interface ArrowConnection {
  insertArrowFromIPCStream(bytes: Uint8Array, options: { name: string; create: boolean }): unknown;
  query(sql: string): ArrowRows | Promise<ArrowRows>;
}
interface ArrowRows {
  toArray(): { toJSON(): Record<string, unknown> }[];
}

/** The CreatingEngine of a connection. */
export function creatingEngineOf(conn: ArrowConnection): CreatingEngine {
  return {
    insertArrow: async (name, bytes, create) => void (await conn.insertArrowFromIPCStream(bytes, { name, create })),
    query: async (sql) => (await conn.query(sql)).toArray().map((row) => row.toJSON())
  };
}

/**
 * Creates `table` from an Arrow stream (its first file) and inserts its rows. A table with hinted
 * columns that will hold more than one row group (`expectedRows`, from the manifest) is created empty
 * from the stream's schema, re-created with the storage hints in one transaction, then filled, so
 * DuckDB still decides every column's type. The hints only make searches faster: if DuckDB refuses
 * them, the transaction is rolled back, the table stays as DuckDB made it, and a warning says so.
 */
export async function createTableFromArrow(engine: CreatingEngine, table: TableName, bytes: Uint8Array, expectedRows: number): Promise<void> {
  if (!UNCOMPRESSED_COLUMNS[table] || expectedRows <= ROW_GROUP_ROWS) return engine.insertArrow(table, bytes, true);
  await engine.insertArrow(table, schemaOnlyIPC(bytes), true);
  const columns = (await engine.query(`DESCRIBE ${quoted(table)}`)) as unknown as DescribedColumn[];
  const ddl = hintedTableDDL(table, columns);
  if (ddl) {
    try {
      await engine.query('BEGIN TRANSACTION');
      await engine.query(`DROP TABLE ${quoted(table)}`);
      await engine.query(ddl);
      await engine.query('COMMIT');
    } catch (error) {
      try {
        await engine.query('ROLLBACK');
      } catch {
        /* the failed statement may have ended the transaction already */
      }
      console.warn(`${STORAGE_HINTS_REFUSED}（${table}）`, error);
    }
  }
  await engine.insertArrow(table, bytes, false);
}

/** The warning when DuckDB refuses the storage hints (the data still loads; searches are slower). */
export const STORAGE_HINTS_REFUSED = '列の格納方法を指定できませんでした。DuckDB の既定のまま読み込みます';
