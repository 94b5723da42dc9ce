/**
 * The focus cube must answer exactly what the SQL queries answer (rows, values, order), for any filter
 * it accepts: checked on the fixture tables, the real shipped plans (collected from data/) and a
 * synthetic two-city set, over hand-picked and random filters.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTables } from '../../bench/generate/generate';
import { collectTables } from '../../src/build/collect-tables';
import { createNodeDuckDB, type NodeDuckDB } from '../../src/lib/db/duckdb-node';
import { emptyFilters, STATUSES, type Filters } from '../../src/lib/filters/filters';
import { assembleFocusCube, compareCodePoints, cubeAnswers, focusFromCube, type FocusCube } from '../../src/lib/focus/cube';
import { createQueryRunner, markerCountsByWard, themeCooccurrence, themeCountsByWard, type QueryRunner } from '../../src/lib/queries';
import { focusCubeBits, focusCubeMarkerLabels, focusCubePlans, focusCubeRows } from '../../src/lib/queries/focus-cube';
import { TABLE_NAMES, type Row, type TableName } from '../../src/lib/tables/schema';
import { loadFixtureDb } from '../fixtures/tables/load-fixture';

interface Dataset {
  db: NodeDuckDB;
  runner: QueryRunner;
  cube: FocusCube;
  wards: string[];
  years: number[];
  themes: string[];
  markers: string[];
}

async function datasetOf(db: NodeDuckDB): Promise<Dataset> {
  const runner = createQueryRunner(db);
  const [plans, bits, labels, rows] = await Promise.all([
    runner.run(focusCubePlans, {}),
    runner.run(focusCubeBits, {}),
    runner.run(focusCubeMarkerLabels, {}),
    runner.run(focusCubeRows, {})
  ]);
  const cube = assembleFocusCube(plans, bits, labels, rows);
  if (!cube) throw new Error('no cube');
  const values = async (sql: string) => (await db.query<{ v: string | number }>(sql)).map((r) => r.v);
  return {
    db,
    runner,
    cube,
    // Bare ward names (every city's) and city-qualified keys (ward-key.ts).
    wards: (await values("SELECT DISTINCT ward AS v FROM plans UNION SELECT DISTINCT city || '|' || ward FROM plans ORDER BY 1")) as string[],
    years: (await values('SELECT DISTINCT fiscal_year::INTEGER AS v FROM plans ORDER BY 1')) as number[],
    themes: cube.themes.map((t) => t.slug),
    markers: cube.markers
  };
}

async function dbOfTables(tables: Record<TableName, Row[]>): Promise<NodeDuckDB> {
  const db = await createNodeDuckDB();
  for (const name of TABLE_NAMES) if (tables[name].length > 0) await db.registerRows(name, tables[name]);
  await db.createMissingTables();
  return db;
}

const sets: Record<string, Dataset> = {};
beforeAll(async () => {
  sets.fixture = await datasetOf(await loadFixtureDb());
  sets.shipped = await datasetOf(await dbOfTables((await collectTables(join(process.cwd(), 'data'))).tables));
  sets.synthetic = await datasetOf(await dbOfTables(generateTables(12_000, 7).tables));
}, 120_000);
afterAll(() => Object.values(sets).forEach((s) => s.db.close()));

async function expectSameAsSql(set: Dataset, f: Filters) {
  const [themeCounts, markerCounts, pairs] = await Promise.all([
    set.runner.run(themeCountsByWard, f),
    set.runner.run(markerCountsByWard, f),
    set.runner.run(themeCooccurrence, f)
  ]);
  const fromCube = focusFromCube(set.cube, f);
  expect(fromCube.themeCounts).toEqual(themeCounts);
  expect(fromCube.markerCounts).toEqual(markerCounts);
  expect(fromCube.pairs).toEqual(pairs);
}

describe('the datasets are worth comparing on', () => {
  it('have wards of several cities, themes, markers and pairs', () => {
    const { synthetic, shipped } = sets;
    expect(new Set(synthetic.cube.plans.map((p) => p.city)).size).toBeGreaterThan(1);
    for (const s of [synthetic, shipped]) {
      const all = focusFromCube(s.cube, emptyFilters());
      expect(all.themeCounts.some((r) => r.count > 0)).toBe(true);
      expect(all.markerCounts.length).toBeGreaterThan(0);
      expect(all.pairs.length).toBeGreaterThan(0);
    }
  });
});

describe.each(['fixture', 'shipped', 'synthetic'])('cube = SQL on the %s tables', (name) => {
  it('with no filter and with each single filter', async () => {
    const s = sets[name];
    await expectSameAsSql(s, emptyFilters());
    await expectSameAsSql(s, { ...emptyFilters(), wards: [s.wards[0]] });
    await expectSameAsSql(s, { ...emptyFilters(), wards: [s.wards.find((w) => w.includes('|')) as string] });
    await expectSameAsSql(s, { ...emptyFilters(), years: s.years.slice(-2) });
    await expectSameAsSql(s, { ...emptyFilters(), themes: [s.themes[0]] });
    await expectSameAsSql(s, { ...emptyFilters(), markers: [s.markers[0]] });
    await expectSameAsSql(s, { ...emptyFilters(), statuses: ['new'] });
    await expectSameAsSql(s, { ...emptyFilters(), themes: ['no-such-theme'] });
    await expectSameAsSql(s, { ...emptyFilters(), wards: ['存在しない区'] });
  });

  it('with random combinations of filters', async () => {
    const s = sets[name];
    const some = <T>(values: T[]) => fc.subarray(values, { maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          wards: some(s.wards),
          years: some(s.years),
          themes: some(s.themes),
          markers: some([...s.markers, 'X']),
          statuses: some([...STATUSES])
        }),
        async (patch) => expectSameAsSql(s, { ...emptyFilters(), ...patch })
      ),
      { numRuns: 15 }
    );
  });
});

describe('what the cube leaves to SQL', () => {
  it('does not answer free text or pillar filters', () => {
    expect(cubeAnswers(emptyFilters())).toBe(true);
    expect(cubeAnswers({ ...emptyFilters(), q: '子育て' })).toBe(false);
    expect(cubeAnswers({ ...emptyFilters(), pillars: ['p1'] })).toBe(false);
  });
  it('refuses to be built when a tag has no bit', () => {
    const bit = { kind: 'marker' as const, bit: 31, key: 'Z', label_ja: null, label_en: null };
    expect(assembleFocusCube([], [bit], [], [])).toBeNull();
  });
});

describe('compareCodePoints (DuckDB orders text by code point)', () => {
  it('orders a character beyond the BMP after U+FF5E, unlike UTF-16 comparison', () => {
    const astral = '𠮷'; // U+20BB7, a surrogate pair in JS
    const fullwidth = '～'; // U+FF5E
    expect(astral < fullwidth).toBe(true); // UTF-16 code units: 0xD842 < 0xFF5E
    expect(compareCodePoints(astral, fullwidth)).toBeGreaterThan(0);
    expect(['b', 'a', 'ab', ''].sort(compareCodePoints)).toEqual(['', 'a', 'ab', 'b']);
  });
});
