/**
 * Adapters to InitiativeLike from what callers hold: table rows (the dashboard, DuckDB results) or a
 * parsed plan (the build, the browser import). Ids follow the contract: {plan_id}-p{pos}-{pos}.
 */
import type { ParsedPlan } from '../plans/types';
import type { Row } from '../tables/schema';
import type { InitiativeLike } from './types';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Initiatives rows joined with their pillars rows (for pillar_title), in the order given. */
export function initiativesFromRows(initiatives: Row[], pillars: Row[]): InitiativeLike[] {
  const titles = new Map(pillars.map((p) => [str(p.pillar_id), str(p.title)]));
  return initiatives.map((r) => ({
    initiative_id: str(r.initiative_id),
    plan_id: str(r.plan_id),
    pillar_id: str(r.pillar_id),
    pillar_title: titles.get(str(r.pillar_id)) ?? '',
    title: str(r.title),
    program_name: typeof r.program_name === 'string' ? r.program_name : null,
    description: str(r.description)
  }));
}

export function initiativesFromPlan(plan: ParsedPlan, plan_id: string): InitiativeLike[] {
  return plan.pillars.flatMap((p) => {
    const pillar_id = `${plan_id}-p${p.position}`;
    return p.initiatives.map((i) => ({
      initiative_id: `${pillar_id}-${i.position}`,
      plan_id,
      pillar_id,
      pillar_title: p.title,
      title: i.title,
      program_name: i.program_name,
      description: i.description
    }));
  });
}
