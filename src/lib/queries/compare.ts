/** Compare page: 1–4 plans side by side (the page asks for 2–4; one is allowed while picking). */
import { MAX_COMPARE_PLANS } from '../filters/view-state';
import { defineQuery } from './define';
import { chosenPlans, plansScope, scoped, sql, themeSlugOf } from './sql-parts';
import type { Coverage } from './overview';

export interface ComparePlansParams {
  /** In column order; duplicates are ignored; more than MAX_COMPARE_PLANS throws a RangeError. */
  plan_ids: string[];
}

export interface ComparePlanRow {
  plan_id: string;
  city: string;
  ward: string;
  ward_code: string | null;
  fiscal_year: number;
  basic_goal: string | null;
  coverage: Coverage;
  source_url: string | null;
  pillar_count: number;
  initiative_count: number;
}

export const comparePlans = defineQuery<ComparePlansParams, ComparePlanRow>('compare_plans', (p) =>
  scoped(sql`
WITH ${chosenPlans(p.plan_ids, MAX_COMPARE_PLANS)}
SELECT pp.plan_id, pp.city, pp.ward, pp.ward_code, pp.fiscal_year, pp.basic_goal, pp.coverage, pp.source_url,
       (SELECT count(*) FROM pillars pl WHERE pl.plan_id = pp.plan_id)::INTEGER AS pillar_count,
       (SELECT count(*) FROM initiatives i WHERE i.plan_id = pp.plan_id)::INTEGER AS initiative_count
FROM chosen c JOIN plans pp ON pp.plan_id = c.plan_id ORDER BY c.ord`, plansScope(p.plan_ids))
);

export interface ComparePillarRow {
  plan_id: string;
  pillar_id: string;
  position: number;
  title: string;
  initiative_count: number;
}

export const comparePillars = defineQuery<ComparePlansParams, ComparePillarRow>('compare_pillars', (p) =>
  scoped(sql`
WITH ${chosenPlans(p.plan_ids, MAX_COMPARE_PLANS)}
SELECT pl.plan_id, pl.pillar_id, pl.position, pl.title,
       (SELECT count(*) FROM initiatives i WHERE i.pillar_id = pl.pillar_id)::INTEGER AS initiative_count
FROM chosen c JOIN pillars pl ON pl.plan_id = c.plan_id ORDER BY c.ord, pl.position`, plansScope(p.plan_ids))
);

export interface ThemeByPlanRow {
  plan_id: string;
  theme_slug: string;
  label_ja: string;
  label_en: string | null;
  /** Initiatives of the plan carrying the theme (0 rows included, so a heatmap is complete). */
  count: number;
  /** All initiatives of the plan. */
  plan_initiatives: number;
  /** count / plan_initiatives (0 where the plan has none). An initiative can carry several themes. */
  share: number;
}

/** The plan × theme counts both theme queries start from. */
const themeCountsCtes = `
themes AS (SELECT tag_id, ${themeSlugOf('tag_id')} AS theme_slug, label_ja, label_en FROM tags WHERE kind = 'theme'),
totals AS (SELECT c.plan_id, c.ord, (SELECT count(*) FROM initiatives i WHERE i.plan_id = c.plan_id) AS total
           FROM chosen c WHERE c.plan_id IN (SELECT plan_id FROM plans)),
counts AS (SELECT i.plan_id, it.tag_id, count(*) AS n
           FROM chosen c JOIN initiatives i ON i.plan_id = c.plan_id JOIN initiative_tags it ON it.initiative_id = i.initiative_id
           GROUP BY i.plan_id, it.tag_id),
grid AS (SELECT t.plan_id, t.ord, th.theme_slug, th.label_ja, th.label_en, coalesce(n.n, 0) AS n, t.total
         FROM totals t CROSS JOIN themes th LEFT JOIN counts n ON n.plan_id = t.plan_id AND n.tag_id = th.tag_id)`;

export const themeByPlan = defineQuery<ComparePlansParams, ThemeByPlanRow>('theme_by_plan', (p) =>
  scoped(sql`
WITH ${chosenPlans(p.plan_ids, MAX_COMPARE_PLANS)}, ${themeCountsCtes}
SELECT plan_id, theme_slug, label_ja, label_en, n::INTEGER AS count, total::INTEGER AS plan_initiatives,
       CASE WHEN total = 0 THEN 0.0 ELSE n / total END AS share
FROM grid ORDER BY ord, theme_slug`, plansScope(p.plan_ids))
);

export interface ThemeGapRow {
  theme_slug: string;
  label_ja: string;
  label_en: string | null;
  /** Plans with at least one initiative of the theme, in the order asked. */
  present_in: string[];
  /** Plans with none, in the order asked. */
  absent_in: string[];
}

/** Themes that at least one chosen plan covers and at least one other lacks. */
export const themeGaps = defineQuery<ComparePlansParams, ThemeGapRow>('theme_gaps', (p) =>
  scoped(sql`
WITH ${chosenPlans(p.plan_ids, MAX_COMPARE_PLANS)}, ${themeCountsCtes}
SELECT theme_slug, label_ja, label_en,
       list(plan_id ORDER BY ord) FILTER (WHERE n > 0) AS present_in,
       list(plan_id ORDER BY ord) FILTER (WHERE n = 0) AS absent_in
FROM grid GROUP BY theme_slug, label_ja, label_en
HAVING count(*) FILTER (WHERE n > 0) > 0 AND count(*) FILTER (WHERE n = 0) > 0
ORDER BY theme_slug`, plansScope(p.plan_ids))
);
