/**
 * Keyboard movement between chart marks. The pure part picks the next mark from grid positions;
 * `handleMarkKey` applies it to the DOM (marks carry data-mark="index" inside one container).
 */

export interface MarkPosition {
  row: number;
  col: number;
}

const byDistance = (cur: MarkPosition) => (a: MarkPosition, b: MarkPosition) =>
  Math.abs(a.col - cur.col) - Math.abs(b.col - cur.col) || a.col - b.col;

/**
 * Index of the mark to move to from mark `index` for `key`, or `index` when there is none.
 * Left/Right: nearest mark in the same row, else the previous/next mark in reading order.
 * Up/Down: the nearest row above/below that has marks, then the nearest column there.
 * Home/End: first/last mark.
 */
export function nextMarkIndex(marks: readonly MarkPosition[], index: number, key: string): number {
  const cur = marks[index];
  if (!cur) return index;
  const order = marks.map((m, i) => ({ ...m, i })).sort((a, b) => a.row - b.row || a.col - b.col);
  const pos = order.findIndex((m) => m.i === index);
  switch (key) {
    case 'Home':
      return order[0].i;
    case 'End':
      return order[order.length - 1].i;
    case 'ArrowRight':
    case 'ArrowLeft': {
      const right = key === 'ArrowRight';
      const sameRow = order.filter((m) => m.row === cur.row && (right ? m.col > cur.col : m.col < cur.col));
      if (sameRow.length) return right ? sameRow[0].i : sameRow[sameRow.length - 1].i;
      const next = order[pos + (right ? 1 : -1)];
      return next ? next.i : index;
    }
    case 'ArrowDown':
    case 'ArrowUp': {
      const down = key === 'ArrowDown';
      const rows = order.filter((m) => (down ? m.row > cur.row : m.row < cur.row));
      if (!rows.length) return index;
      const target = down ? rows[0].row : rows[rows.length - 1].row;
      const inRow = rows.filter((m) => m.row === target).sort(byDistance(cur));
      return (inRow[0] as MarkPosition & { i: number }).i;
    }
    default:
      return index;
  }
}

export const NAV_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

export function isActivationKey(key: string): boolean {
  return key === 'Enter' || key === ' ' || key === 'Spacebar';
}

/**
 * Keydown on a mark: arrows move focus among `[data-mark]` elements of `container`;
 * Enter/Space call `activate` (unless `activate` is null, e.g. for links that activate natively).
 */
export function handleMarkKey(
  event: KeyboardEvent,
  container: Element | null | undefined,
  marks: readonly MarkPosition[],
  index: number,
  activate: (() => void) | null
): void {
  if (activate && isActivationKey(event.key)) {
    event.preventDefault();
    activate();
    return;
  }
  if (!NAV_KEYS.has(event.key) || !container) return;
  event.preventDefault();
  const next = nextMarkIndex(marks, index, event.key);
  const el = container.querySelector<HTMLElement | SVGElement>(`[data-mark="${next}"]`);
  el?.focus();
}
