/** Plan page: one plan with its pillars, initiatives, sections, figures, mentions and sibling sources. */
import type { Status } from '../filters/filters';
import { TABLES } from '../tables/schema';
import { defineQuery, type NoParams } from './define';
import { plansScope, tagListsJoin, TAG_LIST_COLUMNS, wardOrder } from './sql-parts';
import type { Coverage } from './overview';

export interface PlanIdParams {
  plan_id: string;
}

export interface PlanRow {
  plan_id: string;
  city: string;
  ward: string;
  ward_code: string | null;
  fiscal_year: number;
  era_label: string | null;
  title: string | null;
  basic_goal: string | null;
  coverage: Coverage;
  subject: string | null;
  source_kind: string;
  source_url: string | null;
  source_file: string | null;
  published: string | null;
  truncated: boolean;
  fiscal_year_uncertain: boolean;
  /** Facts records: the source lists more pillars than were captured. */
  pillars_cut: boolean;
  /** Facts records: pillar titles are a news summary. */
  pillars_paraphrased: boolean;
  origin: 'shipped' | 'imported';
  notes: string | null;
}

const PLAN_COLUMNS = TABLES.plans.columns.map((c) => `p.${c.name}`).join(', ');

export const planById = defineQuery<PlanIdParams, PlanRow>('plan_by_id', (p) => ({
  sql: `SELECT ${PLAN_COLUMNS} FROM plans p WHERE p.plan_id = ?`,
  params: [p.plan_id]
}));

export interface PillarOfPlanRow {
  pillar_id: string;
  position: number;
  title: string;
  summary: string | null;
  source_lines: number[] | null;
  initiative_count: number;
}

export const pillarsOfPlan = defineQuery<PlanIdParams, PillarOfPlanRow>('pillars_of_plan', (p) => ({
  sql: `
SELECT pl.pillar_id, pl.position, pl.title, pl.summary, pl.source_lines,
       (SELECT count(*) FROM initiatives i WHERE i.pillar_id = pl.pillar_id)::INTEGER AS initiative_count
FROM pillars pl WHERE pl.plan_id = ? ORDER BY pl.position`,
  params: [p.plan_id],
  scope: plansScope([p.plan_id])
}));

export interface InitiativeOfPlanRow {
  initiative_id: string;
  pillar_id: string;
  pillar_position: number;
  position: number;
  sub_theme: string | null;
  title: string;
  program_name: string | null;
  description: string;
  status: Status;
  status_basis: string;
  source_lines: number[];
  recovered: boolean;
  /** Theme slugs, sorted; theme_labels[k] is the label of theme_slugs[k]. */
  theme_slugs: string[];
  theme_labels: string[];
  /** Marker codes, sorted. */
  markers: string[];
}

export const initiativesOfPlan = defineQuery<PlanIdParams, InitiativeOfPlanRow>('initiatives_of_plan', (p) => ({
  sql: `
SELECT i.initiative_id, i.pillar_id, pl.position AS pillar_position, i.position, i.sub_theme, i.title,
       i.program_name, i.description, i.status, i.status_basis, i.source_lines, i.recovered,
       ${TAG_LIST_COLUMNS}
FROM initiatives i JOIN pillars pl ON pl.pillar_id = i.pillar_id
${tagListsJoin('tt.initiative_id IN (SELECT initiative_id FROM initiatives WHERE plan_id = ?)')}
WHERE i.plan_id = ? ORDER BY pl.position, i.position`,
  params: [p.plan_id, p.plan_id],
  scope: plansScope([p.plan_id])
}));

export type SectionKind = 'stance' | 'legend' | 'organisation' | 'department' | 'column';

export interface SectionRow {
  section_id: string;
  kind: SectionKind;
  position: number;
  title: string;
  body: string;
  source_lines: number[] | null;
}

/** In reading order of a plan: stance, legend, organisation, departments, columns. */
export const sectionsOfPlan = defineQuery<PlanIdParams, SectionRow>('sections_of_plan', (p) => ({
  sql: `
SELECT s.section_id, s.kind, s.position, s.title, s.body, s.source_lines
FROM plan_sections s WHERE s.plan_id = ?
ORDER BY CASE s.kind WHEN 'stance' THEN 0 WHEN 'legend' THEN 1 WHEN 'organisation' THEN 2
                     WHEN 'department' THEN 3 WHEN 'column' THEN 4 ELSE 5 END, s.position`,
  params: [p.plan_id],
  scope: plansScope([p.plan_id])
}));

export interface RelatedPlanRow {
  plan_id: string;
  coverage: Coverage;
  title: string | null;
  subject: string | null;
  source_kind: string;
  source_url: string | null;
  published: string | null;
  origin: 'shipped' | 'imported';
  notes: string | null;
}

/** The other plans (documents or facts records) of the same city, ward and fiscal year. */
export const relatedPlans = defineQuery<PlanIdParams, RelatedPlanRow>('related_plans', (p) => ({
  sql: `
SELECT o.plan_id, o.coverage, o.title, o.subject, o.source_kind, o.source_url, o.published, o.origin, o.notes
FROM plans me
JOIN plans o ON o.city = me.city AND o.ward = me.ward AND o.fiscal_year = me.fiscal_year AND o.plan_id <> me.plan_id
WHERE me.plan_id = ?
ORDER BY CASE o.coverage WHEN 'full' THEN 0 ELSE 1 END, o.published NULLS LAST, o.plan_id`,
  params: [p.plan_id]
}));

export interface FigureRow {
  metric: string;
  value: number | null;
  unit: string | null;
  scope: string;
  raw: string;
  source_url: string | null;
}

/** In the order the build wrote them (the source's order). */
export const figuresOfPlan = defineQuery<PlanIdParams, FigureRow>('figures_of_plan', (p) => ({
  sql: 'SELECT f.metric, f.value, f.unit, f.scope, f.raw, f.source_url FROM plan_figures f WHERE f.plan_id = ? ORDER BY f.rowid',
  params: [p.plan_id],
  scope: plansScope([p.plan_id])
}));

export interface MentionRow {
  name: string;
  marker: string | null;
}

export const mentionsOfPlan = defineQuery<PlanIdParams, MentionRow>('mentions_of_plan', (p) => ({
  sql: 'SELECT m.name, m.marker FROM plan_mentions m WHERE m.plan_id = ? ORDER BY m.rowid',
  params: [p.plan_id],
  scope: plansScope([p.plan_id])
}));

export interface PlanOptionRow {
  plan_id: string;
  city: string;
  ward: string;
  ward_code: string | null;
  fiscal_year: number;
  coverage: Coverage;
  origin: 'shipped' | 'imported';
  subject: string | null;
}

/** Every plan, for pickers: ward order, then year, full before partial. */
export const planOptions = defineQuery<NoParams, PlanOptionRow>('plan_options', () => ({
  sql: `
SELECT p.plan_id, p.city, p.ward, p.ward_code, p.fiscal_year, p.coverage, p.origin, p.subject
FROM plans p ORDER BY ${wardOrder('p')}, p.fiscal_year, CASE p.coverage WHEN 'full' THEN 0 ELSE 1 END, p.plan_id`,
  params: []
}));
