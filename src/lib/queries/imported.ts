/**
 * Removing a plan added in the browser: its rows in every table. Statements only (never cached); the
 * plan id reaches SQL as a bound parameter.
 */
import type { BoundSql } from './define';

const BY_PLAN = ['plans', 'pillars', 'initiatives', 'tags', 'plan_figures', 'plan_sections', 'plan_mentions'] as const;

export function deletePlanStatements(planId: string): BoundSql[] {
  return [
    // initiative_tags has no plan_id: remove through the plan's initiatives, before they go.
    { sql: 'DELETE FROM initiative_tags WHERE initiative_id IN (SELECT initiative_id FROM initiatives WHERE plan_id = ?)', params: [planId] },
    // Lineage links to or from the plan's items go with them.
    { sql: 'DELETE FROM initiative_links WHERE from_plan_id = ? OR to_plan_id = ?', params: [planId, planId] },
    ...BY_PLAN.map((table) => ({ sql: `DELETE FROM ${table} WHERE plan_id = ?`, params: [planId] })) // table: a constant above
  ];
}
