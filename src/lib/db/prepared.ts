/**
 * Shared by the browser (async) and Node (blocking) engines: prepare, bind, run, close. Awaiting a
 * plain value is harmless, so one helper serves both connection kinds.
 */
import type { Table } from 'apache-arrow';
import { arrowTableToRows } from './arrow-rows';
import type { QueryParam } from './connector';

interface StatementLike {
  query(...params: unknown[]): Table | Promise<Table>;
  close(): void | Promise<void>;
}
export interface ConnectionLike {
  prepare(sql: string): StatementLike | Promise<StatementLike>;
}

export async function runPrepared<T>(conn: ConnectionLike, sql: string, params: readonly QueryParam[] = []): Promise<T[]> {
  const statement = await conn.prepare(sql);
  try {
    return arrowTableToRows<T>(await statement.query(...params));
  } finally {
    await statement.close();
  }
}

/** Run before anything else: offline, an autoloaded extension download hangs instead of failing. */
export const DISABLE_EXTENSION_AUTOLOAD = 'SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;';
