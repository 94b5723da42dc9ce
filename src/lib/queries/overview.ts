/** Overview page: which ward-years have which kind of plan, and the headline numbers. */
import { defineQuery, type NoParams } from './define';
import { BEST_PLAN_ORDER, wardOrder } from './sql-parts';

export type Coverage = 'full' | 'partial';

export interface CoverageCell {
  city: string;
  ward: string;
  ward_code: string | null;
  fiscal_year: number;
  /** Best coverage among the ward-year's plans; null where there is none. */
  coverage: Coverage | null;
  /** The best plan (full before partial, shipped before imported, then by id); null where none. */
  plan_id: string | null;
  plan_count: number;
}

/** Every ward × every year from the first to the last year with any plan (gaps included). */
export const coverageMatrix = defineQuery<NoParams, CoverageCell>('coverage_matrix', () => ({
  sql: `
WITH ranked AS (
  SELECT p.city, p.ward, p.fiscal_year, p.plan_id, p.coverage,
         count(*) OVER (PARTITION BY p.city, p.ward, p.fiscal_year) AS plan_count,
         row_number() OVER (PARTITION BY p.city, p.ward, p.fiscal_year ORDER BY ${BEST_PLAN_ORDER}) AS rank
  FROM plans p),
wards AS (SELECT city, ward, min(ward_code) AS ward_code FROM plans GROUP BY city, ward),
years AS (SELECT unnest(range((SELECT min(fiscal_year) FROM plans), (SELECT max(fiscal_year) FROM plans) + 1)) AS fiscal_year)
SELECT w.city, w.ward, w.ward_code, y.fiscal_year::INTEGER AS fiscal_year, r.coverage, r.plan_id,
       coalesce(r.plan_count, 0)::INTEGER AS plan_count
FROM wards w CROSS JOIN years y
LEFT JOIN ranked r ON r.city = w.city AND r.ward = w.ward AND r.fiscal_year = y.fiscal_year AND r.rank = 1
ORDER BY ${wardOrder('w')}, y.fiscal_year`,
  params: []
}));

export interface HeadlineFigures {
  /** Distinct city + ward pairs with any plan. */
  wards: number;
  year_min: number | null;
  year_max: number | null;
  full_plans: number;
  partial_plans: number;
  initiatives: number;
  /** Themes in the common taxonomy (tags of kind 'theme'). */
  themes: number;
}

export const headlineFigures = defineQuery<NoParams, HeadlineFigures>('headline_figures', () => ({
  sql: `
SELECT (SELECT count(DISTINCT city || '|' || ward) FROM plans)::INTEGER AS wards,
       (SELECT min(fiscal_year) FROM plans) AS year_min,
       (SELECT max(fiscal_year) FROM plans) AS year_max,
       (SELECT count(*) FROM plans WHERE coverage = 'full')::INTEGER AS full_plans,
       (SELECT count(*) FROM plans WHERE coverage = 'partial')::INTEGER AS partial_plans,
       (SELECT count(*) FROM initiatives)::INTEGER AS initiatives,
       (SELECT count(*) FROM tags WHERE kind = 'theme')::INTEGER AS themes`,
  params: []
}));
