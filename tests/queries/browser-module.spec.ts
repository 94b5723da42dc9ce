/** The browser DB module must be importable where there is no Worker and no window (SSR, prerender). */
import { describe, expect, it } from 'vitest';

describe('duckdb-browser module', () => {
  it('imports without a Worker or window and starts nothing on import', async () => {
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
    const db = await import('../../src/lib/db/duckdb-browser');
    expect(Object.keys(db).sort()).toEqual([
      'FILE_TIMEOUT_MS', 'MANIFEST_TIMEOUT_MS', 'QUERY_TIMEOUT_MS', 'STARTUP_TIMEOUT_MS', 'browserConnector',
      'createMissingTables', 'createPartitionLoader', 'getEngine', 'loadTablesFromManifest', 'registerRows'
    ]);
    expect(db.STARTUP_TIMEOUT_MS).toBe(30_000);
  });
});

describe('withTimeout', () => {
  it('rejects with the given message when the work is too slow, and passes results through otherwise', async () => {
    const { withTimeout } = await import('../../src/lib/db/timeout');
    await expect(withTimeout(new Promise(() => undefined), 10, 'DuckDB の起動に失敗しました')).rejects.toThrow('DuckDB の起動に失敗しました');
    await expect(withTimeout(Promise.resolve(42), 1000, 'x')).resolves.toBe(42);
  });
});
