/** Years page: status counts from full plans, stated figures from facts records, goals and pillars. */
import type { Filters } from '../filters/filters';
import { defineQuery } from './define';
import { BEST_PLAN_ORDER, filtersScope, initiativeConditions, planConditions, scoped, sql, where, wardOrder } from './sql-parts';
import type { Coverage } from './overview';

export interface StatusByWardYearRow {
  city: string;
  ward: string;
  ward_code: string | null;
  fiscal_year: number;
  /** One row per full plan (a ward-year with a shipped and an imported document has two). */
  plan_id: string;
  new_count: number;
  continuing_count: number;
  unknown_count: number;
  total: number;
}

export const statusByWardYear = defineQuery<Filters, StatusByWardYearRow>('status_by_ward_year', (f) =>
  scoped(sql`
SELECT p.city, p.ward, p.ward_code, p.fiscal_year, p.plan_id,
       (count(*) FILTER (WHERE i.status = 'new'))::INTEGER AS new_count,
       (count(*) FILTER (WHERE i.status = 'continuing'))::INTEGER AS continuing_count,
       (count(*) FILTER (WHERE i.status = 'unknown'))::INTEGER AS unknown_count,
       count(*)::INTEGER AS total
FROM initiatives i JOIN plans p ON p.plan_id = i.plan_id
${where([{ sql: "p.coverage = 'full'", params: [] }, ...initiativeConditions(f)])}
GROUP BY p.city, p.ward, p.ward_code, p.fiscal_year, p.plan_id
ORDER BY ${wardOrder('p')}, p.fiscal_year, p.plan_id`, filtersScope(f))
);

export type WardYearParams = Pick<Filters, 'wards' | 'years'>;

export interface StatedFiguresRow {
  city: string;
  ward: string;
  ward_code: string | null;
  fiscal_year: number;
  plan_id: string;
  /** What was counted, as the source says; one row per plan and scope. */
  scope: string;
  project_count: number | null;
  new_project_count: number | null;
  project_count_raw: string | null;
  new_project_count_raw: string | null;
  source_url: string | null;
}

export const statedFiguresByWardYear = defineQuery<WardYearParams, StatedFiguresRow>('stated_figures_by_ward_year', (f) =>
  scoped(sql`
SELECT p.city, p.ward, p.ward_code, p.fiscal_year, p.plan_id, fg.scope,
       max(fg.value) FILTER (WHERE fg.metric = 'project_count') AS project_count,
       max(fg.value) FILTER (WHERE fg.metric = 'new_project_count') AS new_project_count,
       max(fg.raw) FILTER (WHERE fg.metric = 'project_count') AS project_count_raw,
       max(fg.raw) FILTER (WHERE fg.metric = 'new_project_count') AS new_project_count_raw,
       min(fg.source_url) AS source_url
FROM plan_figures fg JOIN plans p ON p.plan_id = fg.plan_id
${where([{ sql: "p.coverage = 'partial' AND fg.metric IN ('project_count', 'new_project_count')", params: [] }, ...planConditions(f)])}
GROUP BY p.city, p.ward, p.ward_code, p.fiscal_year, p.plan_id, fg.scope
ORDER BY ${wardOrder('p')}, p.fiscal_year, p.plan_id, fg.scope`, filtersScope(f))
);

export interface GoalAndPillarsRow {
  city: string;
  ward: string;
  ward_code: string | null;
  fiscal_year: number;
  /** The ward-year's best plan (full before partial, shipped before imported). */
  plan_id: string;
  coverage: Coverage;
  basic_goal: string | null;
  /** Pillar titles in printed order ([] for facts records). */
  pillar_titles: string[];
  source_kind: string;
  source_url: string | null;
  subject: string | null;
}

export const goalAndPillarsByWard = defineQuery<WardYearParams, GoalAndPillarsRow>('goal_and_pillars_by_ward', (f) =>
  scoped(sql`
WITH ranked AS (
  SELECT p.*, row_number() OVER (PARTITION BY p.city, p.ward, p.fiscal_year ORDER BY ${BEST_PLAN_ORDER}) AS rank
  FROM plans p ${where(planConditions(f))})
SELECT r.city, r.ward, r.ward_code, r.fiscal_year, r.plan_id, r.coverage, r.basic_goal,
       coalesce((SELECT list(pl.title ORDER BY pl.position) FROM pillars pl WHERE pl.plan_id = r.plan_id), []::VARCHAR[]) AS pillar_titles,
       r.source_kind, r.source_url, r.subject
FROM ranked r WHERE r.rank = 1
ORDER BY ${wardOrder('r')}, r.fiscal_year`, filtersScope(f))
);
