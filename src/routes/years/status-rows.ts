/**
 * Rows for the new / continuing / unknown chart: parsed initiatives where a full document exists,
 * stated figures (project totals, new-project counts) elsewhere, never mixed in one bar.
 */
import type { StatusRow } from '$lib/charts';
import type { StatedFiguresRow, StatusByWardYearRow } from '$lib/queries';

export function statusRows(
  parsed: readonly StatusByWardYearRow[],
  stated: readonly StatedFiguresRow[],
  label: (ward: string, year: number) => string,
  sourceOf: (planId: string) => string,
  wardOrder: readonly string[] = []
): StatusRow[] {
  const order = new Map<string, [string, number]>();
  const rows: StatusRow[] = parsed.map((r) => ({
    key: r.plan_id,
    label: label(r.ward, r.fiscal_year),
    new: r.new_count,
    continuing: r.continuing_count,
    unknown: r.unknown_count,
    basis: 'parsed',
    source: sourceOf(r.plan_id)
  }));
  for (const r of parsed) order.set(r.plan_id, [r.ward, r.fiscal_year]);
  // Keyed by city too: 中区 2022 of two cities are two ward-years.
  const parsedWardYears = new Set(parsed.map((r) => `${r.city}|${r.ward}|${r.fiscal_year}`));
  // One facts record can state the total and the new count under different scopes: join them per plan.
  const byPlan = new Map<string, { city: string; ward: string; year: number; total: number | null; fresh: number | null; raw: string[]; url: string | null }>();
  for (const s of stated) {
    const e = byPlan.get(s.plan_id) ?? { city: s.city, ward: s.ward, year: s.fiscal_year, total: null, fresh: null, raw: [], url: s.source_url };
    if (s.project_count !== null) {
      e.total = s.project_count;
      e.raw.push(`${s.scope} ${s.project_count_raw ?? s.project_count}`);
    }
    if (s.new_project_count !== null) {
      e.fresh = s.new_project_count;
      e.raw.push(`${s.scope} ${s.new_project_count_raw ?? s.new_project_count}`);
    }
    byPlan.set(s.plan_id, e);
  }
  const statedWardYears = new Set<string>();
  for (const [planId, e] of byPlan) {
    const wy = `${e.city}|${e.ward}|${e.year}`;
    // The full document wins for its ward-year; one stated bar per ward-year is enough.
    if (parsedWardYears.has(wy) || statedWardYears.has(wy) || e.total === null) continue;
    statedWardYears.add(wy);
    order.set(planId, [e.ward, e.year]);
    const fresh = e.fresh !== null && e.fresh <= e.total ? e.fresh : null;
    rows.push({
      key: planId,
      label: label(e.ward, e.year),
      new: fresh ?? 0,
      continuing: fresh === null ? 0 : e.total - fresh,
      unknown: fresh === null ? e.total : 0,
      basis: 'stated',
      source: `${e.raw.join(' / ')}${e.url ? ` — ${e.url}` : ''}`
    });
  }
  // Reading order: ward (city order where known), then year; parsed and stated bars interleave.
  const rank = (ward: string) => (wardOrder.indexOf(ward) < 0 ? wardOrder.length : wardOrder.indexOf(ward));
  return rows.sort((a, b) => {
    const [wa, ya] = order.get(a.key)!;
    const [wb, yb] = order.get(b.key)!;
    return rank(wa) - rank(wb) || wa.localeCompare(wb) || ya - yb;
  });
}
