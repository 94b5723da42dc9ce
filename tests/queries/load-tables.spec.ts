/** manifest.json → tables, with the Node engine as the sink and an in-memory "server". */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeDuckDB, type NodeDuckDB } from '../../src/lib/db/duckdb-node';
import { loadManifestTables, parseManifest, PREFETCH_FILES, type LoadProgress, type TableSink } from '../../src/lib/db/load-tables';
import { coverageMatrix, createQueryRunner } from '../../src/lib/queries';
import { rowsToArrowIPC } from '../../src/lib/tables/arrow';
import type { Manifest, ManifestFile } from '../../src/lib/tables/manifest';
import { TABLES, type TableName } from '../../src/lib/tables/schema';
import { FIXTURE_TABLES, S20_FACTS } from '../fixtures/tables/ward-plans';

const BASE = 'https://example.test/data/manifest.json';

interface Served {
  manifest: Manifest;
  files: Map<string, Uint8Array>;
}

function fileEntry(path: string, bytes: Uint8Array, rows: number): ManifestFile {
  return { format: 'arrow', path, bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex'), rows, partition: null };
}

/** Every fixture table as one file, except initiatives: two partitions (one per plan). */
function serveFixture(): Served {
  const files = new Map<string, Uint8Array>();
  const tables = (Object.keys(FIXTURE_TABLES) as TableName[]).map((name) => {
    const rows = FIXTURE_TABLES[name];
    const parts = name === 'initiatives' ? [rows.slice(0, 4), rows.slice(4)] : [rows];
    const entries = parts.map((partRows, k) => {
      const path = parts.length > 1 ? `${name}/part-${k + 1}.arrow` : `${name}.arrow`;
      const bytes = rowsToArrowIPC(TABLES[name], partRows);
      files.set(new URL(path, BASE).href, bytes);
      return fileEntry(path, bytes, partRows.length);
    });
    const parquet: ManifestFile = { format: 'parquet', path: `${name}.parquet`, bytes: 1, sha256: '', rows: rows.length, partition: null };
    return { name, rows: rows.length, content_hash: 'x', files: [...entries, parquet] };
  });
  return { manifest: { version: 1, generated_at: '2026-01-01T00:00:00Z', data_date: null, synthetic: false, tables }, files };
}

function fakeFetch(served: Served, fetched: string[] = []) {
  return async (url: string, onBytes: (n: number) => void): Promise<Uint8Array> => {
    fetched.push(url);
    const bytes = served.files.get(url);
    if (!bytes) throw new Error('HTTP 404');
    onBytes(Math.floor(bytes.byteLength / 2));
    onBytes(bytes.byteLength);
    return bytes;
  };
}

let db: NodeDuckDB;
beforeEach(async () => {
  db = await createNodeDuckDB();
});
afterEach(() => db.close());

const count = async (table: string) => (await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))[0].n;

describe('loadManifestTables', () => {
  it('loads every table (partitions appended), reports progress up to the total, never fetches Parquet', async () => {
    const served = serveFixture();
    const progress: LoadProgress[] = [];
    const fetched: string[] = [];
    const loaded = await loadManifestTables(served.manifest, BASE, { fetchBytes: fakeFetch(served, fetched), sink: db, onProgress: (p) => progress.push(p) }, new Set());
    expect(loaded).toEqual(Object.keys(FIXTURE_TABLES));
    expect(await count('initiatives')).toBe(6);
    expect(await count('plans')).toBe(5);
    expect(fetched.some((u) => u.endsWith('.parquet'))).toBe(false);
    const total = [...served.files.values()].reduce((s, b) => s + b.byteLength, 0);
    expect(progress.every((p) => p.totalBytes === total)).toBe(true);
    expect(progress.map((p) => p.loadedBytes)).toEqual([...progress.map((p) => p.loadedBytes)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ table: Object.keys(FIXTURE_TABLES).at(-1), loadedBytes: total, totalBytes: total });
  });

  it('tells the sink, when it creates a table, how many rows the manifest says the table holds', async () => {
    const served = serveFixture();
    const initiatives = served.manifest.tables.find((t) => t.name === 'initiatives');
    if (!initiatives) throw new Error('fixture without initiatives');
    initiatives.rows = 250_000; // as a national build would say; the files hold the fixture's rows
    const creates: [TableName, number | undefined][] = [];
    const sink: TableSink = {
      insertArrowIPC: async (table, bytes, create, expectedRows) => {
        if (create) creates.push([table, expectedRows]);
        await db.insertArrowIPC(table, bytes, create, expectedRows);
      },
      dropTable: (table) => db.dropTable(table)
    };
    await loadManifestTables(served.manifest, BASE, { fetchBytes: fakeFetch(served), sink }, new Set(), ['plans', 'initiatives']);
    expect(creates).toEqual([
      ['plans', FIXTURE_TABLES.plans.length],
      ['initiatives', 250_000]
    ]);
    expect(await count('initiatives')).toBe(FIXTURE_TABLES.initiatives.length);
  });

  it('loads only the tables asked for, and skips tables already loaded', async () => {
    const served = serveFixture();
    const done = new Set<TableName>();
    const fetched: string[] = [];
    expect(await loadManifestTables(served.manifest, BASE, { fetchBytes: fakeFetch(served, fetched), sink: db }, done, ['plans', 'tags'])).toEqual(['plans', 'tags']);
    expect(await db.tableNames()).toEqual(['plans', 'tags']);
    expect(await loadManifestTables(served.manifest, BASE, { fetchBytes: fakeFetch(served, fetched), sink: db }, done, ['plans'])).toEqual([]);
    expect(fetched).toHaveLength(2);
  });

  it('names a missing file, keeps the tables loaded before it and drops the half-loaded one', async () => {
    const served = serveFixture();
    served.files.delete(new URL('initiatives/part-2.arrow', BASE).href);
    const done = new Set<TableName>();
    const attempt = loadManifestTables(served.manifest, BASE, { fetchBytes: fakeFetch(served), sink: db }, done);
    await expect(attempt).rejects.toThrow(/initiatives\/part-2\.arrow.*HTTP 404/);
    expect([...done]).toEqual(['plans', 'pillars']);
    expect(await db.tableNames()).toEqual(['pillars', 'plans']);
    expect(await count('plans')).toBe(5);
  });

  it('with onTable, reports a bad table and still loads the ones after it, in the order asked', async () => {
    const served = serveFixture();
    served.files.delete(new URL('initiatives/part-2.arrow', BASE).href);
    const reports: [string, string | null][] = [];
    const loaded = await loadManifestTables(
      served.manifest,
      BASE,
      { fetchBytes: fakeFetch(served), sink: db },
      new Set(),
      ['tags', 'initiatives', 'plans'],
      { onTable: (name, error) => void reports.push([name, error ? error.message : null]) }
    );
    expect(loaded).toEqual(['tags', 'plans']);
    expect(reports.map(([n]) => n)).toEqual(['tags', 'initiatives', 'plans']);
    expect(reports[1][1]).toMatch(/initiatives\/part-2\.arrow.*HTTP 404/);
    expect(await db.tableNames()).toEqual(['plans', 'tags']);
  });

  it('fetches a few files ahead of the one being inserted (across tables), never all at once', async () => {
    const served = serveFixture();
    let inFlight = 0;
    let most = 0;
    const slowFetch = async (url: string, onBytes: (n: number) => void) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return fakeFetch(served)(url, onBytes);
    };
    await loadManifestTables(served.manifest, BASE, { fetchBytes: slowFetch, sink: db }, new Set());
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(PREFETCH_FILES + 1);
  });

  it('names a corrupt file: bytes that do not match the manifest hash', async () => {
    const served = serveFixture();
    const url = new URL('tags.arrow', BASE).href;
    const bytes = served.files.get(url) as Uint8Array;
    served.files.set(url, bytes.slice(0, bytes.byteLength - 8));
    await expect(loadManifestTables(served.manifest, BASE, { fetchBytes: fakeFetch(served), sink: db }, new Set())).rejects.toThrow(/tags\.arrow.*SHA-256/);
  });

  it('names a corrupt file: bytes that are not Arrow at all', async () => {
    const served = serveFixture();
    const garbage = new TextEncoder().encode('<html>not arrow</html>');
    served.files.set(new URL('plans.arrow', BASE).href, garbage);
    const entry = served.manifest.tables[0].files[0];
    Object.assign(entry, fileEntry(entry.path, garbage, 0));
    await expect(loadManifestTables(served.manifest, BASE, { fetchBytes: fakeFetch(served), sink: db }, new Set())).rejects.toThrow(/plans\.arrow.*Arrow IPC/);
    expect(await db.tableNames()).toEqual([]);
  });

  it('names a file whose columns do not match the schema (a stale build)', async () => {
    const served = serveFixture();
    const stale = rowsToArrowIPC({ name: 'tags', columns: TABLES.tags.columns.filter((c) => c.name !== 'label_en') }, []);
    served.files.set(new URL('tags.arrow', BASE).href, stale);
    const entry = served.manifest.tables.find((t) => t.name === 'tags')!.files[0];
    Object.assign(entry, fileEntry(entry.path, stale, 0));
    await expect(loadManifestTables(served.manifest, BASE, { fetchBytes: fakeFetch(served), sink: db }, new Set(), ['tags'])).rejects.toThrow(/tags\.arrow.*label_en/);
  });

  it('creates an empty table for a table listed without Arrow files, and refuses unknown table requests', async () => {
    const served = serveFixture();
    const mentions = served.manifest.tables.find((t) => t.name === 'plan_mentions');
    if (mentions) mentions.files = [];
    await loadManifestTables(served.manifest, BASE, { fetchBytes: fakeFetch(served), sink: db }, new Set(), ['plan_mentions']);
    expect(await count('plan_mentions')).toBe(0);
    served.manifest.tables = served.manifest.tables.filter((t) => t.name !== 'tags');
    await expect(loadManifestTables(served.manifest, BASE, { fetchBytes: fakeFetch(served), sink: db }, new Set(), ['tags'])).rejects.toThrow(/tags/);
  });

  it('rejects a manifest of another format', () => {
    expect(() => parseManifest({ version: 2, tables: [] })).toThrow(/manifest\.json/);
    expect(parseManifest(serveFixture().manifest).version).toBe(1);
  });
});

describe('registerRows (imported plans) and the cache', () => {
  it('appends rows; the runner shows them after clear()', async () => {
    const served = serveFixture();
    await loadManifestTables(served.manifest, BASE, { fetchBytes: fakeFetch(served), sink: db }, new Set());
    const runner = createQueryRunner(db);
    const sakae2020 = async () => (await runner.run(coverageMatrix, {})).find((c) => c.ward === '栄区' && c.fiscal_year === 2020);
    expect(await sakae2020()).toMatchObject({ coverage: 'partial', plan_id: S20_FACTS, plan_count: 1 });
    const imported = { ...FIXTURE_TABLES.plans[4], plan_id: '14118-2020-import-deadbeef', coverage: 'full', origin: 'imported', source_kind: 'imported' };
    await db.registerRows('plans', [imported]);
    expect(await count('plans')).toBe(6);
    expect(await sakae2020()).toMatchObject({ coverage: 'partial', plan_count: 1 }); // cached until told
    runner.clear();
    expect(await sakae2020()).toMatchObject({ coverage: 'full', plan_id: '14118-2020-import-deadbeef', plan_count: 2 });
  });

  it('creates the table when it is not there yet', async () => {
    await db.registerRows('plan_mentions', [{ plan_id: 'p', name: '名前', marker: null }]);
    expect(await db.query('SELECT plan_id, name, marker FROM plan_mentions')).toEqual([{ plan_id: 'p', name: '名前', marker: null }]);
  });
});
