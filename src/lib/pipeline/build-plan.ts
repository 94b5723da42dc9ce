/**
 * One plan document's text → its table rows: parse, apply curation, theme, give statuses. The build
 * (`npm run data`) and the browser import both call this, so a plan builds the same way in both.
 */
import { parsePlan } from '../plans/parse-plan';
import type { ParsedPlan } from '../plans/types';
import { applyCuration, curatedThemes, type CurationEntry } from '../curation';
import { assignStatus, type StatedFigure } from '../status';
import { assignThemes, defaultThemeRules, type ThemeRules } from '../themes';
import type { Row } from '../tables/schema';
import { planToTables, type PlanMeta, type PlanTables } from './plan-to-tables';

export type StatedFigureInput = StatedFigure;

export interface BuildPlanInput {
  meta: PlanMeta;
  fileName: string;
  /** Figures other sources state about the same ward-year (status evidence, e.g. 0 new of 33). */
  figures?: StatedFigure[];
  curation?: CurationEntry[];
  rules?: ThemeRules;
}

export interface BuiltPlan {
  plan: ParsedPlan;
  tables: PlanTables;
  curationApplied: CurationEntry[];
}

export function buildPlanTables(text: string, input: BuildPlanInput): BuiltPlan {
  const { meta } = input;
  const rules = input.rules ?? defaultThemeRules;
  const parsed = parsePlan(text, { ward: meta.ward, fiscal_year: meta.fiscal_year, fileName: input.fileName });
  const curated = applyCuration(parsed, input.curation ?? [], { city: meta.city, ward: meta.ward, fiscal_year: meta.fiscal_year });
  const tables = planToTables(curated.plan, meta, {
    themesFor: (item, legend) => {
      const fromRules = assignThemes(item, legend, rules);
      const fromCuration = curatedThemes(curated.applied, item).filter((c) => !fromRules.some((r) => r.slug === c.slug));
      return [...fromRules, ...fromCuration];
    },
    statusFor: (item, legend) => assignStatus(item, legend, input.figures ?? [])
  });
  return { plan: curated.plan, tables, curationApplied: curated.applied.map((a) => a.entry) };
}

/** The theme rows of the tags table: the same set for every ward, from the taxonomy. */
export function themeTagRows(rules: ThemeRules = defaultThemeRules): Row[] {
  return rules.themes.map((t) => ({
    tag_id: `theme:${t.slug}`,
    kind: 'theme',
    plan_id: null,
    marker: null,
    label_ja: t.label_ja,
    label_en: t.label_en,
    description: `${t.definition_ja} / ${t.definition_en}`
  }));
}
