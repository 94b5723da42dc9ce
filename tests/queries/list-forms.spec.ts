/**
 * pagedInitiativeRows' two forms (filters once, keys materialised; filters twice) return the same page,
 * total and row contents for any filters, sort, direction and page, on a synthetic set large enough
 * for many pages: the choice between them (initiative-rows.ts) is about speed only.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTables } from '../../bench/generate/generate';
import { createNodeDuckDB, type NodeDuckDB } from '../../src/lib/db/duckdb-node';
import { emptyFilters, type Filters, type Status } from '../../src/lib/filters/filters';
import { INITIATIVE_SORT_KEYS } from '../../src/lib/filters/view-state';
import { orderBy, pagedInitiativeRows, type InitiativeListRow } from '../../src/lib/queries/initiative-rows';
import { initiativeConditions } from '../../src/lib/queries/sql-parts';
import type { TableName } from '../../src/lib/tables/schema';

const set = generateTables(1500, 11);
const texts = set.tables.initiatives.map((r) => `${r.title as string}${r.description as string}`);
const years = [...new Set(set.tables.plans.map((p) => p.fiscal_year as number))].sort();
const STATUSES: Status[] = ['new', 'continuing', 'unknown'];

let db: NodeDuckDB;
beforeAll(async () => {
  db = await createNodeDuckDB();
  for (const name of Object.keys(set.tables) as TableName[]) await db.registerRows(name, set.tables[name]);
  await db.createMissingTables();
}, 60_000);
afterAll(() => db.close());

const searchWord = fc
  .tuple(fc.nat(texts.length - 1), fc.nat(200), fc.integer({ min: 1, max: 6 }))
  .map(([k, a, n]) => texts[k].slice(a % texts[k].length, (a % texts[k].length) + n));

const filtersArb: fc.Arbitrary<Filters> = fc.record({
  q: fc.oneof(searchWord, fc.constant(''), fc.constant('該当しない語句')),
  years: fc.subarray(years, { maxLength: Math.min(4, years.length) }),
  statuses: fc.subarray(STATUSES, { maxLength: 2 }),
  wards: fc.constant([] as string[])
}).map((f) => ({ ...emptyFilters(), ...f }));

describe('pagedInitiativeRows: filters once or twice', () => {
  it('gives the same rows, in the same order, with the same total', async () => {
    let pagesWithRows = 0;
    let pastFirstPage = 0;
    await fc.assert(
      fc.asyncProperty(
        filtersArb,
        fc.constantFrom(...INITIATIVE_SORT_KEYS),
        fc.constantFrom('asc' as const, 'desc' as const),
        fc.integer({ min: 1, max: 60 }),
        fc.nat(120),
        async (filters, sort, dir, limit, offset) => {
          const conditions = initiativeConditions(filters);
          const run = async (once: boolean) => {
            const { sql, params } = pagedInitiativeRows(conditions, orderBy(sort, dir), limit, offset, once);
            return db.query<InitiativeListRow>(sql, params);
          };
          const [once, twice] = [await run(true), await run(false)];
          expect(once).toEqual(twice);
          if (once.length > 0) pagesWithRows++;
          if (once.length > 0 && offset > 0) pastFirstPage++;
        }
      ),
      { numRuns: 60, seed: 20261202 }
    );
    // The property saw real pages, not only empty results.
    expect(pagesWithRows).toBeGreaterThan(20);
    expect(pastFirstPage).toBeGreaterThan(5);
  }, 120_000);
});
