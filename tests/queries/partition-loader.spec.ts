/**
 * Per-view partition loading: which files a scope needs (pure), the loader against the Node engine, and
 * the contract every scoped named query keeps: answered with only its scope's partitions loaded, it
 * returns exactly what it returns with everything loaded (otherwise a view would show a subset as if it
 * were complete).
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTables, planOfInitiative } from '../../bench/generate/generate';
import type { PlanScope, QueryParam } from '../../src/lib/db/connector';
import { createNodeDuckDB, type NodeDuckDB } from '../../src/lib/db/duckdb-node';
import { loadManifestTables, type LoadProgress } from '../../src/lib/db/load-tables';
import { PartitionLoader } from '../../src/lib/db/partition-loader';
import { filesForPlans, isLoadedByPartition, partitionColumns, plansInScopeSql } from '../../src/lib/db/partitions';
import { emptyFilters, type Filters } from '../../src/lib/filters/filters';
import {
  comparePillars,
  comparePlans,
  createQueryRunner,
  goalAndPillarsByWard,
  initiativeCount,
  initiativeList,
  initiativesForMark,
  initiativesOfPlan,
  markerCountsByWard,
  pillarsOfPlan,
  statedFiguresByWardYear,
  statusByWardYear,
  themeByPlan,
  themeCooccurrence,
  themeCountsByWard,
  themeGaps,
  type NamedQuery
} from '../../src/lib/queries';
import { lineageItems } from '../../src/lib/queries/lineage';
import { tablesOf } from '../../src/lib/queries/tables-of';
import { rowsToArrowIPC } from '../../src/lib/tables/arrow';
import type { Manifest, ManifestFile, ManifestTable } from '../../src/lib/tables/manifest';
import { TABLES, type Row, type TableName } from '../../src/lib/tables/schema';

const BASE = 'https://example.test/data/manifest.json';
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

const file = (path: string, partition: ManifestFile['partition'], format: 'arrow' | 'parquet' = 'arrow'): ManifestFile => ({
  format,
  path,
  bytes: 10,
  sha256: '',
  rows: 1,
  partition
});
const table = (name: TableName, files: ManifestFile[]): ManifestTable => ({ name, rows: files.length, content_hash: '', files });

describe('partitions: which files a scope needs', () => {
  const initiatives = table('initiatives', [
    file('i/a-2022.arrow', { city: 'A市', fiscal_year: 2022 }),
    file('i/a-2023.arrow', { city: 'A市', fiscal_year: 2023 }),
    file('i/b-2022.arrow', { city: 'B市', fiscal_year: 2022 }),
    file('i/a-2022.parquet', { city: 'A市', fiscal_year: 2022 }, 'parquet')
  ]);
  const byCity = table('initiative_links', [file('l/a.arrow', { city: 'A市' }), file('l/b.arrow', { city: 'B市' })]);

  it('loads a table by partition only where every Arrow file names plans columns', () => {
    expect(isLoadedByPartition(initiatives)).toBe(true);
    expect(isLoadedByPartition(byCity)).toBe(true);
    expect(isLoadedByPartition(table('initiatives', [file('i.arrow', null)]))).toBe(false);
    expect(isLoadedByPartition(table('initiatives', [file('a.arrow', { city: 'A市' }), file('b.arrow', null)]))).toBe(false);
    expect(isLoadedByPartition(table('initiatives', [file('a.arrow', { region: '関東' })]))).toBe(false);
    expect(isLoadedByPartition(table('plans', [file('a.arrow', { city: 'A市' })]))).toBe(false);
    expect(isLoadedByPartition(table('initiatives', []))).toBe(false);
  });

  it('matches each file on its own keys; Parquet files are never loaded', () => {
    const plans = [{ city: 'A市', fiscal_year: 2022 }];
    expect(filesForPlans(initiatives, plans).map((f) => f.path)).toEqual(['i/a-2022.arrow']);
    expect(filesForPlans(byCity, plans).map((f) => f.path)).toEqual(['l/a.arrow']);
    expect(filesForPlans(initiatives, []).map((f) => f.path)).toEqual([]);
    expect(filesForPlans(initiatives, 'all').map((f) => f.path)).toEqual(['i/a-2022.arrow', 'i/a-2023.arrow', 'i/b-2022.arrow']);
    // A year is a number in the manifest and in DuckDB's rows: '2022' (text) is another value.
    expect(filesForPlans(initiatives, [{ city: 'A市', fiscal_year: '2022' }])).toEqual([]);
    expect(partitionColumns([initiatives, byCity])).toEqual(['city', 'fiscal_year']);
  });

  it('puts only plans columns into the resolving SQL; values stay parameters', () => {
    const scope: PlanScope = { sql: 'p.plan_id = ?', params: ["'; DROP TABLE plans; --"] };
    expect(plansInScopeSql(scope, ['city', 'fiscal_year'])).toEqual({
      sql: 'SELECT DISTINCT p.city, p.fiscal_year FROM plans p WHERE p.plan_id = ?',
      params: scope.params
    });
    expect(() => plansInScopeSql(scope, ['city; DROP TABLE plans'])).toThrow(/plans の列ではありません/);
    expect(() => plansInScopeSql(scope, [])).toThrow();
  });
});

/** A synthetic set, each partitioned table split by plan (city × ward × year: one plan per file). */
function serveSynthetic() {
  const set = generateTables(2500, 7);
  const keyOf = (planId: string) => {
    const p = set.tables.plans.find((r) => r.plan_id === planId)!;
    return { city: p.city as string, ward: p.ward as string, fiscal_year: p.fiscal_year as number };
  };
  const partitionOf: Partial<Record<TableName, (r: Row) => ReturnType<typeof keyOf>>> = {
    initiatives: (r) => keyOf(r.plan_id as string),
    initiative_tags: (r) => keyOf(planOfInitiative(r.initiative_id as string)),
    initiative_links: (r) => keyOf(r.to_plan_id as string)
  };
  const files = new Map<string, Uint8Array>();
  const tables = (Object.keys(set.tables) as TableName[]).map((name): ManifestTable => {
    const rows = set.tables[name];
    const by = partitionOf[name];
    const groups = new Map<string, { key: ReturnType<typeof keyOf> | null; rows: Row[] }>();
    for (const r of rows) {
      const key = by ? by(r) : null;
      const id = JSON.stringify(key);
      if (!groups.has(id)) groups.set(id, { key, rows: [] });
      groups.get(id)!.rows.push(r);
    }
    const entries = [...groups.values()].map(({ key, rows: part }, k) => {
      const path = key ? `${name}/part-${k}.arrow` : `${name}.arrow`;
      const bytes = rowsToArrowIPC(TABLES[name], part);
      files.set(new URL(path, BASE).href, bytes);
      return { format: 'arrow' as const, path, bytes: bytes.byteLength, sha256: sha(bytes), rows: part.length, partition: key };
    });
    return { name, rows: rows.length, content_hash: 'x', files: entries };
  });
  const manifest: Manifest = { version: 1, generated_at: '2026-01-01T00:00:00Z', data_date: null, synthetic: true, tables };
  return { set, manifest, files };
}

const served = serveSynthetic();
const plans = served.set.tables.plans;
const fullPlans = plans.filter((p) => p.coverage === 'full').map((p) => p.plan_id as string);
const wardKeys = [...new Set(plans.map((p) => `${p.city}|${p.ward}`))];
const years = [...new Set(plans.map((p) => p.fiscal_year as number))].sort();
const themeSlugs = served.set.tables.tags.filter((t) => t.kind === 'theme').map((t) => (t.tag_id as string).slice(6));
const partitionedTables = served.manifest.tables.filter(isLoadedByPartition).map((t) => t.name);

function fetcher(log: string[], broken = new Set<string>()) {
  return async (url: string, onBytes: (n: number) => void): Promise<Uint8Array> => {
    log.push(url.slice(BASE.length - 'manifest.json'.length));
    await new Promise((r) => setTimeout(r, 0)); // answers come later, as over a network
    const bytes = served.files.get(url);
    if (!bytes) throw new Error('HTTP 404');
    if (broken.has(url.slice(BASE.length - 'manifest.json'.length))) return bytes.slice(0, bytes.length - 1);
    onBytes(bytes.byteLength);
    return bytes;
  };
}

let full: NodeDuckDB;
let partial: NodeDuckDB;
beforeAll(async () => {
  full = await createNodeDuckDB();
  await loadManifestTables(served.manifest, BASE, { fetchBytes: fetcher([]), sink: full }, new Set());
  partial = await createNodeDuckDB();
  const log: string[] = [];
  await loadManifestTables(served.manifest, BASE, { fetchBytes: fetcher(log), sink: partial }, new Set(), undefined, { byPartition: true });
  expect(log.some((u) => partitionedTables.some((t) => u.startsWith(`${t}/`)))).toBe(false);
}, 60_000);
afterAll(() => {
  full.close();
  partial.close();
});

/** Empties the partitioned tables and returns a fresh loader over them, with what it fetched. */
async function freshPartial(opts: { broken?: Set<string>; progress?: LoadProgress[]; idle?: () => void } = {}) {
  for (const t of partitionedTables) await partial.query(`DELETE FROM ${t}`);
  const fetched: string[] = [];
  const loader = new PartitionLoader(served.manifest, BASE, {
    fetchBytes: fetcher(fetched, opts.broken),
    sink: partial,
    query: (sql, params) => partial.query(sql, params),
    onProgress: (p) => opts.progress?.push(p),
    onIdle: opts.idle
  });
  const runner = createQueryRunner({
    async query<T>(sql: string, params?: readonly QueryParam[], scope?: PlanScope) {
      await loader.ensure(tablesOf(sql), scope);
      return partial.query<T>(sql, params);
    }
  });
  return { loader, runner, fetched };
}

const partitionFiles = served.manifest.tables.filter(isLoadedByPartition).reduce((n, t) => n + t.files.length, 0);
const filesOfPlans = (planIds: string[]) =>
  served.manifest.tables
    .filter(isLoadedByPartition)
    .flatMap((t) => filesForPlans(t, plans.filter((p) => planIds.includes(p.plan_id as string))))
    .map((f) => f.path);

describe('PartitionLoader', () => {
  it('creates partitioned tables empty at first; a plan page fetches only that plan’s files', async () => {
    const { runner, fetched } = await freshPartial();
    expect((await partial.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM initiatives'))[0].n).toBe(0);
    const id = fullPlans[3];
    const rows = await runner.run(initiativesOfPlan, { plan_id: id });
    expect(rows.length).toBe(served.set.tables.initiatives.filter((r) => r.plan_id === id).length);
    expect(rows.length).toBeGreaterThan(0);
    // initiatives and initiative_tags (the query reads both), one file each.
    expect(fetched.sort()).toEqual(filesOfPlans([id]).filter((p) => !p.startsWith('initiative_links/')).sort());
  });

  it('an unscoped query waits for every partition, and then nothing more is fetched', async () => {
    const { runner, fetched } = await freshPartial();
    const [count] = await runner.run(initiativeCount, emptyFilters());
    expect(count.count).toBe(served.set.tables.initiatives.length);
    const n = fetched.length;
    expect(n).toBe(served.manifest.tables.find((t) => t.name === 'initiatives')!.files.length);
    await runner.run(initiativesOfPlan, { plan_id: fullPlans[0] }); // initiative_tags: not loaded yet
    const tagFiles = fetched.slice(n);
    expect(tagFiles.every((p) => p.startsWith('initiative_tags/'))).toBe(true);
    await runner.run(initiativesOfPlan, { plan_id: fullPlans[1] });
    await runner.run(initiativeCount, emptyFilters());
    expect(fetched.length).toBe(n + tagFiles.length + 1);
  });

  it('serves a small request before the rest of a national load', async () => {
    const { loader, fetched } = await freshPartial();
    const all = loader.ensure(['initiatives']);
    const id = fullPlans.at(-1)!;
    await loader.ensure(['initiatives'], { sql: 'p.plan_id = ?', params: [id] });
    const mine = filesOfPlans([id]).find((p) => p.startsWith('initiatives/'))!;
    // At most the files already in flight (PREFETCH_FILES + 1) went before it.
    expect(fetched.indexOf(mine)).toBeLessThanOrEqual(5);
    await all;
  });

  it('a bad file rejects the queries that need it, naming it; others still load; the next query tries again', async () => {
    const id = fullPlans[2];
    const bad = filesOfPlans([id]).find((p) => p.startsWith('initiatives/'))!;
    const broken = new Set([bad]);
    const progress: LoadProgress[] = [];
    let idle = 0;
    const { runner, fetched } = await freshPartial({ broken, progress, idle: () => idle++ });
    await expect(runner.run(initiativesOfPlan, { plan_id: id })).rejects.toThrow(new RegExp(`データファイル ${bad}（テーブル initiatives）.*SHA-256`));
    const other = fullPlans[5];
    expect((await runner.run(initiativesOfPlan, { plan_id: other })).length).toBeGreaterThan(0);
    expect(idle).toBeGreaterThanOrEqual(1);
    const last = progress.at(-1)!;
    expect(last.loadedBytes).toBe(last.totalBytes);
    broken.clear();
    expect((await runner.run(initiativesOfPlan, { plan_id: id })).length).toBe(served.set.tables.initiatives.filter((r) => r.plan_id === id).length);
    expect(fetched.filter((p) => p === bad).length).toBe(2);
  });
});

describe('every scoped named query answers the same from its partitions alone', () => {
  const full_ = () => createQueryRunner(full);
  const pick = <T>(values: T[], max: number) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: max });
  const filtersArb = fc.record({
    wards: pick(wardKeys, 2),
    years: pick(years, 2),
    themes: pick(themeSlugs, 1),
    q: fc.constantFrom('', '地域', '子育て')
  }).map((f): Filters => ({ ...emptyFilters(), ...f }));

  const cases: [string, (f: Filters, ids: string[]) => [NamedQuery<never, unknown>, unknown][]][] = [
    ['initiatives page', (f) => [[initiativeList, { filters: f, sort: 'year', dir: 'desc', limit: 30 }], [initiativeCount, f]] as never],
    ['重点・テーマ', (f) => [[themeCountsByWard, f], [markerCountsByWard, f], [themeCooccurrence, f], [initiativesForMark, { filters: f, ward: wardKeys[0], theme: themeSlugs[0] }]] as never],
    ['years page', (f) => [[statusByWardYear, f], [statedFiguresByWardYear, f], [goalAndPillarsByWard, f]] as never],
    ['plan and compare pages', (_f, ids) => [[initiativesOfPlan, { plan_id: ids[0] }], [pillarsOfPlan, { plan_id: ids[0] }], [comparePlans, { plan_ids: ids }], [comparePillars, { plan_ids: ids }], [themeByPlan, { plan_ids: ids }], [themeGaps, { plan_ids: ids }], [lineageItems, { plan_ids: ids }]] as never]
  ];

  for (const [name, queriesOf] of cases) {
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(filtersArb, fc.uniqueArray(fc.constantFrom(...fullPlans), { minLength: 1, maxLength: 3 }), async (f, ids) => {
          for (const [query, params] of queriesOf(f, ids)) {
            const { runner, fetched } = await freshPartial();
            const got = await runner.run(query, params as never);
            const want = await full_().run(query, params as never);
            expect(got).toEqual(want);
            // And it did not simply load everything when it had a scope.
            const scoped = (query.build(params as never) as { scope?: PlanScope }).scope;
            if (scoped) expect(fetched.length).toBeLessThan(partitionFiles);
          }
        }),
        { numRuns: 8 }
      );
    }, 120_000);
  }
});
