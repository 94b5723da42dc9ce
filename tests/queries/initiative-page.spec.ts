/**
 * The initiatives page's bounded reads (initiative-page.ts) give exactly the page and total an
 * unbounded statement gives, for any filters, page and bounds, with imported plans (rank −1) among
 * the rows; and the steps it takes, table-driven, on a recording runner.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTables } from '../../bench/generate/generate';
import { createNodeDuckDB, type NodeDuckDB } from '../../src/lib/db/duckdb-node';
import { emptyFilters, type Filters, type Status } from '../../src/lib/filters/filters';
import { INITIATIVE_SORT_KEYS } from '../../src/lib/filters/view-state';
import {
  createQueryRunner,
  initiativeList,
  initiativePage,
  readInitiativePage,
  type InitiativeListParams,
  type InitiativePageRow,
  type NamedQuery,
  type QueryRunner
} from '../../src/lib/queries';
import { readingRanks, UNRANKED } from '../../src/lib/tables/reading-rank';
import { normalizeForMatch } from '../../src/lib/text/normalize';
import type { TableName } from '../../src/lib/tables/schema';

const set = generateTables(3000, 23);
// Every seventh plan stands for an imported one: its initiatives have the imported rank (−1), the others
// are ranked among themselves (as a build would have ranked them without the imported plans).
const importedPlans = new Set(set.tables.plans.filter((_, k) => k % 7 === 3).map((p) => p.plan_id as string));
const shipped = set.tables.initiatives.filter((r) => !importedPlans.has(r.plan_id as string));
const ranks = readingRanks({ ...set.tables, initiatives: shipped });
shipped.forEach((r, k) => (r.reading_rank = ranks[k]));
for (const r of set.tables.initiatives) if (importedPlans.has(r.plan_id as string)) r.reading_rank = UNRANKED;
const texts = set.tables.initiatives.map((r) => `${r.title as string}${r.description as string}`);
const years = [...new Set(set.tables.plans.map((p) => p.fiscal_year as number))].sort();
const wards = [...new Set(set.tables.plans.map((p) => p.ward as string))].sort();
const STATUSES: Status[] = ['new', 'continuing', 'unknown'];

let db: NodeDuckDB;
let runner: QueryRunner;
beforeAll(async () => {
  db = await createNodeDuckDB();
  for (const name of Object.keys(set.tables) as TableName[]) await db.registerRows(name, set.tables[name]);
  await db.createMissingTables();
  runner = createQueryRunner(db);
}, 60_000);
afterAll(() => db.close());

/** The runner, counting which statements ran. */
function recording() {
  const ran: string[] = [];
  return {
    ran,
    runner: {
      run<P, R>(q: NamedQuery<P, R>, p: P): Promise<R[]> {
        ran.push(q.name);
        return runner.run(q, p);
      }
    }
  };
}

const searchWord = fc
  .tuple(fc.nat(texts.length - 1), fc.nat(200), fc.integer({ min: 1, max: 5 }))
  .map(([k, a, n]) => texts[k].slice(a % texts[k].length, (a % texts[k].length) + n));

const filtersArb: fc.Arbitrary<Filters> = fc
  .record({
    q: fc.oneof(searchWord, searchWord, fc.constant(''), fc.constant('該当しない語句')),
    years: fc.subarray(years, { maxLength: 3 }),
    statuses: fc.subarray(STATUSES, { maxLength: 2 }),
    wards: fc.oneof(fc.constant([] as string[]), fc.constant([] as string[]), fc.subarray(wards, { minLength: 1, maxLength: 2 }))
  })
  .map((f) => ({ ...emptyFilters(), ...f }));

const withoutCounts = (rows: InitiativePageRow[]) => rows.map(({ total: _t, ranked_matches: _r, ...rest }) => rest);

describe('readInitiativePage', () => {
  it('gives the unbounded page, and its total whenever it gives one', async () => {
    const seen = { bounded: 0, widened: 0, fellBack: 0, withImported: 0, emptyCovered: 0 };
    await fc.assert(
      fc.asyncProperty(
        filtersArb,
        fc.oneof(fc.constant({ sort: 'ward' as const, dir: 'asc' as const }), fc.record({ sort: fc.constantFrom(...INITIATIVE_SORT_KEYS), dir: fc.constantFrom('asc' as const, 'desc' as const) })),
        fc.integer({ min: 1, max: 60 }),
        fc.nat(150),
        fc.record({ rowsPerMatch: fc.integer({ min: 1, max: 8 }), min: fc.oneof(fc.integer({ min: 1, max: 600 }), fc.constant(100_000)) }),
        async (filters, order, limit, offset, firstBound) => {
          const params: InitiativeListParams = { filters, ...order, limit, offset };
          const expected = await runner.run(initiativeList, params);
          const rec = recording();
          const rows = await readInitiativePage(rec.runner, params, firstBound);
          expect(withoutCounts(rows)).toEqual(withoutCounts(expected));
          if (rows.length > 0 && rows[0].total !== null) expect(rows[0].total).toBe(expected[0].total);
          if (rec.ran.at(-1) === 'initiative_page') seen.bounded++;
          if (rec.ran.filter((n) => n === 'initiative_page').length > 1) seen.widened++;
          if (rec.ran.includes('initiative_page') && rec.ran.at(-1) === 'initiative_list') seen.fellBack++;
          if (rec.ran.at(-1) === 'initiative_page' && rows.some((r) => importedPlans.has(r.plan_id))) seen.withImported++;
          if (rec.ran.at(-1) === 'rank_bound_covers_all') seen.emptyCovered++;
        }
      ),
      { numRuns: 150, seed: 20261202 }
    );
    // The property met every path: pages from a bound (some with imported rows), widened bounds, fallbacks,
    // empty pages under a bound that covers everything.
    expect(seen.bounded).toBeGreaterThan(20);
    expect(seen.widened).toBeGreaterThan(3);
    expect(seen.fellBack).toBeGreaterThan(3);
    expect(seen.withImported).toBeGreaterThan(3);
    expect(seen.emptyCovered).toBeGreaterThan(2);
  }, 180_000);

  it('counts every ranked match below the bound (not the imported ones), and gives the total once the bound is past every rank', async () => {
    const filters = { ...emptyFilters(), q: texts[0].slice(0, 2) };
    const all = await runner.run(initiativeList, { filters, sort: 'ward', dir: 'asc', limit: 5 });
    const folded = normalizeForMatch(filters.q).toLowerCase();
    const below = (bound: number) =>
      set.tables.initiatives.filter((r) => (r.reading_rank as number) >= 0 && (r.reading_rank as number) < bound && (r.search_text as string).includes(folded)).length;
    const [small] = await runner.run(initiativePage, { filters, sort: 'ward', dir: 'asc', limit: 5, rankBound: 900 });
    expect(small.total).toBeNull();
    expect(small.ranked_matches).toBe(below(900));
    const [everything] = await runner.run(initiativePage, { filters, sort: 'ward', dir: 'asc', limit: 5, rankBound: set.tables.initiatives.length });
    expect(everything.total).toBe(all[0].total);
  });
});

describe('readInitiativePage: the steps', () => {
  type Answer = { rows: number; total: number | null; ranked: number };
  /** A runner that answers initiative_page from a script and records each bound asked. */
  function scripted(answers: Answer[], covers: boolean[] = []) {
    const asked: Array<number | string> = [];
    const run = async <P, R>(q: NamedQuery<P, R>, p: P): Promise<R[]> => {
      const bound = (p as { rankBound?: number }).rankBound;
      if (q.name === 'rank_bound_covers_all') {
        asked.push(`covers ${bound}?`);
        return [{ covers: covers.shift() }] as R[];
      }
      asked.push(q.name === 'initiative_list' ? 'unbounded' : (bound as number));
      const a = q.name === 'initiative_list' ? { rows: 1, total: 1, ranked: 0 } : answers.shift()!;
      return Array.from({ length: a.rows }, () => ({ total: a.total, ranked_matches: a.ranked }) as R);
    };
    return { asked, runner: { run } };
  }
  const params = (patch: Partial<InitiativeListParams> = {}): InitiativeListParams => ({ filters: { ...emptyFilters(), q: '子育て' }, sort: 'ward', dir: 'asc', limit: 100, offset: 0, ...patch });

  const cases: Array<[string, InitiativeListParams, Answer[], Array<number | string>, boolean[]?]> = [
    ['enough ranked matches under the first bound', params(), [{ rows: 100, total: null, ranked: 150 }], [4096]],
    ['the bound covered every rank', params(), [{ rows: 7, total: 7, ranked: 7 }], [4096]],
    ['widened by the density seen (4096 × 100 / 40 × 1.5)', params(), [{ rows: 40, total: null, ranked: 40 }, { rows: 100, total: null, ranked: 120 }], [4096, 15360]],
    ['page 3 asks for 40 × 300 rows first', params({ offset: 200 }), [{ rows: 100, total: null, ranked: 400 }], [12000]],
    ['only imported matches: widened 32×', params(), [{ rows: 100, total: null, ranked: 0 }, { rows: 100, total: null, ranked: 100 }], [4096, 131072]],
    ['no match under a first bound that does not cover every rank: unbounded at once', params(), [{ rows: 0, total: null, ranked: 0 }], [4096, 'covers 4096?', 'unbounded'], [false]],
    ['no match under a first bound that covers every rank: that is the answer', params(), [{ rows: 0, total: null, ranked: 0 }], [4096, 'covers 4096?'], [true]],
    ['still short after widening: unbounded', params(), [{ rows: 10, total: null, ranked: 10 }, { rows: 50, total: null, ranked: 50 }], [4096, 61440, 'unbounded']],
    ['another sort: unbounded only', params({ sort: 'title' }), [], ['unbounded']],
    ['descending: unbounded only', params({ dir: 'desc' }), [], ['unbounded']],
    ['a ward filter: unbounded only', params({ filters: { ...emptyFilters(), q: '子育て', wards: ['戸塚区'] } }), [], ['unbounded']]
  ];
  it.each(cases)('%s', async (_name, p, answers, expected, covers) => {
    const s = scripted(answers, covers);
    await readInitiativePage(s.runner, p);
    expect(s.asked).toEqual(expected);
  });
});
