/**
 * Fixed SQL fragments and the filter → WHERE builder. Column expressions here are constants of this
 * module; values only ever become `?` placeholders. Within a facet values are OR-ed; facets are AND-ed.
 * Aliases the fragments expect: i = initiatives, p = plans, pl = pillars.
 */
import type { PlanScope, QueryParam } from '../db/connector';
import type { Filters } from '../filters/filters';
import { parseWardKey } from '../filters/ward-key';
import { normalizeForMatch } from '../text/normalize';
import { searchBits, SEARCH_BITS_COLUMNS } from '../text/search-bits';
import type { BoundSql } from './define';

export const THEME_TAG_PREFIX = 'theme:';
/** Theme slug from a theme tag_id ('theme:' is 6 characters). */
export const themeSlugOf = (tagIdColumn: string): string => `substr(${tagIdColumn}, 7)`;

/** Official ward order (by local government code), unknown codes last. */
export const wardOrder = (alias: string): string => `${alias}.ward_code NULLS LAST, ${alias}.city, ${alias}.ward`;

/** Best plan of a ward-year first: a full document before a facts record, shipped before imported. */
export const BEST_PLAN_ORDER =
  "CASE p.coverage WHEN 'full' THEN 0 ELSE 1 END, CASE p.origin WHEN 'shipped' THEN 0 ELSE 1 END, p.plan_id";

/** `expr IN (?, ?, …)`; an empty list matches nothing (callers skip empty filters before this). */
export function inList(expr: string, values: readonly QueryParam[]): BoundSql {
  if (values.length === 0) return { sql: 'FALSE', params: [] };
  return { sql: `${expr} IN (${values.map(() => '?').join(', ')})`, params: [...values] };
}

export function hasTheme(themeSlugs: readonly string[]): BoundSql {
  const tags = inList('ft.tag_id', themeSlugs.map((s) => THEME_TAG_PREFIX + s));
  return {
    sql: `EXISTS (SELECT 1 FROM initiative_tags ft WHERE ft.initiative_id = i.initiative_id AND ${tags.sql})`,
    params: tags.params
  };
}

export function hasMarker(markers: readonly string[]): BoundSql {
  const codes = inList('fmt.marker', markers);
  return {
    sql:
      'EXISTS (SELECT 1 FROM initiative_tags fm JOIN tags fmt ON fmt.tag_id = fm.tag_id ' +
      `WHERE fm.initiative_id = i.initiative_id AND fmt.kind = 'marker' AND ${codes.sql})`,
    params: codes.params
  };
}

/**
 * Free text: folded like search_text was (searchTextOf), so case-insensitive for Latin letters. The
 * bigram signature test comes first and skips most rows without reading their text (search-bits.ts).
 */
export function matchesText(q: string): BoundSql | null {
  const folded = normalizeForMatch(q).toLowerCase();
  if (folded === '') return null;
  const words = searchBits(folded);
  const bitTests = SEARCH_BITS_COLUMNS.flatMap((column, k) =>
    words[k] === 0 ? [] : [{ sql: `(i.${column} & ?::INTEGER) = ?::INTEGER`, params: [words[k], words[k]] }]
  );
  if (bitTests.length === 0) return { sql: 'contains(i.search_text, ?)', params: [folded] };
  // CASE, not AND: DuckDB evaluates both sides of an AND over the whole vector; CASE reads the text
  // only where the signature passes (measured at 100k: 55–110 ms → 11–29 ms).
  return {
    sql: `CASE WHEN ${bitTests.map((t) => t.sql).join(' AND ')} THEN contains(i.search_text, ?) ELSE false END`,
    params: [...bitTests.flatMap((t) => t.params), folded]
  };
}

/**
 * Initiatives before `bound` in reading order, imported ones included (their rank is −1: UNRANKED). One
 * plain comparison on the column, so DuckDB applies it in the scan and reads the other columns of those
 * rows only.
 */
export function readingRankBelow(bound: number): BoundSql {
  return { sql: 'i.reading_rank < ?::INTEGER', params: [bound] };
}

/** Whether the filters search text (the costly filter: pagedInitiativeRows runs it once). */
export const searchesText = (f: Pick<Filters, 'q'>): boolean => matchesText(f.q) !== null;

/** Ward filter values (ward-key.ts): `city|ward` is that city's ward, a bare name that ward in any city. */
export function wardCondition(values: readonly string[]): BoundSql {
  const refs = values.map(parseWardKey);
  const anyCity = refs.filter((r) => r.city === null).map((r) => r.ward);
  const ofCity = refs.filter((r): r is { city: string; ward: string } => r.city !== null);
  const parts: BoundSql[] = [];
  if (anyCity.length > 0) parts.push(inList('p.ward', anyCity));
  for (const r of ofCity) parts.push({ sql: '(p.city = ? AND p.ward = ?)', params: [r.city, r.ward] });
  return { sql: parts.map((p) => p.sql).join(' OR '), params: parts.flatMap((p) => p.params) };
}

/** Conditions on plans only (wards, years): for queries that do not go through initiatives. */
export function planConditions(f: Pick<Filters, 'wards' | 'years'>): BoundSql[] {
  const parts: BoundSql[] = [];
  if (f.wards.length > 0) parts.push(wardCondition(f.wards));
  if (f.years.length > 0) parts.push(inList('p.fiscal_year', f.years));
  return parts;
}

/** `a AND b` over plans p, or undefined (every plan) when there is no condition. */
function scopeOf(parts: readonly BoundSql[]): PlanScope | undefined {
  if (parts.length === 0) return undefined;
  return { sql: parts.map((p) => `(${p.sql})`).join(' AND '), params: parts.flatMap((p) => p.params) };
}

/**
 * `FROM initiatives i`, joined to plans p only when a filter reads p (wards, years): every initiative's
 * plan exists (a build invariant: tables/invariants.ts), so the join drops no row, and it costs a scan of
 * plans (initiative_count at 1M under Node, medians of 10: every initiative 54 → 1 ms, 子育て 184 → 159
 * ms; bench/scratch, not kept).
 */
export function initiativesFrom(f: Pick<Filters, 'wards' | 'years'>): string {
  return planConditions(f).length > 0 ? 'FROM initiatives i JOIN plans p ON p.plan_id = i.plan_id' : 'FROM initiatives i';
}

/** Scope of a query that reads only the rows of the plans its ward and year filters allow. */
export function filtersScope(f: Pick<Filters, 'wards' | 'years'>, extra: readonly BoundSql[] = []): PlanScope | undefined {
  return scopeOf([...planConditions(f), ...extra]);
}

/** Scope of a query that reads only the rows of these plans. */
export function plansScope(planIds: readonly string[]): PlanScope {
  return inList('p.plan_id', planIds);
}

/** The statement with its scope attached (unchanged when the scope is every plan). */
export function scoped(bound: BoundSql, scope: PlanScope | undefined): BoundSql {
  return scope ? { ...bound, scope } : bound;
}

/** Every filter, for queries over initiatives i joined to plans p. */
export function initiativeConditions(f: Filters): BoundSql[] {
  const parts = planConditions(f);
  if (f.pillars.length > 0) parts.push(inList('i.pillar_id', f.pillars));
  if (f.themes.length > 0) parts.push(hasTheme(f.themes));
  if (f.markers.length > 0) parts.push(hasMarker(f.markers));
  if (f.statuses.length > 0) parts.push(inList('i.status', f.statuses));
  const text = matchesText(f.q);
  if (text) parts.push(text);
  return parts;
}

/** 'WHERE a AND b' (or '' when there is nothing), with the parameters in order. */
export function where(parts: readonly BoundSql[]): BoundSql {
  if (parts.length === 0) return { sql: '', params: [] };
  return { sql: `WHERE ${parts.map((p) => `(${p.sql})`).join(' AND ')}`, params: parts.flatMap((p) => p.params) };
}

/** Joins SQL pieces and concatenates their params in the same order. */
export function sql(strings: TemplateStringsArray, ...parts: (BoundSql | string)[]): BoundSql {
  let text = strings[0];
  const params: QueryParam[] = [];
  parts.forEach((part, k) => {
    if (typeof part === 'string') text += part; // only fixed fragments of this folder are passed as strings
    else {
      text += part.sql;
      params.push(...part.params);
    }
    text += strings[k + 1];
  });
  return { sql: text, params };
}

/** A marker tag's code from its id, `{plan_id}:marker:{marker}` (data contract; checkTableInvariants holds it). */
const MARKER_OF_TAG_ID = "substr(tt.tag_id, strpos(tt.tag_id, ':marker:') + 8)";

/**
 * `LEFT JOIN … tl` with each initiative's themes (slug and label, as structs) and marker codes as lists,
 * for the initiatives whose id satisfies `idCondition` (SQL over tt.initiative_id). One grouped join:
 * three correlated subqueries cost ~50–100 ms of planning per query in duckdb-wasm, whatever the data
 * size. Only theme tags are joined (for their labels): marker codes are read from the tag ids. Joining
 * every tag made DuckDB hash the whole tags table per page (85,000 marker tags at 1M; measured under
 * Node with the bounded page: 59 → 51 ms, 111 → 70 ms). The lists are sorted after grouping
 * (list_sort, byte order like ORDER BY), not by ordered aggregates, which DuckDB runs as a sort per
 * group: the bounded page under Node, interleaved with the old form, 27.8 → 25.2 ms at 100k and
 * 26.0 → 24.2 ms at 1M (medians, same answers; a one-off script, 2026-12-02, not kept).
 */
export function tagListsJoin(idCondition: string): string {
  return `LEFT JOIN (
  SELECT tt.initiative_id,
         list_sort(list({'slug': ${themeSlugOf('tt.tag_id')}, 'label': tg.label_ja}) FILTER (WHERE tg.tag_id IS NOT NULL)) AS themes,
         list_sort(list(${MARKER_OF_TAG_ID}) FILTER (WHERE NOT starts_with(tt.tag_id, '${THEME_TAG_PREFIX}'))) AS markers
  FROM initiative_tags tt LEFT JOIN tags tg ON tg.tag_id = tt.tag_id AND tg.kind = 'theme'
  WHERE ${idCondition}
  GROUP BY tt.initiative_id) tl ON tl.initiative_id = i.initiative_id`;
}
/** The columns tagListsJoin provides, never null; theme_labels[k] is the label of theme_slugs[k], slugs in byte order. */
export const TAG_LIST_COLUMNS =
  'coalesce(list_transform(tl.themes, t -> t.slug), []::VARCHAR[]) AS theme_slugs, coalesce(list_transform(tl.themes, t -> t.label), []::VARCHAR[]) AS theme_labels, coalesce(tl.markers, []::VARCHAR[]) AS markers';

/** `WITH chosen(plan_id, ord) AS (…)`: the plans a compare view asked for, in the order asked. */
export function chosenPlans(planIds: readonly string[], max: number): BoundSql {
  const ids = [...new Set(planIds)];
  if (ids.length > max) throw new RangeError(`比較できるプランは ${max} 件までです（${ids.length} 件指定）`);
  if (ids.length === 0) return { sql: 'chosen AS (SELECT NULL::VARCHAR AS plan_id, 0 AS ord WHERE FALSE)', params: [] };
  return {
    sql: `chosen(plan_id, ord) AS (VALUES ${ids.map((_, k) => `(?::VARCHAR, ${k + 1})`).join(', ')})`,
    params: ids
  };
}
