/** Every value each filter can take, with how many initiatives carry it (over all data, unfiltered). */
import { defineQuery, type NoParams } from './define';
import { themeSlugOf } from './sql-parts';

export type FilterFacet = 'ward' | 'year' | 'pillar' | 'theme' | 'marker' | 'status';

export interface FilterOptionRow {
  facet: FilterFacet;
  /** The value the Filters object takes (years as text: '2022'; wards as `city|ward`, see ward-key.ts). */
  value: string;
  label: string;
  label_en: string | null;
  /** Context for ambiguous labels: pillars show 'ward fiscal_year'; wards their city when there are several. */
  detail: string | null;
  /** Initiatives with this value (wards and years without initiatives are listed with 0). */
  count: number;
}

/**
 * Facets in the order above; within a facet: wards by code, years ascending, pillars by ward, year
 * and position, themes by slug, markers by code, statuses new → continuing → unknown.
 */
export const filterOptions = defineQuery<NoParams, FilterOptionRow>('filter_options', () => ({
  sql: `
WITH per_plan AS (SELECT plan_id, count(*) AS n FROM initiatives GROUP BY plan_id),
options AS (
  SELECT 'ward' AS facet, 1 AS facet_rank, coalesce(min(p.ward_code), '~') || p.city || '|' || p.ward AS sort_key,
         p.city || '|' || p.ward AS value, p.ward AS label, NULL AS label_en,
         CASE WHEN (SELECT count(DISTINCT city) FROM plans) > 1 THEN p.city END AS detail, sum(coalesce(pp.n, 0)) AS count
  FROM plans p LEFT JOIN per_plan pp ON pp.plan_id = p.plan_id GROUP BY p.city, p.ward
  UNION ALL
  SELECT 'year', 2, p.fiscal_year::VARCHAR, p.fiscal_year::VARCHAR, p.fiscal_year::VARCHAR, NULL, NULL, sum(coalesce(pp.n, 0))
  FROM plans p LEFT JOIN per_plan pp ON pp.plan_id = p.plan_id GROUP BY p.fiscal_year
  UNION ALL
  SELECT 'pillar', 3, coalesce(p.ward_code, '~') || p.ward || p.fiscal_year::VARCHAR || lpad(pl.position::VARCHAR, 4, '0'),
         pl.pillar_id, pl.title, NULL, p.ward || ' ' || p.fiscal_year::VARCHAR,
         (SELECT count(*) FROM initiatives i WHERE i.pillar_id = pl.pillar_id)
  FROM pillars pl JOIN plans p ON p.plan_id = pl.plan_id
  UNION ALL
  SELECT 'theme', 4, ${themeSlugOf('t.tag_id')}, ${themeSlugOf('t.tag_id')}, t.label_ja, t.label_en, NULL,
         (SELECT count(*) FROM initiative_tags it WHERE it.tag_id = t.tag_id)
  FROM tags t WHERE t.kind = 'theme'
  UNION ALL
  SELECT 'marker', 5, t.marker, t.marker, min(t.label_ja), min(t.label_en), NULL, count(DISTINCT it.initiative_id)
  FROM tags t LEFT JOIN initiative_tags it ON it.tag_id = t.tag_id WHERE t.kind = 'marker' GROUP BY t.marker
  UNION ALL
  SELECT 'status', 6, s.rank::VARCHAR, s.status, s.status, NULL, NULL, (SELECT count(*) FROM initiatives i WHERE i.status = s.status)
  FROM (VALUES ('new', 1), ('continuing', 2), ('unknown', 3)) s(status, rank))
SELECT facet, value, label, label_en, detail, count::INTEGER AS count FROM options ORDER BY facet_rank, sort_key, value`,
  params: []
}));
