import { foldMarker } from '../themes/fold';

/**
 * Markers that say an item is (or includes) new work, folded ('（新）' → '新'). Only item markers:
 * words in running prose (新たに, 新たな) are not markers and never reach here.
 */
const NEW_MARKERS = new Set(['新', '新規', '新規事業', '新事業', '新規施策', '新規・重点', '新規重点事業'].map(foldMarker));

/** A plan-level statement that nothing is new (新規事業なし, 新規事業は0): the opposite of a new marker. */
const NONE_NEW = /^新規(事業|施策)?(は)?(なし|無し|ゼロ|0件?|0事業)$/;

export function isNewMarker(marker: string): boolean {
  return NEW_MARKERS.has(foldMarker(marker));
}

export function saysNoneNew(marker: string): boolean {
  return NONE_NEW.test(foldMarker(marker));
}
