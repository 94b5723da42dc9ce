/** Table creation with storage hints: the search text stays uncompressed, everything else as DuckDB likes. */
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createNodeDuckDB, type NodeDuckDB } from '../../src/lib/db/duckdb-node';
import {
  createTableFromArrow,
  hintedTableDDL,
  ROW_GROUP_ROWS,
  schemaOnlyIPC,
  STORAGE_HINTS_REFUSED,
  UNCOMPRESSED_COLUMNS,
  type CreatingEngine
} from '../../src/lib/db/table-storage';
import { arrowIPCToRows, rowsToArrowIPC } from '../../src/lib/tables/arrow';
import { TABLES, type Row } from '../../src/lib/tables/schema';
import { searchColumns } from '../../src/lib/text/search-bits';
import { FIXTURE_TABLES } from '../fixtures/tables/ward-plans';

describe('hintedTableDDL', () => {
  const columns = [
    { column_name: 'initiative_id', column_type: 'VARCHAR' },
    { column_name: 'description', column_type: 'VARCHAR' },
    { column_name: 'search_text', column_type: 'VARCHAR' },
    { column_name: 'source_lines', column_type: 'INTEGER[]' }
  ];

  it('stores only the hinted columns uncompressed, keeping names, order and types', () => {
    expect(UNCOMPRESSED_COLUMNS.initiatives).toEqual(expect.arrayContaining(['search_text', 'initiative_id']));
    expect(UNCOMPRESSED_COLUMNS.initiatives).not.toContain('description');
    expect(hintedTableDDL('initiatives', columns)).toBe(
      'CREATE TABLE "initiatives" ("initiative_id" VARCHAR USING COMPRESSION uncompressed, "description" VARCHAR, ' +
        '"search_text" VARCHAR USING COMPRESSION uncompressed, "source_lines" INTEGER[])'
    );
  });

  it('is null for a table without hints, or whose columns lack every hinted one', () => {
    expect(UNCOMPRESSED_COLUMNS.plans).toBeUndefined();
    expect(hintedTableDDL('plans', columns)).toBeNull();
    expect(hintedTableDDL('initiatives', [columns[1], columns[3]])).toBeNull();
  });

  it('quotes column names as identifiers', () => {
    const ddl = hintedTableDDL('initiatives', [...columns, { column_name: 'a"; DROP TABLE plans; --', column_type: 'VARCHAR' }]);
    expect(ddl).toContain('"a""; DROP TABLE plans; --" VARCHAR');
  });
});

describe('schemaOnlyIPC', () => {
  it('keeps every column of the stream and none of its rows', () => {
    const bytes = rowsToArrowIPC(TABLES.initiatives, FIXTURE_TABLES.initiatives);
    expect(arrowIPCToRows(bytes).length).toBeGreaterThan(0);
    const empty = schemaOnlyIPC(bytes);
    expect(arrowIPCToRows(empty)).toEqual([]);
    const fields = (ipc: Uint8Array) => tableFromIPC(ipc).schema.fields.map((f) => `${f.name}:${f.type}:${f.nullable}`);
    expect(fields(empty)).toEqual(fields(bytes));
    expect(fields(empty)).toHaveLength(TABLES.initiatives.columns.length);
  });
});

describe('createTableFromArrow', () => {
  /** Records what an engine is asked to do; DESCRIBE answers with the initiatives schema's columns. */
  function recordingEngine(): CreatingEngine & { calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      insertArrow(table, bytes, create) {
        calls.push(`insert ${table} ${arrowIPCToRows(bytes).length} rows${create ? ' create' : ''}`);
      },
      query(sql) {
        calls.push(sql.startsWith('CREATE TABLE') ? 'CREATE TABLE (hinted)' : sql);
        return sql.startsWith('DESCRIBE') ? TABLES.initiatives.columns.map((c) => ({ column_name: c.name, column_type: 'VARCHAR' })) : [];
      }
    };
  }
  const bytes = rowsToArrowIPC(TABLES.initiatives, FIXTURE_TABLES.initiatives);
  const n = FIXTURE_TABLES.initiatives.length;

  it.each([
    ['a table that fits one row group', 'initiatives', ROW_GROUP_ROWS, [`insert initiatives ${n} rows create`]],
    ['a table without hints, however big', 'plans', 10 * ROW_GROUP_ROWS, [`insert plans ${n} rows create`]],
    [
      'a hinted table bigger than one row group',
      'initiatives',
      ROW_GROUP_ROWS + 1,
      [
        'insert initiatives 0 rows create',
        'DESCRIBE "initiatives"',
        'BEGIN TRANSACTION',
        'DROP TABLE "initiatives"',
        'CREATE TABLE (hinted)',
        'COMMIT',
        `insert initiatives ${n} rows`
      ]
    ]
  ] as const)('%s', async (_label, table, expectedRows, calls) => {
    const engine = recordingEngine();
    await createTableFromArrow(engine, table, bytes, expectedRows);
    expect(engine.calls).toEqual(calls);
  });

  it('rolls back a refused CREATE, warns, and loads the rows into the table as DuckDB made it', async () => {
    const engine = recordingEngine();
    const query = engine.query;
    engine.query = (sql) => {
      if (sql.startsWith('CREATE TABLE')) throw new Error('no such compression');
      return query(sql);
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await createTableFromArrow(engine, 'initiatives', bytes, 2 * ROW_GROUP_ROWS);
      expect(engine.calls.slice(-3)).toEqual(['DROP TABLE "initiatives"', 'ROLLBACK', `insert initiatives ${n} rows`]);
      expect(warn).toHaveBeenCalledOnce();
      expect(String(warn.mock.calls[0][0])).toContain(STORAGE_HINTS_REFUSED);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('a refused hint in the Node engine', () => {
  it('leaves the table DuckDB created, with every row', async () => {
    const db = await createNodeDuckDB();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const refusing: CreatingEngine = {
        insertArrow: (table, ipc, create) => db.insertArrowIPC(table, ipc, create),
        query: (sql) => db.query(sql.replaceAll('USING COMPRESSION uncompressed', 'USING COMPRESSION nonsense'))
      };
      await createTableFromArrow(refusing, 'initiatives', rowsToArrowIPC(TABLES.initiatives, FIXTURE_TABLES.initiatives), 2 * ROW_GROUP_ROWS);
      expect(warn).toHaveBeenCalledOnce();
      const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM initiatives');
      expect(n).toBe(FIXTURE_TABLES.initiatives.length);
      expect((await db.query<{ column_name: string }>('DESCRIBE initiatives')).map((c) => c.column_name)).toEqual(TABLES.initiatives.columns.map((c) => c.name));
    } finally {
      warn.mockRestore();
      db.close();
    }
  });
});

/** Text that FSST compresses well and a dictionary does not (every row differs). */
function initiativeRow(k: number): Row {
  const description = `地域の子育て支援と見守り活動を進めます。第${k}号の取組として、区民の皆さまと連携します。`;
  return {
    initiative_id: `x-${k}`, plan_id: 'x', pillar_id: 'x-p1', position: k, sub_theme: null, title: `取組${k}`, program_name: null,
    description, status: 'continuing', status_basis: 'test', ...searchColumns([description]), reading_rank: k, recovered: false, source_lines: [k, k]
  };
}

describe('a loaded initiatives table (Node engine)', () => {
  let db: NodeDuckDB;
  // More than one row group (122,880 rows): DuckDB compresses full row groups when it checkpoints.
  const ROWS = 130_000;

  beforeAll(async () => {
    db = await createNodeDuckDB();
    const rows = Array.from({ length: ROWS }, (_, k) => initiativeRow(k));
    await db.insertArrowIPC('initiatives', rowsToArrowIPC(TABLES.initiatives, rows.slice(0, 1000)), true, ROWS);
    await db.insertArrowIPC('initiatives', rowsToArrowIPC(TABLES.initiatives, rows.slice(1000)), false);
    await db.query('CHECKPOINT');
  }, 120_000);
  afterAll(() => db?.close());

  const compressionOf = async (column: string) =>
    (
      await db.query<{ compression: string }>(
        "SELECT DISTINCT compression FROM pragma_storage_info('initiatives') WHERE column_name = ? AND segment_type = 'VARCHAR'",
        [column]
      )
    ).map((r) => r.compression);

  it('keeps the hinted columns uncompressed while DuckDB compresses the description', async () => {
    for (const column of UNCOMPRESSED_COLUMNS.initiatives ?? []) expect(await compressionOf(column)).toEqual(['Uncompressed']);
    expect(await compressionOf('search_text')).toEqual(['Uncompressed']);
    expect((await compressionOf('description')).some((c) => c !== 'Uncompressed')).toBe(true);
  });

  it('has every row, the first file’s included, and the schema’s columns in order', async () => {
    const [{ n, first }] = await db.query<{ n: number; first: string }>(
      "SELECT count(*)::INTEGER AS n, max(CASE WHEN initiative_id = 'x-0' THEN search_text END) AS first FROM initiatives"
    );
    expect(n).toBe(ROWS);
    expect(first).toBe(initiativeRow(0).search_text);
    const described = await db.query<{ column_name: string; column_type: string }>('DESCRIBE initiatives');
    expect(described.map((c) => c.column_name)).toEqual(TABLES.initiatives.columns.map((c) => c.name));
    const duckdbType = { string: 'VARCHAR', int: 'INTEGER', float: 'DOUBLE', bool: 'BOOLEAN', int_list: 'INTEGER[]' } as const;
    expect(described.map((c) => c.column_type)).toEqual(TABLES.initiatives.columns.map((c) => duckdbType[c.type]));
  });

  it('finds text in compressed and uncompressed row groups alike', async () => {
    const [{ n }] = await db.query<{ n: number }>("SELECT count(*)::INTEGER AS n FROM initiatives WHERE contains(search_text, '第129999号')");
    expect(n).toBe(1);
  });
});
