/**
 * A parsed plan (plus what the sources manifest says about it) → rows of the contract's tables.
 * Pure: the build runs it on data/raw/, the browser on plans users import, so both give the same rows.
 */
import type { LegendEntry, ParsedInitiative, ParsedPlan } from '../plans/types';
import type { Row } from '../tables/schema';
import { searchColumns } from '../text/search-bits';
import { UNRANKED } from '../tables/reading-rank';
import { markerLabelEn } from './marker-labels';

export interface PlanMeta {
  plan_id: string;
  city: string;
  ward: string;
  ward_code: string | null;
  fiscal_year: number;
  era_label: string | null;
  title: string | null;
  subject: string | null;
  source_kind: string;
  source_url: string | null;
  source_file: string | null;
  published: string | null;
  origin: 'shipped' | 'imported';
  notes: string | null;
}

export interface ThemeHit {
  slug: string;
  provenance: 'declared' | 'rule' | 'curated';
  evidence: string;
}

export interface PlanRules {
  themesFor(initiative: ParsedInitiative, legend: LegendEntry[]): ThemeHit[];
  statusFor(initiative: ParsedInitiative, legend: LegendEntry[]): { status: 'new' | 'continuing' | 'unknown'; basis: string };
}

export interface PlanTables {
  plans: Row[];
  pillars: Row[];
  initiatives: Row[];
  tags: Row[];
  initiative_tags: Row[];
  plan_sections: Row[];
  /** Initiatives no rule themed (a curation case in shipped data; the user picks in an import). */
  unthemed: Array<{ initiative_id: string; title: string; lines: [number, number] }>;
}

export function planToTables(plan: ParsedPlan, meta: PlanMeta, rules: PlanRules): PlanTables {
  const { plan_id } = meta;
  const out: PlanTables = { plans: [], pillars: [], initiatives: [], tags: [], initiative_tags: [], plan_sections: [], unthemed: [] };
  out.plans.push({
    ...meta,
    title: meta.title ?? plan.title,
    basic_goal: plan.basic_goal,
    coverage: 'full',
    truncated: plan.truncated,
    fiscal_year_uncertain: false,
    pillars_cut: false,
    pillars_paraphrased: false
  });

  const markerTags = new Map<string, Row>();
  for (const pillar of plan.pillars) {
    const pillar_id = `${plan_id}-p${pillar.position}`;
    out.pillars.push({ pillar_id, plan_id, position: pillar.position, title: pillar.title, summary: pillar.summary, source_lines: pillar.lines });
    for (const item of pillar.initiatives) {
      const initiative_id = `${pillar_id}-${item.position}`;
      const { status, basis } = rules.statusFor(item, plan.legend);
      out.initiatives.push({
        initiative_id,
        plan_id,
        pillar_id,
        position: item.position,
        sub_theme: item.sub_theme,
        title: item.title,
        program_name: item.program_name,
        description: item.description,
        status,
        status_basis: basis,
        ...searchColumns([item.sub_theme, item.title, item.program_name, item.description]),
        // The build replaces it with the place in its reading order (writeTables); an import keeps it.
        reading_rank: UNRANKED,
        recovered: item.recovered ?? false,
        source_lines: item.lines
      });
      for (const marker of item.markers) {
        const tag_id = `${plan_id}:marker:${marker}`;
        if (!markerTags.has(tag_id)) {
          const legend = plan.legend.find((l) => l.marker === marker);
          const label = legend?.label ?? marker;
          markerTags.set(tag_id, {
            tag_id,
            kind: 'marker',
            plan_id,
            marker,
            label_ja: label,
            label_en: markerLabelEn(label, marker),
            description: legend?.description ?? null
          });
        }
        const legend = plan.legend.find((l) => l.marker === marker);
        out.initiative_tags.push({
          initiative_id,
          tag_id,
          provenance: 'declared',
          evidence: legend ? `(${marker}) ${legend.label}: legend line ${legend.line}` : `(${marker}) printed on the item`
        });
      }
      const themes = rules.themesFor(item, plan.legend);
      if (themes.length === 0) out.unthemed.push({ initiative_id, title: item.title, lines: item.lines });
      for (const t of themes) {
        out.initiative_tags.push({ initiative_id, tag_id: `theme:${t.slug}`, provenance: t.provenance, evidence: t.evidence });
      }
    }
  }
  out.tags.push(...markerTags.values());

  const perKind = new Map<string, number>();
  const sections = [
    ...plan.stance.map((s) => ({ kind: 'stance' as const, title: s.title, body: s.body, lines: s.lines })),
    ...plan.sections.filter((s) => s.kind !== 'stance')
  ];
  for (const s of sections) {
    const position = (perKind.get(s.kind) ?? 0) + 1;
    perKind.set(s.kind, position);
    out.plan_sections.push({ section_id: `${plan_id}-${s.kind}${position}`, plan_id, kind: s.kind, position, title: s.title, body: s.body, source_lines: s.lines });
  }
  return out;
}
