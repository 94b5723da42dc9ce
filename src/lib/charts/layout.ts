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

export interface Panel {
  /** Top of the panel (its heading line). */
  y: number;
  /** Top of the first bar. */
  barsY: number;
  height: number;
}

/**
 * Vertical layout of small multiples: each panel has a heading line (0 when there is a single
 * unnamed panel) and `count` bars of `rowH`; panels are separated by `gap`.
 */
export function stackPanels(
  counts: readonly number[],
  { header, rowH, gap }: { header: number; rowH: number; gap: number }
): { panels: Panel[]; height: number } {
  let y = 0;
  const panels = counts.map((n, i) => {
    const panel = { y, barsY: y + header, height: header + n * rowH };
    y += panel.height + (i < counts.length - 1 ? gap : 0);
    return panel;
  });
  return { panels, height: y };
}
