/** Matrix helpers (pure): full grids from sparse rows, with row/column positions for keyboard moves. */
import { orderedDistinct } from './layout';
import type { CoverageCell, CoverageKind, HeatCell } from './types';

export interface GridCoverageCell extends CoverageCell {
  row: number;
  col: number;
}

const RANK: Record<CoverageKind, number> = { none: 0, partial: 1, full: 2 };

/**
 * Every ward × year, in the given order (wards/years not given follow in order of appearance,
 * years ascending). A missing combination is 'none'; where two rows share a cell, 'full' wins.
 */
export function coverageGrid(
  rows: readonly CoverageCell[],
  wardOrder?: readonly string[],
  yearOrder?: readonly number[]
): { wards: string[]; years: number[]; cells: GridCoverageCell[] } {
  const wards = orderedDistinct(
    [...(wardOrder ?? []), ...rows.map((r) => r.ward)],
    wardOrder
  );
  const years = [...new Set([...(yearOrder ?? []), ...rows.map((r) => r.fiscal_year)])].sort((a, b) => a - b);
  const best = new Map<string, CoverageCell>();
  for (const r of rows) {
    const k = `${r.ward}|${r.fiscal_year}`;
    const prev = best.get(k);
    if (!prev || RANK[r.kind] > RANK[prev.kind]) best.set(k, r);
  }
  const cells: GridCoverageCell[] = [];
  wards.forEach((ward, row) =>
    years.forEach((fiscal_year, col) => {
      const hit = best.get(`${ward}|${fiscal_year}`);
      cells.push({ ward, fiscal_year, kind: hit?.kind ?? 'none', plan_id: hit?.plan_id ?? null, row, col });
    })
  );
  return { wards, years, cells };
}

/**
 * A tall grid (a national set: ~1,900 wards) is drawn in chunks of rows, each when it first comes near
 * the viewport: drawing every cell at once held ~190 MB and took seconds at 1M. Below LAZY_FROM_ROWS
 * everything is drawn at once; above it, the first INITIAL_CHUNKS are.
 */
export const CHUNK_ROWS = 50;
export const LAZY_FROM_ROWS = 150;
export const INITIAL_CHUNKS = 2;

export interface RowChunk {
  /** First row, inclusive. */
  start: number;
  /** Last row, exclusive. */
  end: number;
}

export function rowChunks(rows: number, size = CHUNK_ROWS): RowChunk[] {
  const chunks: RowChunk[] = [];
  for (let start = 0; start < rows; start += size) chunks.push({ start, end: Math.min(rows, start + size) });
  return chunks;
}

export const chunkOfRow = (row: number, size = CHUNK_ROWS): number => Math.floor(row / size);

export interface GridHeatCell extends HeatCell {
  rowIndex: number;
  colIndex: number;
}

/**
 * Cells placed on rows × cols. With `complete`, missing combinations are count 0 (share 0);
 * with `diagonal: false`, cells where row === col are left out (co-occurrence of a theme with itself).
 */
export function heatGrid(
  cells: readonly HeatCell[],
  rowOrder?: readonly string[],
  colOrder?: readonly string[],
  { complete = true, diagonal = true }: { complete?: boolean; diagonal?: boolean } = {}
): { rows: string[]; cols: string[]; cells: GridHeatCell[] } {
  const rows = orderedDistinct([...(rowOrder ?? []), ...cells.map((c) => c.row)], rowOrder);
  const cols = orderedDistinct([...(colOrder ?? []), ...cells.map((c) => c.col)], colOrder);
  const byKey = new Map(cells.map((c) => [`${c.row}\u0000${c.col}`, c] as const));
  const out: GridHeatCell[] = [];
  rows.forEach((row, rowIndex) =>
    cols.forEach((col, colIndex) => {
      if (!diagonal && row === col) return;
      const hit = byKey.get(`${row}\u0000${col}`);
      if (hit) out.push({ ...hit, rowIndex, colIndex });
      else if (complete) out.push({ row, col, count: 0, share: 0, rowIndex, colIndex });
    })
  );
  return { rows, cols, cells: out };
}

/** Symmetric cells from unordered pairs: (a, b, n) gives a×b and b×a. */
export function symmetricCells(
  pairs: readonly { a: string; b: string; count: number; share?: number | null }[]
): HeatCell[] {
  return pairs.flatMap((p) =>
    p.a === p.b
      ? [{ row: p.a, col: p.b, count: p.count, share: p.share ?? null }]
      : [
          { row: p.a, col: p.b, count: p.count, share: p.share ?? null },
          { row: p.b, col: p.a, count: p.count, share: p.share ?? null }
        ]
  );
}
