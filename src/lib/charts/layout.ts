/** Layout helpers (pure): label truncation, grouping, stacking, matrix cells. */
import type { StatusKey, StatusRow } from './types';

/** Cut to `max` characters (code points) with a trailing …; the full text goes in a <title>. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (max < 1) return '';
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

/** Groups in order of first appearance; rows keep their order within a group. */
export function groupInOrder<T>(rows: readonly T[], key: (row: T) => string): { key: string; rows: T[] }[] {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return [...map].map(([k, list]) => ({ key: k, rows: list }));
}

/** Distinct values in order of first appearance, or in `order` first when given. */
export function orderedDistinct(values: readonly string[], order?: readonly string[]): string[] {
  const seen = new Set(values);
  const head = (order ?? []).filter((v) => seen.has(v));
  const rest = [...seen].filter((v) => !head.includes(v));
  return [...head, ...rest];
}

export const STATUS_KEYS: readonly StatusKey[] = ['new', 'continuing', 'unknown'];

export interface Segment {
  key: StatusKey;
  value: number;
  /** Start and end along the bar, in data units (counts, or fractions when normalised). */
  start: number;
  end: number;
}

export function statusTotal(row: StatusRow): number {
  return STATUS_KEYS.reduce((s, k) => s + Math.max(0, row[k] || 0), 0);
}

/** Stacked segments new → continuing → unknown; `normalise` makes them fractions of the row total. */
export function stackStatus(row: StatusRow, normalise = false): Segment[] {
  const total = statusTotal(row);
  const div = normalise && total > 0 ? total : 1;
  let at = 0;
  return STATUS_KEYS.map((key) => {
    const value = Math.max(0, row[key] || 0);
    const seg = { key, value, start: at / div, end: (at + value) / div };
    at += value;
    return seg;
  });
}

/** Midpoint text position is worth drawing only when the segment is wide enough for the label. */
export function fitsLabel(widthPx: number, label: string, charPx = 7): boolean {
  return widthPx >= Array.from(label).length * charPx + 6;
}

/** A panel of a small-multiples chart as rendered: shown, or kept hidden with the rows and view it last had. */
export interface PanelSlot<T, V> {
  key: string;
  rows: readonly T[];
  shown: boolean;
  /** Index of the panel's first bar among the shown bars (keyboard order); stale while hidden. */
  offset: number;
  /** What the panel was drawn with (scale, width…), unchanged while hidden so nothing in it is redrawn. */
  view: V;
}

/**
 * The panels to render: the current groups, in order, shown with `view`; then up to `keep − current`
 * panels of `previous` that are no longer current, hidden and unchanged (the same objects once hidden).
 * A filter that toggles between one ward and all then re-shows kept panels instead of building them
 * again (creating 17 panels' SVG was most of such a change).
 */
export function keepPanels<T, V>(
  previous: readonly PanelSlot<T, V>[],
  current: readonly { key: string; rows: readonly T[] }[],
  keep: number,
  view: V
): PanelSlot<T, V>[] {
  let offset = 0;
  const shown = current.map((g) => {
    const slot = { key: g.key, rows: g.rows, shown: true, offset, view };
    offset += g.rows.length;
    return slot;
  });
  const currentKeys = new Set(current.map((g) => g.key));
  const hidden = previous
    .filter((p) => !currentKeys.has(p.key))
    .slice(0, Math.max(0, keep - shown.length))
    .map((p) => (p.shown ? { ...p, shown: false } : p));
  return [...shown, ...hidden];
}
