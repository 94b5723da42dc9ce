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

/**
 * Prepared statements are kept per connection and SQL text (a filter change usually repeats the same
 * SQL with other values), so a repeat skips parsing, planning and two worker round trips. Any change
 * to the tables' definitions must call forgetPrepared (the loaders and registerRows do).
 */
const MAX_STATEMENTS = 100;
const statements = new WeakMap<ConnectionLike, Map<string, Promise<StatementLike>>>();

function cacheOf(conn: ConnectionLike): Map<string, Promise<StatementLike>> {
  let cache = statements.get(conn);
  if (!cache) statements.set(conn, (cache = new Map()));
  return cache;
}

async function closeQuietly(statement: Promise<StatementLike>): Promise<void> {
  try {
    await (await statement).close();
  } catch {
    /* a statement that failed to prepare has nothing to close */
  }
}

/** Closes and forgets the connection's prepared statements (after CREATE, DROP or a reload). */
export async function forgetPrepared(conn: ConnectionLike): Promise<void> {
  const cache = statements.get(conn);
  if (!cache) return;
  statements.delete(conn);
  await Promise.all([...cache.values()].map(closeQuietly));
}

/** Forgets the statements without closing them: for a connection whose database is being reset. */
export function discardPrepared(conn: ConnectionLike): void {
  statements.delete(conn);
}

/** How many statements are kept for the connection (tests, diagnosis). */
export function preparedCount(conn: ConnectionLike): number {
  return statements.get(conn)?.size ?? 0;
}

export async function runPrepared<T>(conn: ConnectionLike, sql: string, params: readonly QueryParam[] = []): Promise<T[]> {
  const cache = cacheOf(conn);
  let statement = cache.get(sql);
  const reused = statement !== undefined;
  if (statement) {
    cache.delete(sql); // re-inserted below: most recently used last
  } else {
    statement = Promise.resolve(conn.prepare(sql));
  }
  cache.set(sql, statement);
  while (cache.size > MAX_STATEMENTS) {
    const oldest = cache.keys().next().value as string;
    void closeQuietly(cache.get(oldest)!);
    cache.delete(oldest);
  }
  try {
    return arrowTableToRows<T>(await (await statement).query(...params));
  } catch (error) {
    if (cache.get(sql) === statement) cache.delete(sql);
    void closeQuietly(statement);
    // A kept statement can be stale in ways forgetPrepared did not see: prepare afresh once.
    if (reused) return runPrepared<T>(conn, sql, params);
    throw error;
  }
}

/** Run before anything else: offline, an autoloaded extension download hangs instead of failing. */
export const DISABLE_EXTENSION_AUTOLOAD = 'SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;';
