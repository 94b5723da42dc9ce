/**
 * The initiatives page's list: one page of rows, looked for the way a reader reads. In reading order
 * (the default sort) the first page of a search is among the first initiatives, so it is looked for
 * there first: among the initiatives whose reading_rank is below a bound (a condition DuckDB applies in
 * the scan), then a wider one, and only then among all. A bounded page is kept only when it is provably
 * the page an unbounded statement gives: at least offset + limit of its matches have a rank below the
 * bound (every initiative left out comes after them), or the bound is past every rank. Its total is then
 * unknown (null) unless the bound covered everything; initiative_count gives it separately.
 */
import { defineQuery, type QueryReader } from './define';
import type { QueryRunner } from './cache';
import { initiativeList, MAX_PAGE_SIZE, type InitiativeListParams } from './initiatives';
import { clampInt, rankedPageRows, type InitiativeListRow } from './initiative-rows';
import type { Filters } from '../filters/filters';
import { filtersScope, initiativeConditions, initiativesFrom, planConditions, scoped, sql, where } from './sql-parts';

export interface InitiativePageParams extends InitiativeListParams {
  /** Only initiatives with reading_rank below this (imported ones included: −1). Always in reading order. */
  rankBound: number;
}

export interface InitiativePageRow extends Omit<InitiativeListRow, 'total'> {
  /** Rows matching the filters; null when a bounded statement could not know it. */
  total: number | null;
  /** Bounded statements only: matches ranked 0 to bound − 1 (imported ones not counted). */
  ranked_matches?: number;
}

/**
 * The first bound: enough rows for a word found in 1 of 40 initiatives to fill the page, and never
 * fewer than 4096 (reading the text of 4096 rows costs little next to the statement itself).
 */
export const FIRST_RANK_BOUND = { rowsPerMatch: 40, min: 4096 };

/** reading_rank is an INTEGER. */
const MAX_RANK_BOUND = 2 ** 31 - 1;

/** The page among the initiatives ranked below the bound, in reading order (the sort asked is ignored). */
export const initiativePage = defineQuery<InitiativePageParams, InitiativePageRow>('initiative_page', (p) =>
  scoped(
    rankedPageRows(
      initiativeConditions(p.filters),
      initiativesFrom(p.filters),
      clampInt(p.limit, 1, MAX_PAGE_SIZE, 50),
      clampInt(p.offset, 0, Number.MAX_SAFE_INTEGER, 0),
      clampInt(p.rankBound, 0, MAX_RANK_BOUND, FIRST_RANK_BOUND.min)
    ),
    filtersScope(p.filters)
  )
);

/**
 * Whether every initiative of the filters' plans (wards, years) is ranked below the bound: then a
 * bounded page without rows is the whole answer. Asked only then: a page with rows says so itself.
 */
export const rankBoundCoversAll = defineQuery<{ filters: Filters; rankBound: number }, { covers: boolean }>('rank_bound_covers_all', (p) => {
  const plans = planConditions(p.filters);
  const bound = { sql: '?::INTEGER', params: [clampInt(p.rankBound, 0, MAX_RANK_BOUND, 0)] };
  const from = plans.length === 0 ? sql`FROM initiatives i` : sql`FROM initiatives i JOIN plans p ON p.plan_id = i.plan_id ${where(plans)}`;
  return scoped(sql`SELECT coalesce(max(i.reading_rank), -1) < ${bound} AS covers ${from}`, filtersScope(p.filters));
});

/**
 * Whether bounds can help: reading order (ward, ascending), and no ward filter (a ward's rows sit
 * together somewhere in the order, often far past the first bounds).
 */
export const readsInReadingOrder = (p: InitiativeListParams): boolean => p.sort === 'ward' && p.dir === 'asc' && p.filters.wards.length === 0;

/** The page a statement without a bound would give, bounded where that is provably the same (above). */
export async function readInitiativePage(
  runner: Pick<QueryRunner, 'run'>,
  p: InitiativeListParams,
  firstBound = FIRST_RANK_BOUND
): Promise<InitiativePageRow[]> {
  const unbounded = () => runner.run(initiativeList, p) as Promise<InitiativePageRow[]>;
  if (!readsInReadingOrder(p)) return unbounded();
  const needed = clampInt(p.offset, 0, Number.MAX_SAFE_INTEGER, 0) + clampInt(p.limit, 1, MAX_PAGE_SIZE, 50);
  let bound = Math.max(firstBound.min, needed * firstBound.rowsPerMatch);
  for (let attempt = 0; attempt < 2; attempt++) {
    const rows = await runner.run(initiativePage, { ...p, rankBound: bound });
    if (rows.length === 0) {
      // No match below the bound (or a page past the end): the answer, if the bound covers every rank
      // (a small set: one cheap statement instead of the unbounded one); else widening would rarely fill it.
      const [coverage] = await runner.run(rankBoundCoversAll, { filters: p.filters, rankBound: bound });
      if (coverage?.covers) return [];
      break;
    }
    const ranked = rows[0].ranked_matches ?? 0;
    if (rows[0].total !== null || ranked >= needed) return rows;
    // Widen to where this density of matches should fill the page, with a margin.
    bound = ranked > 0 ? Math.ceil(((bound * needed) / ranked) * 1.5) : bound * 32;
    if (bound > MAX_RANK_BOUND) break;
  }
  return unbounded();
}

export const initiativePageReader: QueryReader<InitiativeListParams, InitiativePageRow> = {
  name: 'initiative_page',
  read: (runner, p) => readInitiativePage(runner, p)
};
