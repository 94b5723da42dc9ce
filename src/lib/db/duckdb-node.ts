/**
 * Node only (tests and tooling): the same duckdb-wasm engine as the browser, through its blocking Node
 * build, so a query that passes here runs the same way in the page. Never import this from the app.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Connector, QueryParam } from './connector';
import { emptyTableIPC, isTableName, type TableSink } from './load-tables';
import { DISABLE_EXTENSION_AUTOLOAD, discardPrepared, forgetPrepared, runPrepared } from './prepared';
import { createTableFromArrow, creatingEngineOf } from './table-storage';
import { rowsToArrowIPC } from '../tables/arrow';
import { TABLES, type Row, type TableName } from '../tables/schema';
import type * as DuckDBBlocking from '@duckdb/duckdb-wasm/blocking';

export interface NodeDuckDB extends Connector, TableSink {
  /** Inserts rows through Arrow IPC, exactly as the browser's registerRows does. */
  registerRows(table: TableName, rows: readonly Row[]): Promise<void>;
  /** Creates zero-row tables for every schema table not present yet. */
  createMissingTables(): Promise<void>;
  tableNames(): Promise<string[]>;
  close(): void;
}

const require = createRequire(import.meta.url);

export async function createNodeDuckDB(): Promise<NodeDuckDB> {
  const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs') as typeof DuckDBBlocking;
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') }
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open({}); // no cast options: see arrow-rows.ts
  const conn = db.connect();
  conn.query(DISABLE_EXTENSION_AUTOLOAD);

  const existing = (): string[] =>
    conn.query("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'").toArray().map((r) => String(r.table_name));

  const node: NodeDuckDB = {
    query<T>(sql: string, params?: readonly QueryParam[]) {
      return runPrepared<T>(conn, sql, params);
    },
    async insertArrowIPC(table, bytes, create, expectedRows = 0) {
      if (!isTableName(table)) throw new Error(`unknown table ${table}`);
      if (!create) return void conn.insertArrowFromIPCStream(bytes, { name: table, create: false });
      await forgetPrepared(conn);
      await createTableFromArrow(creatingEngineOf(conn), table, bytes, expectedRows);
    },
    async dropTable(table) {
      if (!isTableName(table)) throw new Error(`unknown table ${table}`);
      await forgetPrepared(conn);
      conn.query(`DROP TABLE IF EXISTS "${table}"`);
    },
    async registerRows(table, rows) {
      const create = !existing().includes(table);
      await node.insertArrowIPC(table, rowsToArrowIPC(TABLES[table], rows), create);
    },
    async createMissingTables() {
      const have = existing();
      for (const name of Object.keys(TABLES) as TableName[]) {
        if (!have.includes(name)) await node.insertArrowIPC(name, emptyTableIPC(name), true);
      }
    },
    async tableNames() {
      return existing().sort();
    },
    close() {
      discardPrepared(conn);
      conn.close();
      db.reset();
    }
  };
  return node;
}
