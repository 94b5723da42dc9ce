/**
 * reading_rank must order initiatives exactly as the list's ORDER BY does in DuckDB (READING_ORDER):
 * a bounded page is only right if it does. Checked against DuckDB itself, on rows built to hit the
 * differences between JavaScript's and DuckDB's string order (characters beyond U+FFFF, halfwidth
 * kana, prefixes, null ward codes), and on a synthetic set.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTables } from '../../bench/generate/generate';
import { createNodeDuckDB, type NodeDuckDB } from '../../src/lib/db/duckdb-node';
import { READING_ORDER } from '../../src/lib/queries/initiative-rows';
import { compareCodePoints, readingRanks } from '../../src/lib/tables/reading-rank';
import type { Row } from '../../src/lib/tables/schema';

describe('compareCodePoints', () => {
  const cases: Array<[string, string, number, string]> = [
    ['a', 'b', -1, 'plain ASCII'],
    ['', 'a', -1, 'empty first'],
    ['戸塚区', '戸塚', 1, 'a prefix first'],
    ['ｱ', '😀', -1, 'U+FF71 before U+1F600 (JavaScript’s < says the opposite)'],
    ['𠮷野家', '吉野家', 1, 'U+20BB7 after U+5409'],
    ['\uFFFF', '\u{10000}', -1, 'last BMP unit before the first astral character'],
    ['区', '区', 0, 'equal']
  ];
  it.each(cases)('%s vs %s → %i (%s)', (a, b, sign) => {
    expect(Math.sign(compareCodePoints(a, b))).toBe(sign);
    expect(Math.sign(compareCodePoints(b, a))).toBe(sign === 0 ? 0 : -sign);
  });

  it('agrees with UTF-8 byte order on any strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b))));
      }),
      { numRuns: 500, seed: 20261202 }
    );
  });
});

/** Plans, pillars and initiatives whose keys collide and differ where string orders disagree. */
function adversarialTables(seed: number): Record<'plans' | 'pillars' | 'initiatives', Row[]> {
  const names = ['戸塚区', '戸塚', 'ｱ区', '😀区', '𠮷区', '吉区', 'a', 'A', ''];
  const codes = ['14110', '14101', '1410', null, null];
  const [plansSpec] = fc.sample(
    fc.array(
      fc.record({
        code: fc.constantFrom(...codes),
        city: fc.constantFrom('横浜市', '川崎市', '😀市'),
        ward: fc.constantFrom(...names),
        year: fc.integer({ min: 2018, max: 2024 }),
        pillars: fc.array(fc.record({ position: fc.integer({ min: 1, max: 3 }), items: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 3 })
      }),
      { minLength: 40, maxLength: 40 }
    ),
    { numRuns: 1, seed }
  );
  const plans: Row[] = [];
  const pillars: Row[] = [];
  const initiatives: Row[] = [];
  plansSpec.forEach((spec, k) => {
    const plan_id = `p${k}`;
    plans.push({ plan_id, city: spec.city, ward: spec.ward, ward_code: spec.code, fiscal_year: spec.year });
    spec.pillars.forEach((pl, j) => {
      const pillar_id = `${plan_id}-p${j}`;
      pillars.push({ pillar_id, plan_id, position: pl.position });
      // Equal positions within a pillar on purpose: the id breaks the tie, as in SQL.
      pl.items.forEach((position, n) => initiatives.push({ initiative_id: `${pillar_id}-${n}${n % 2 ? '😀' : 'ｱ'}`, plan_id, pillar_id, position }));
    });
  });
  return { plans, pillars, initiatives };
}

let db: NodeDuckDB;
beforeAll(async () => {
  db = await createNodeDuckDB();
});
afterAll(() => db.close());

/** DuckDB's own ranks: row_number() over the list's reading order, from 0. */
async function duckdbRanks(tables: Record<'plans' | 'pillars' | 'initiatives', Row[]>): Promise<Map<string, number>> {
  const q = (s: string) => db.query<Record<string, unknown>>(s, []);
  // Tables of this spec's own (p, pl, i), not the product's.
  for (const t of ['p', 'pl', 'i']) await q(`DROP TABLE IF EXISTS ${t}`);
  await q('CREATE TABLE p (plan_id VARCHAR, city VARCHAR, ward VARCHAR, ward_code VARCHAR, fiscal_year INTEGER)');
  await q('CREATE TABLE pl (pillar_id VARCHAR, plan_id VARCHAR, position INTEGER)');
  await q('CREATE TABLE i (initiative_id VARCHAR, plan_id VARCHAR, pillar_id VARCHAR, position INTEGER)');
  const insert = async (table: string, rows: Row[], columns: string[]) => {
    for (let k = 0; k < rows.length; k += 500) {
      const chunk = rows.slice(k, k + 500);
      await db.query(`INSERT INTO ${table} VALUES ${chunk.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ')}`, chunk.flatMap((r) => columns.map((c) => r[c] as string | number | null)));
    }
  };
  await insert('p', tables.plans, ['plan_id', 'city', 'ward', 'ward_code', 'fiscal_year']);
  await insert('pl', tables.pillars, ['pillar_id', 'plan_id', 'position']);
  await insert('i', tables.initiatives, ['initiative_id', 'plan_id', 'pillar_id', 'position']);
  const rows = await q(`SELECT i.initiative_id, (row_number() OVER (ORDER BY ${READING_ORDER}) - 1)::INTEGER AS rk
    FROM i JOIN p ON p.plan_id = i.plan_id JOIN pl ON pl.pillar_id = i.pillar_id`);
  return new Map(rows.map((r) => [r.initiative_id as string, r.rk as number]));
}

function ranksById(tables: Record<'plans' | 'pillars' | 'initiatives', Row[]>): Map<string, number> {
  const ranks = readingRanks(tables);
  return new Map(tables.initiatives.map((r, k) => [r.initiative_id as string, ranks[k]]));
}

describe('readingRanks', () => {
  it.each([1, 2, 3])('equals DuckDB’s ORDER BY READING_ORDER on adversarial keys (seed %i)', async (seed) => {
    const tables = adversarialTables(seed);
    const ours = ranksById(tables);
    expect(new Set(ours.values()).size).toBe(tables.initiatives.length);
    expect(ours).toEqual(await duckdbRanks(tables));
  });

  it('equals DuckDB’s order on a synthetic set of several cities', async () => {
    const { tables } = generateTables(3000, 5);
    const picked = { plans: tables.plans, pillars: tables.pillars, initiatives: tables.initiatives };
    expect(ranksById(picked)).toEqual(await duckdbRanks(picked));
  });

  it('names the initiative whose plan or pillar is missing', () => {
    expect(() => readingRanks({ plans: [], pillars: [], initiatives: [{ initiative_id: 'x-1', plan_id: 'x', pillar_id: 'x-p1', position: 1 }, { initiative_id: 'x-2', plan_id: 'x', pillar_id: 'x-p1', position: 2 }] })).toThrow(/x-[12].*no plan x/);
  });
});

