/**
 * The focus-tags cube: every initiative reduced to (plan, status, theme bits, marker bits), grouped.
 * Read once per table version; after that the 重点・テーマ charts are counted in the browser from it
 * (src/lib/focus/cube.ts) instead of three SQL statements per filter change. Bit positions come from
 * the same ORDER BY in every query here, so the four results line up.
 */
import { defineQuery, type NoParams } from './define';
import { themeSlugOf } from './sql-parts';

/** JavaScript's bit operators work on 32-bit signed integers: 31 bits are safe. */
export const CUBE_MAX_BITS = 31;

const PLAN_INDEX = 'plan_index AS (SELECT plan_id, (row_number() OVER (ORDER BY plan_id) - 1)::INTEGER AS plan_idx FROM plans)';
const THEME_BITS =
  "theme_bits AS (SELECT tag_id, (row_number() OVER (ORDER BY tag_id) - 1)::INTEGER AS bit FROM tags WHERE kind = 'theme')";
const MARKER_BITS =
  "marker_bits AS (SELECT marker, (row_number() OVER (ORDER BY marker) - 1)::INTEGER AS bit FROM (SELECT DISTINCT marker FROM tags WHERE kind = 'marker' AND marker IS NOT NULL))";

export interface CubePlanRow {
  plan_idx: number;
  city: string;
  ward: string;
  ward_code: string | null;
  fiscal_year: number;
}

export const focusCubePlans = defineQuery<NoParams, CubePlanRow>(
  'focus_cube_plans',
  () => ({
    sql: `WITH ${PLAN_INDEX}
SELECT x.plan_idx, p.city, p.ward, p.ward_code, p.fiscal_year::INTEGER AS fiscal_year
FROM plan_index x JOIN plans p ON p.plan_id = x.plan_id ORDER BY x.plan_idx`,
    params: []
  })
);

export interface CubeBitRow {
  kind: 'theme' | 'marker';
  bit: number;
  /** Theme slug, or marker code. */
  key: string;
  /** Themes only (a marker's label is its plan's legend: focusCubeMarkerLabels). */
  label_ja: string | null;
  label_en: string | null;
}

export const focusCubeBits = defineQuery<NoParams, CubeBitRow>(
  'focus_cube_bits',
  () => ({
    sql: `WITH ${THEME_BITS}, ${MARKER_BITS}
SELECT 'theme' AS kind, b.bit, ${themeSlugOf('t.tag_id')} AS key, t.label_ja, t.label_en
FROM theme_bits b JOIN tags t ON t.tag_id = b.tag_id
UNION ALL
SELECT 'marker', bit, marker, NULL, NULL FROM marker_bits
ORDER BY kind, bit`,
    params: []
  })
);

export interface CubeMarkerLabelRow {
  plan_idx: number;
  bit: number;
  /** The alphabetically first label among the plan's marker tags with this code (as the SQL query does). */
  label_ja: string;
  label_en: string | null;
}

/** Marker legends per plan: markers are labelled by each document's own legend. */
export const focusCubeMarkerLabels = defineQuery<NoParams, CubeMarkerLabelRow>(
  'focus_cube_marker_labels',
  () => ({
    sql: `WITH ${PLAN_INDEX}, ${MARKER_BITS}
SELECT x.plan_idx, b.bit, min(t.label_ja) AS label_ja, min(t.label_en) AS label_en
FROM initiative_tags it
JOIN tags t ON t.tag_id = it.tag_id AND t.kind = 'marker'
JOIN marker_bits b ON b.marker = t.marker
JOIN initiatives i ON i.initiative_id = it.initiative_id
JOIN plan_index x ON x.plan_id = i.plan_id
GROUP BY x.plan_idx, b.bit
ORDER BY x.plan_idx, b.bit`,
    params: []
  })
);

export interface CubeRow {
  plan_idx: number;
  status: string | null;
  theme_mask: number;
  marker_mask: number;
  /** Initiatives with exactly this plan, status and tags. */
  n: number;
}

/** Bits from CUBE_MAX_BITS on are left out; assembleFocusCube then refuses the cube and the page asks SQL. */
export const focusCubeRows = defineQuery<NoParams, CubeRow>(
  'focus_cube_rows',
  () => ({
    sql: `WITH ${PLAN_INDEX}, ${THEME_BITS}, ${MARKER_BITS},
masks AS (
  SELECT it.initiative_id,
         coalesce(bit_or((1::INTEGER << tb.bit)) FILTER (WHERE tb.bit IS NOT NULL), 0) AS theme_mask,
         coalesce(bit_or((1::INTEGER << mb.bit)) FILTER (WHERE mb.bit IS NOT NULL), 0) AS marker_mask
  FROM initiative_tags it
  JOIN tags t ON t.tag_id = it.tag_id
  LEFT JOIN theme_bits tb ON tb.tag_id = t.tag_id AND t.kind = 'theme' AND tb.bit < ${CUBE_MAX_BITS}
  LEFT JOIN marker_bits mb ON mb.marker = t.marker AND t.kind = 'marker' AND mb.bit < ${CUBE_MAX_BITS}
  GROUP BY it.initiative_id)
SELECT x.plan_idx, i.status, coalesce(m.theme_mask, 0)::INTEGER AS theme_mask, coalesce(m.marker_mask, 0)::INTEGER AS marker_mask,
       count(*)::INTEGER AS n
FROM initiatives i
JOIN plan_index x ON x.plan_id = i.plan_id
LEFT JOIN masks m ON m.initiative_id = i.initiative_id
GROUP BY ALL
ORDER BY ALL`,
    params: []
  })
);
