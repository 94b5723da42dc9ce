/**
 * Status of one initiative (contract "Status"). Order of evidence, most specific first:
 *  1. the item's own marker says new            → 'new'
 *  2. the document's legend defines a new marker → 'continuing' (an unmarked item is not new)
 *  3. a stated figure says none of the ward's projects that year is new, and the item is such a
 *     project (it has a program name)           → 'continuing'
 *  4. otherwise                                  → 'unknown'
 * 'ended' is never returned: a project missing from a list proves nothing (facts are partial).
 */
import type { LegendEntry, ParsedInitiative } from '../plans/types';
import { legendEntryFor } from '../themes/marker-label';
import { isNewMarker, saysNoneNew } from './new-markers';
import type { StatedFigure, StatusResult } from './types';

export type { StatedFigure, StatusResult, InitiativeStatus } from './types';

function newMarkerBasis(marker: string, legend: LegendEntry[]): string | null {
  const entry = legendEntryFor(marker, legend);
  if (entry?.means_new) return `marker (${marker}) ${entry.label} (legend line ${entry.line})`;
  if (entry === undefined && isNewMarker(marker)) return `marker (${marker}) on the item`;
  return null;
}

/** A figure stating that no project of the ward-year is new: new_project_count 0, or 新規事業なし. */
function isNoneNewFigure(f: StatedFigure): boolean {
  return (f.metric === 'new_project_count' && f.value === 0) || (f.metric === 'marker' && saysNoneNew(f.raw));
}

function noneNewBasis(f: StatedFigure, figures: StatedFigure[]): string {
  const sameSource = (g: StatedFigure) => g.source_label === f.source_label && g.source_url === f.source_url;
  const total = figures.find((g) => g.metric === 'project_count' && g.value !== null && sameSource(g));
  if (total) return `${f.source_label}: 0 of ${total.value} ${total.scope} are new`;
  return `${f.source_label}: ${f.raw} (no project is new)`;
}

export function assignStatus(
  initiative: ParsedInitiative,
  legend: LegendEntry[],
  figures: StatedFigure[] = []
): StatusResult {
  for (const marker of initiative.markers) {
    const basis = newMarkerBasis(marker, legend);
    if (basis !== null) return { status: 'new', basis };
  }
  const newEntry = legend.find((e) => e.means_new);
  if (newEntry) {
    return {
      status: 'continuing',
      basis: `legend (${newEntry.marker}) line ${newEntry.line}: unmarked items are not new`
    };
  }
  // The figure counts the ward's named projects (事業); an item without a program name may be a
  // sub-activity the count does not cover, so it stays unknown.
  const noneNew = figures.find(isNoneNewFigure);
  if (noneNew && initiative.program_name) {
    return { status: 'continuing', basis: noneNewBasis(noneNew, figures) };
  }
  return { status: 'unknown', basis: 'no new-work marker, legend or stated figure' };
}
