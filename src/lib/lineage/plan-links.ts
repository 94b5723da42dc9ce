/**
 * initiative_links for a set of plans: every ward's full documents of consecutive fiscal years are
 * matched (same program name, then similar titles, then curated links). Pure: the build runs it on the
 * shipped plans; the browser runs it when an imported plan gives a ward its second full year.
 */
import type { Row } from '../tables/schema';
import { lineageClaims } from './claims';
import { initiativesFromRows } from './from-rows';
import { matchInitiatives } from './match-initiatives';
import type { LinkRow } from './types';

export function linksForPlans(plans: Row[], pillars: Row[], initiatives: Row[]): LinkRow[] {
  const full = plans.filter((p) => p.coverage === 'full');
  const byWard = new Map<string, Row[]>();
  for (const p of full) byWard.set(`${String(p.city)}|${String(p.ward)}`, [...(byWard.get(`${String(p.city)}|${String(p.ward)}`) ?? []), p]);
  const links: LinkRow[] = [];
  for (const list of byWard.values()) {
    list.sort((a, b) => (a.fiscal_year as number) - (b.fiscal_year as number));
    for (let k = 1; k < list.length; k++) {
      const from = list[k - 1];
      const to = list[k];
      if ((to.fiscal_year as number) !== (from.fiscal_year as number) + 1) continue;
      const items = (planId: unknown) =>
        initiativesFromRows(
          initiatives.filter((i) => i.plan_id === planId),
          pillars.filter((p) => p.plan_id === planId)
        );
      const claims = lineageClaims(
        { coverage: from.coverage as 'full', truncated: from.truncated as boolean },
        { coverage: to.coverage as 'full', truncated: to.truncated as boolean }
      );
      links.push(...matchInitiatives(items(from.plan_id), items(to.plan_id), claims).links);
    }
  }
  return links;
}
