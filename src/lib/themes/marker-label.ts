import type { LegendEntry } from '../plans/types';
import { foldMarker } from './fold';

/** The legend entry that defines a marker, compared after folding ('（コ）' and 'コ' are one code). */
export function legendEntryFor(marker: string, legend: LegendEntry[]): LegendEntry | undefined {
  const code = foldMarker(marker);
  return legend.find((e) => foldMarker(e.marker) === code);
}

/**
 * The label to show for a marker (contract "Marker"): the legend's label where the document has a
 * legend entry for it, else the marker itself.
 */
export function markerLabel(marker: string, legend: LegendEntry[]): string {
  return legendEntryFor(marker, legend)?.label ?? marker;
}
