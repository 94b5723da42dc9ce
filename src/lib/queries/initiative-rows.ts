/** The initiative row shared by the list and by the drill-down behind a chart cell. */
import type { Status } from '../filters/filters';
import type { InitiativeSortKey, SortDirection } from '../filters/view-state';
import type { BoundSql } from './define';
import { readingRankBelow, sql, tagListsJoin, TAG_LIST_COLUMNS, wardOrder, where } from './sql-parts';

export interface InitiativeListRow {
  initiative_id: string;
  plan_id: string;
  city: string;
  ward: string;
  ward_code: string | null;
  fiscal_year: number;
  pillar_id: string;
  pillar_position: number;
  pillar_title: string;
  position: number;
  sub_theme: string | null;
  title: string;
  program_name: string | null;
  status: Status;
  theme_slugs: string[];
  theme_labels: string[];
  markers: string[];
  /** Rows matching the filters before LIMIT/OFFSET. */
  total: number;
}

const INITIATIVE_ROW_COLUMNS = `
i.initiative_id, i.plan_id, p.city, p.ward, p.ward_code, p.fiscal_year, i.pillar_id,
pl.position AS pillar_position, pl.title AS pillar_title, i.position, i.sub_theme, i.title, i.program_name, i.status,
${TAG_LIST_COLUMNS}`;

export const INITIATIVE_FROM = `
FROM initiatives i JOIN plans p ON p.plan_id = i.plan_id JOIN pillars pl ON pl.pillar_id = i.pillar_id`;

/**
 * One page of initiative rows: filter, sort and cut on keys first, then build the rows (tag lists
 * from one grouped join) for the page only. Measured at 100k in duckdb-wasm (bench/README.md,
 * bench/profile/list-forms.ts):
 * - the total is a count in its own CTE, not count(*) OVER () (its window materialises every matching
 *   row: ~1 s → ~50 ms) and not a scalar subquery (twice the planning time); it joins plans only (the
 *   filters never read pillars; every initiative has its pillar, checked when tables are written);
 * - `filtersOnce` (a text search among the filters): the matching rows' sort keys are MATERIALIZED
 *   and both the count and the page read them, so the text is searched once, not twice (medians, two runs:
 *   子育て 58 → 43–54 ms, 国際交流ラウンジ 50 → 37–39 ms, sorted by title 72–74 → 57). Cheap filters
 *   alone (wards, years) are no faster materialised (5 years: 31–32 either way) and without filters
 *   materialising every row is slower (38 → 74 ms);
 * - the page is MATERIALIZED: read twice (rows, tag lists), it was otherwise computed twice
 *   (子育て at 100k: 117 → 66 ms).
 * `orderClause` is a fixed 'ORDER BY …' of this module (orderBy, READING_ORDER) over i, p, pl: the
 * materialised keys keep the initiatives' column names (and alias i) for it.
 */
export function pagedInitiativeRows(
  conditions: readonly BoundSql[],
  orderClause: string,
  limit: number,
  offset: number,
  filtersOnce = false
): BoundSql {
  const filtered = where(conditions);
  const pageLimit = { sql: '? OFFSET ?', params: [limit, offset] };
  const counts = 'count(*)::INTEGER AS total';
  const head = filtersOnce
    ? sql`
WITH matched AS MATERIALIZED (
  SELECT ${SORT_KEY_COLUMNS} FROM initiatives i JOIN plans p ON p.plan_id = i.plan_id ${filtered}
),
matching AS (SELECT ${counts} FROM matched i),
page AS MATERIALIZED (
  SELECT i.initiative_id AS page_id FROM matched i JOIN plans p ON p.plan_id = i.plan_id JOIN pillars pl ON pl.pillar_id = i.pillar_id
  ${orderClause}
  LIMIT ${pageLimit}
)`
    : sql`
WITH matching AS (SELECT ${counts} FROM initiatives i JOIN plans p ON p.plan_id = i.plan_id ${filtered}),
page AS MATERIALIZED (
  SELECT i.initiative_id AS page_id ${INITIATIVE_FROM}
  ${filtered}
  ${orderClause}
  LIMIT ${pageLimit}
)`;
  return sql`${head}
SELECT ${INITIATIVE_ROW_COLUMNS}, matching.total
FROM page CROSS JOIN matching JOIN initiatives i ON i.initiative_id = page.page_id JOIN plans p ON p.plan_id = i.plan_id JOIN pillars pl ON pl.pillar_id = i.pillar_id
${tagListsJoin('tt.initiative_id IN (SELECT page_id FROM page)')}
${orderClause}`;
}

/**
 * The page in reading order among the initiatives ranked below `rankBound` (initiative-page.ts), which
 * includes imported plans' (−1). Ranked initiatives are in reading order by reading_rank alone, so the
 * page's ranked rows are the first offset + limit matches by rank: only those and the unranked ones (an
 * import's few) are joined to plans and pillars and sorted in full reading order. The matches carry the
 * columns the rows show, so initiatives is scanned once, for the rows that pass the filters. Against the
 * general form above with the bound, under Node at 1M, the benchmark's four words, interleaved medians
 * after a warm-up: 28–29 → 22 ms (a slower hour: 42–43 → 32–33 ms); no word 38 → 32 ms (bench/scratch,
 * not kept). `from` is initiativesFrom(filters) (sql-parts.ts).
 * The rows also carry `ranked_matches` (matches ranked 0 to bound − 1: the page is right when there are
 * at least offset + limit), and `total` is null unless the bound is past every rank (then it is the total).
 */
export function rankedPageRows(conditions: readonly BoundSql[], from: string, limit: number, offset: number, rankBound: number): BoundSql {
  const bound = { sql: '?::INTEGER', params: [rankBound] };
  return sql`
WITH matched AS MATERIALIZED (
  SELECT ${RANKED_MATCH_COLUMNS} ${from} ${where([...conditions, readingRankBelow(rankBound)])}
),
matching AS (SELECT count(*)::INTEGER AS total, (count(*) FILTER (WHERE reading_rank >= 0))::INTEGER AS ranked_matches FROM matched),
candidates AS (
  (SELECT * FROM matched WHERE reading_rank >= 0 ORDER BY reading_rank LIMIT ${{ sql: '?', params: [offset + limit] }})
  UNION ALL
  (SELECT * FROM matched WHERE reading_rank < 0)
),
page AS MATERIALIZED (
  SELECT i.*, p.city, p.ward, p.ward_code, p.fiscal_year, pl.position AS pillar_position, pl.title AS pillar_title
  FROM candidates i JOIN plans p ON p.plan_id = i.plan_id JOIN pillars pl ON pl.pillar_id = i.pillar_id
  ORDER BY ${READING_ORDER}
  LIMIT ${{ sql: '? OFFSET ?', params: [limit, offset] }}
)
SELECT i.initiative_id, i.plan_id, i.city, i.ward, i.ward_code, i.fiscal_year, i.pillar_id, i.pillar_position, i.pillar_title,
i.position, i.sub_theme, i.title, i.program_name, i.status, ${TAG_LIST_COLUMNS},
CASE WHEN (SELECT coalesce(max(reading_rank), -1) FROM initiatives) < ${bound} THEN matching.total END AS total, matching.ranked_matches
FROM page i CROSS JOIN matching
${tagListsJoin('tt.initiative_id IN (SELECT initiative_id FROM page)')}
ORDER BY ${PAGE_READING_ORDER}`;
}

/** What rankedPageRows keeps of each match: the row's own columns, its join keys and its rank. */
const RANKED_MATCH_COLUMNS = 'i.initiative_id, i.plan_id, i.pillar_id, i.position, i.sub_theme, i.title, i.program_name, i.status, i.reading_rank';

/** The initiatives' columns any orderClause reads (SORT_EXPRESSIONS, READING_ORDER) and the join keys. */
const SORT_KEY_COLUMNS = 'i.initiative_id, i.plan_id, i.pillar_id, i.position, i.title, i.status';

/** Reading order: ward, year, pillar, item. Also the tie-breaker of every sort. */
export const READING_ORDER = `${wardOrder('p')}, p.fiscal_year, pl.position, i.position, i.initiative_id`;
/** READING_ORDER over rankedPageRows' page, whose rows carry the plan's and pillar's columns. */
const PAGE_READING_ORDER = `${wardOrder('i')}, i.fiscal_year, i.pillar_position, i.position, i.initiative_id`;

/** Sort key → fixed ORDER BY expression; the user's choice only selects among these. */
const SORT_EXPRESSIONS: Record<InitiativeSortKey, (dir: 'ASC' | 'DESC') => string> = {
  ward: (d) => `p.ward_code ${d} NULLS LAST, p.city ${d}, p.ward ${d}`,
  year: (d) => `p.fiscal_year ${d}`,
  pillar: (d) => `pl.position ${d}, pl.title ${d}`,
  title: (d) => `i.title ${d}`,
  status: (d) => `CASE i.status WHEN 'new' THEN 0 WHEN 'continuing' THEN 1 ELSE 2 END ${d}`
};

export function orderBy(sort: InitiativeSortKey, dir: SortDirection): string {
  const expression = Object.hasOwn(SORT_EXPRESSIONS, sort) ? SORT_EXPRESSIONS[sort] : SORT_EXPRESSIONS.ward;
  return `ORDER BY ${expression(dir === 'desc' ? 'DESC' : 'ASC')}, ${READING_ORDER}`;
}

/** Whole numbers within bounds, so LIMIT/OFFSET never get NaN or a negative number. */
export function clampInt(value: number | undefined, min: number, max: number, fallback: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}
