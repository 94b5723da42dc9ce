/** The connector boundary: whatever DuckDB returns, callers get plain JS values. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDuckDB, type NodeDuckDB } from '../../src/lib/db/duckdb-node';

let db: NodeDuckDB;
beforeAll(async () => {
  db = await createNodeDuckDB();
});
afterAll(() => db.close());

describe('row normalisation', () => {
  it('turns integers of every width, decimals and doubles into numbers', async () => {
    const [row] = await db.query<Record<string, unknown>>(
      'SELECT 7::TINYINT AS t, 40000::INTEGER AS i, 9007199254740991::BIGINT AS b, 12::HUGEINT AS h, 1.25::DECIMAL(6,2) AS d, 0.5::DOUBLE AS f, count(*) AS c FROM range(3)'
    );
    expect(row).toEqual({ t: 7, i: 40000, b: 9007199254740991, h: 12, d: 1.25, f: 0.5, c: 3 });
    for (const v of Object.values(row)) expect(typeof v).toBe('number');
  });
  it('scales decimals and converts big integers inside structs and lists too', async () => {
    expect(
      await db.query("SELECT -1.25::DECIMAL(6,2) AS d, 1.5::DECIMAL(30,3) AS w, {'a': 1::BIGINT, 'b': 2.5::DECIMAL(6,2), 'c': 3::HUGEINT} AS st, [4::BIGINT] AS l, [0.75::DECIMAL(4,2)] AS ld, sum(2::BIGINT) AS s")
    ).toEqual([{ d: -1.25, w: 1.5, st: { a: 1, b: 2.5, c: 3 }, l: [4], ld: [0.75], s: 2 }]);
  });
  it('turns dates into YYYY-MM-DD and timestamps into ISO strings', async () => {
    expect(await db.query("SELECT DATE '2022-04-01' AS d, TIMESTAMP '2023-03-31 23:59:00' AS ts, NULL::DATE AS n")).toEqual([
      { d: '2022-04-01', ts: '2023-03-31T23:59:00.000Z', n: null }
    ]);
  });
  it('turns lists into arrays, structs into objects, nested all the way', async () => {
    const [row] = await db.query<Record<string, unknown>>(
      "SELECT [1, 2]::INTEGER[] AS li, ['戸塚区', NULL] AS ls, []::VARCHAR[] AS le, NULL::INTEGER[] AS ln, {'a': 1::BIGINT, 'b': [DATE '2022-04-01']} AS st, [{'x': 'y'}] AS lst, true AS bo"
    );
    expect(row).toEqual({ li: [1, 2], ls: ['戸塚区', null], le: [], ln: null, st: { a: 1, b: ['2022-04-01'] }, lst: [{ x: 'y' }], bo: true });
    expect(Array.isArray(row.li)).toBe(true);
    expect(Object.getPrototypeOf(row.st)).toBe(Object.prototype);
  });
  it('binds strings, numbers, booleans and null as parameters', async () => {
    expect(await db.query('SELECT ? AS s, ? + 1 AS n, ? AS b, ? IS NULL AS z', ["'; DROP TABLE x; --", 41, false, null])).toEqual([
      { s: "'; DROP TABLE x; --", n: 42, b: false, z: true }
    ]);
  });
  it('does not autoload extensions (offline they hang instead of failing)', async () => {
    expect(await db.query("SELECT current_setting('autoload_known_extensions') AS a, current_setting('autoinstall_known_extensions') AS i")).toEqual([
      { a: false, i: false }
    ]);
  });
});
