/**
 * reading_rank: each shipped initiative's place in reading order (ward code, city, ward, fiscal year,
 * pillar, item, id: READING_ORDER in queries/initiative-rows.ts), from 0. The list's first page is
 * then looked for among the first ranks only (queries/initiative-page.ts) instead of every row.
 * It must order rows exactly as DuckDB's ORDER BY does: strings by their UTF-8 bytes (DuckDB's default
 * collation), which is code point order, not JavaScript's UTF-16 `<`; a null ward code last.
 */
import type { Row } from './schema';

/**
 * The rank of initiatives of plans imported in the browser: below every bound, so a bounded page always
 * looks at them (and places them by the real reading order). A bound is then one plain comparison,
 * which DuckDB applies in the scan; `rank < bound OR rank IS NULL` was not (measured at 1M: 59 → 42 ms).
 */
export const UNRANKED = -1;

/** Code point order (= UTF-8 byte order); differs from `<` only for characters beyond U+FFFF. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) {
    const x = a.charCodeAt(k);
    const y = b.charCodeAt(k);
    if (x === y) continue;
    // A surrogate (U+D800–DFFF, half of a character beyond U+FFFF) sorts after every other BMP unit.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

const compareNullsLast = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : compareCodePoints(a, b);

interface RankKeys {
  plans: Map<string, Row>;
  pillarPosition: Map<string, number>;
}

function keysOf(plans: readonly Row[], pillars: readonly Row[]): RankKeys {
  return {
    plans: new Map(plans.map((p) => [p.plan_id as string, p])),
    pillarPosition: new Map(pillars.map((p) => [p.pillar_id as string, p.position as number]))
  };
}

function readingOrder(keys: RankKeys): (a: Row, b: Row) => number {
  const planOf = (r: Row): Row => {
    const p = keys.plans.get(r.plan_id as string);
    if (!p) throw new Error(`reading_rank: initiative ${String(r.initiative_id)} has no plan ${String(r.plan_id)}`);
    return p;
  };
  const pillarOf = (r: Row): number => {
    const position = keys.pillarPosition.get(r.pillar_id as string);
    if (position === undefined) throw new Error(`reading_rank: initiative ${String(r.initiative_id)} has no pillar ${String(r.pillar_id)}`);
    return position;
  };
  return (a, b) => {
    const pa = planOf(a);
    const pb = planOf(b);
    return (
      compareNullsLast(pa.ward_code as string | null, pb.ward_code as string | null) ||
      compareCodePoints(pa.city as string, pb.city as string) ||
      compareCodePoints(pa.ward as string, pb.ward as string) ||
      (pa.fiscal_year as number) - (pb.fiscal_year as number) ||
      pillarOf(a) - pillarOf(b) ||
      (a.position as number) - (b.position as number) ||
      compareCodePoints(a.initiative_id as string, b.initiative_id as string)
    );
  };
}

/** Every initiative's reading rank, in the order of `tables.initiatives`. */
export function readingRanks(tables: { plans: readonly Row[]; pillars: readonly Row[]; initiatives: readonly Row[] }): number[] {
  const rows = tables.initiatives;
  const byOrder = readingOrder(keysOf(tables.plans, tables.pillars));
  const order = rows.map((_, k) => k).sort((a, b) => byOrder(rows[a], rows[b]));
  const ranks = new Array<number>(rows.length);
  order.forEach((k, rank) => (ranks[k] = rank));
  return ranks;
}

/**
 * Sets every initiative's reading_rank, in place (at 1M rows a copy would double a generator's memory).
 * The ranks are only right over the whole set: writeTables calls it for every set it writes.
 */
export function assignReadingRanks(tables: { plans: readonly Row[]; pillars: readonly Row[]; initiatives: Row[] }): void {
  const ranks = readingRanks(tables);
  tables.initiatives.forEach((row, k) => (row.reading_rank = ranks[k]));
}
