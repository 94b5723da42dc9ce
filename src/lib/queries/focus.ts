/** Focus-tags page: themes and markers by ward (filtered), theme pairs, and the items behind a cell. */
import type { Filters } from '../filters/filters';
import { defineQuery } from './define';
import { READING_ORDER, clampInt, pagedInitiativeRows, type InitiativeListRow } from './initiative-rows';
import { filtersScope, hasMarker, hasTheme, initiativeConditions, inList, scoped, searchesText, sql, themeSlugOf, THEME_TAG_PREFIX, wardCondition, where, wardOrder } from './sql-parts';

/** `filtered`: the initiatives that pass the filters, with their ward. */
function filteredCte(f: Filters) {
  return sql`filtered AS (
  SELECT i.initiative_id, i.plan_id, p.city, p.ward, p.ward_code
  FROM initiatives i JOIN plans p ON p.plan_id = i.plan_id ${where(initiativeConditions(f))}),
ward_totals AS (SELECT city, ward, min(ward_code) AS ward_code, count(*) AS total FROM filtered GROUP BY city, ward)`;
}

export interface ThemeCountByWardRow {
  city: string;
  ward: string;
  ward_code: string | null;
  theme_slug: string;
  label_ja: string;
  label_en: string | null;
  /** Filtered initiatives of the ward carrying the theme (0 rows included). */
  count: number;
  /** Filtered initiatives of the ward. */
  ward_total: number;
  /** count / ward_total; an initiative can carry several themes, so shares add up to ≥ 1. */
  share: number;
}

/** Wards with at least one filtered initiative × every theme (only the chosen themes where filtered). */
export const themeCountsByWard = defineQuery<Filters, ThemeCountByWardRow>('theme_counts_by_ward', (f) => {
  const themeFilter = f.themes.length > 0 ? sql` AND ${inList('tag_id', f.themes.map((s) => THEME_TAG_PREFIX + s))}` : sql``;
  return scoped(sql`
WITH ${filteredCte(f)},
themes AS (SELECT tag_id, ${themeSlugOf('tag_id')} AS theme_slug, label_ja, label_en FROM tags WHERE kind = 'theme'${themeFilter}),
counts AS (SELECT f.city, f.ward, it.tag_id, count(*) AS n
           FROM filtered f JOIN initiative_tags it ON it.initiative_id = f.initiative_id GROUP BY f.city, f.ward, it.tag_id)
SELECT w.city, w.ward, w.ward_code, th.theme_slug, th.label_ja, th.label_en,
       coalesce(c.n, 0)::INTEGER AS count, w.total::INTEGER AS ward_total, coalesce(c.n, 0) / w.total AS share
FROM ward_totals w CROSS JOIN themes th
LEFT JOIN counts c ON c.city = w.city AND c.ward = w.ward AND c.tag_id = th.tag_id
ORDER BY ${wardOrder('w')}, th.theme_slug`, filtersScope(f));
});

export interface MarkerCountByWardRow {
  city: string;
  ward: string;
  ward_code: string | null;
  marker: string;
  /** The legend's label (the alphabetically first where the ward's plans label the code differently). */
  label_ja: string;
  label_en: string | null;
  count: number;
  ward_total: number;
  share: number;
}

/** Declared markers on filtered initiatives, per ward (only markers that occur). */
export const markerCountsByWard = defineQuery<Filters, MarkerCountByWardRow>('marker_counts_by_ward', (f) =>
  scoped(sql`
WITH ${filteredCte(f)}
SELECT f.city, f.ward, any_value(w.ward_code) AS ward_code, t.marker, min(t.label_ja) AS label_ja, min(t.label_en) AS label_en,
       count(DISTINCT f.initiative_id)::INTEGER AS count, any_value(w.total)::INTEGER AS ward_total,
       count(DISTINCT f.initiative_id) / any_value(w.total) AS share
FROM filtered f
JOIN initiative_tags it ON it.initiative_id = f.initiative_id
JOIN tags t ON t.tag_id = it.tag_id AND t.kind = 'marker'
JOIN ward_totals w ON w.city = f.city AND w.ward = f.ward
GROUP BY f.city, f.ward, t.marker
ORDER BY any_value(w.ward_code) NULLS LAST, f.city, f.ward, t.marker`, filtersScope(f))
);

export interface ThemePairRow {
  /** theme_a < theme_b (by tag id), each pair once. */
  theme_a: string;
  theme_b: string;
  label_a: string;
  label_b: string;
  /** Filtered initiatives carrying both. */
  count: number;
}

export const themeCooccurrence = defineQuery<Filters, ThemePairRow>('theme_cooccurrence', (f) =>
  scoped(sql`
WITH ${filteredCte(f)},
th AS (SELECT it.initiative_id, t.tag_id, t.label_ja
       FROM filtered f JOIN initiative_tags it ON it.initiative_id = f.initiative_id
       JOIN tags t ON t.tag_id = it.tag_id AND t.kind = 'theme')
SELECT ${themeSlugOf('a.tag_id')} AS theme_a, ${themeSlugOf('b.tag_id')} AS theme_b,
       any_value(a.label_ja) AS label_a, any_value(b.label_ja) AS label_b, count(*)::INTEGER AS count
FROM th a JOIN th b ON a.initiative_id = b.initiative_id AND a.tag_id < b.tag_id
GROUP BY a.tag_id, b.tag_id
ORDER BY count DESC, theme_a, theme_b`, filtersScope(f))
);

export interface InitiativesForMarkParams {
  filters: Filters;
  /** A ward key `city|ward`, or a ward name for that name in every city (ward-key.ts). */
  ward: string;
  /** The clicked column: a theme slug or a marker code (exactly one). */
  theme?: string;
  marker?: string;
  /** At most this many rows (default 200, max 1000); `total` says how many there are. */
  limit?: number;
}

/** The initiatives behind a clicked ward × theme or ward × marker cell, in reading order. */
export const initiativesForMark = defineQuery<InitiativesForMarkParams, InitiativeListRow>('initiatives_for_mark', (p) => {
  if ((p.theme === undefined) === (p.marker === undefined)) {
    throw new TypeError('initiatives_for_mark: theme か marker のどちらか一方を指定してください');
  }
  const mark = p.theme !== undefined ? hasTheme([p.theme]) : hasMarker([p.marker as string]);
  const conditions = [...initiativeConditions(p.filters), wardCondition([p.ward]), mark];
  return scoped(pagedInitiativeRows(conditions, `ORDER BY ${READING_ORDER}`, clampInt(p.limit, 1, 1000, 200), 0, searchesText(p.filters)), filtersScope(p.filters, [wardCondition([p.ward])]));
});
