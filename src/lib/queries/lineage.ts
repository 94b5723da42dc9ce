/**
 * Lineage view: which wards have full documents of consecutive years, and the items of two plans to
 * match (matching itself is pure TypeScript in $lib/lineage, so imported plans link at once).
 */
import { defineQuery, type NoParams } from './define';
import { inList, plansScope, wardOrder } from './sql-parts';

export interface FullPlanYearRow {
  city: string;
  ward: string;
  ward_code: string | null;
  fiscal_year: number;
  plan_id: string;
  truncated: boolean;
  origin: 'shipped' | 'imported';
  basic_goal: string | null;
}

/** Full documents only (facts records list examples: never a basis for lineage). */
export const fullPlanYears = defineQuery<NoParams, FullPlanYearRow>('full_plan_years', () => ({
  sql: `
SELECT p.city, p.ward, p.ward_code, p.fiscal_year, p.plan_id, p.truncated, p.origin, p.basic_goal
FROM plans p WHERE p.coverage = 'full'
ORDER BY ${wardOrder('p')}, p.fiscal_year, CASE p.origin WHEN 'shipped' THEN 0 ELSE 1 END, p.plan_id`,
  params: []
}));

export interface LineageItemRow {
  initiative_id: string;
  plan_id: string;
  pillar_id: string;
  pillar_position: number;
  pillar_title: string;
  position: number;
  title: string;
  program_name: string | null;
  description: string;
}

export const lineageItems = defineQuery<{ plan_ids: string[] }, LineageItemRow>('lineage_items', (p) => {
  const plans = inList('i.plan_id', p.plan_ids);
  return {
    sql: `
SELECT i.initiative_id, i.plan_id, i.pillar_id, pl.position AS pillar_position, pl.title AS pillar_title,
       i.position, i.title, i.program_name, i.description
FROM initiatives i JOIN pillars pl ON pl.pillar_id = i.pillar_id
WHERE ${plans.sql}
ORDER BY i.plan_id, pl.position, i.position`,
    params: plans.params,
    scope: plansScope(p.plan_ids)
  };
});
