import { describe, expect, it } from 'vitest';
import { chunkOfRow, coverageGrid, heatGrid, rowChunks, symmetricCells } from '../../src/lib/charts/matrix';

describe('coverageGrid', () => {
  it('fills every ward × year, full wins over partial, orders by the given lists', () => {
    const g = coverageGrid(
      [
        { ward: '戸塚区', fiscal_year: 2022, kind: 'full', plan_id: '14110-2022-doc' },
        { ward: '泉区', fiscal_year: 2022, kind: 'partial', plan_id: 'f1' },
        { ward: '戸塚区', fiscal_year: 2023, kind: 'partial', plan_id: 'f2' },
        { ward: '戸塚区', fiscal_year: 2023, kind: 'full', plan_id: '14110-2023-doc' },
        { ward: '港北区', fiscal_year: 2020, kind: 'partial', plan_id: 'f3' }
      ],
      ['泉区', '戸塚区'],
      [2021]
    );
    expect(g.wards).toEqual(['泉区', '戸塚区', '港北区']);
    expect(g.years).toEqual([2020, 2021, 2022, 2023]);
    expect(g.cells).toHaveLength(12);
    const at = (w: string, y: number) => g.cells.find((c) => c.ward === w && c.fiscal_year === y)!;
    expect(at('泉区', 2021)).toEqual({ ward: '泉区', fiscal_year: 2021, kind: 'none', plan_id: null, row: 0, col: 1 });
    expect(at('戸塚区', 2023)).toMatchObject({ kind: 'full', plan_id: '14110-2023-doc', row: 1, col: 3 });
    expect(at('港北区', 2020)).toMatchObject({ kind: 'partial', row: 2, col: 0 });
  });

  it('is empty without rows or orders', () => {
    expect(coverageGrid([])).toEqual({ wards: [], years: [], cells: [] });
  });
});

describe('heatGrid', () => {
  const cells = [
    { row: 'a', col: 'x', count: 2, share: 0.5 },
    { row: 'b', col: 'y', count: 1, share: 1 }
  ];
  it('completes missing combinations with zero', () => {
    const g = heatGrid(cells);
    expect(g.rows).toEqual(['a', 'b']);
    expect(g.cols).toEqual(['x', 'y']);
    expect(g.cells.map((c) => [c.row, c.col, c.count, c.rowIndex, c.colIndex])).toEqual([
      ['a', 'x', 2, 0, 0],
      ['a', 'y', 0, 0, 1],
      ['b', 'x', 0, 1, 0],
      ['b', 'y', 1, 1, 1]
    ]);
  });

  it('keeps only given cells when not complete, and drops the diagonal on request', () => {
    expect(heatGrid(cells, undefined, undefined, { complete: false }).cells).toHaveLength(2);
    const g = heatGrid([{ row: 'a', col: 'b', count: 1 }, { row: 'b', col: 'a', count: 1 }], ['a', 'b'], ['a', 'b'], { diagonal: false });
    expect(g.cells.map((c) => `${c.row}${c.col}`)).toEqual(['ab', 'ba']);
  });
});

describe('symmetricCells', () => {
  it('mirrors pairs and keeps a self pair once', () => {
    expect(
      symmetricCells([
        { a: '防災', b: '子育て', count: 3 },
        { a: '防災', b: '防災', count: 9 }
      ])
    ).toEqual([
      { row: '防災', col: '子育て', count: 3, share: null },
      { row: '子育て', col: '防災', count: 3, share: null },
      { row: '防災', col: '防災', count: 9, share: null }
    ]);
  });
});

describe('rowChunks / chunkOfRow: a tall grid drawn in chunks', () => {
  it.each([
    [0, 50, []],
    [1, 50, [{ start: 0, end: 1 }]],
    [50, 50, [{ start: 0, end: 50 }]],
    [51, 50, [{ start: 0, end: 50 }, { start: 50, end: 51 }]],
    [7, 3, [{ start: 0, end: 3 }, { start: 3, end: 6 }, { start: 6, end: 7 }]]
  ])('%i rows in chunks of %i', (rows, size, want) => {
    expect(rowChunks(rows, size)).toEqual(want);
  });
  it('puts each row in the chunk that covers it', () => {
    const chunks = rowChunks(1908);
    for (const row of [0, 49, 50, 999, 1907]) {
      const c = chunks[chunkOfRow(row)];
      expect(row >= c.start && row < c.end).toBe(true);
    }
  });
});
