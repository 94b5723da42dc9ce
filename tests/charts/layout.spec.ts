import { describe, expect, it } from 'vitest';
import { fitsLabel, groupInOrder, orderedDistinct, stackPanels, stackStatus, statusTotal, truncate } from '../../src/lib/charts/layout';
import type { StatusRow } from '../../src/lib/charts/types';

describe('truncate', () => {
  it.each([
    { text: '地域の防災力向上', max: 5, expected: '地域の防…' },
    { text: 'abc', max: 3, expected: 'abc' },
    { text: 'abcd', max: 3, expected: 'ab…' },
    { text: '𠮷野家の牛丼', max: 3, expected: '𠮷野…' },
    { text: 'abc', max: 0, expected: '' },
    { text: '', max: 4, expected: '' }
  ])('$text/$max → $expected', ({ text, max, expected }) => {
    expect(truncate(text, max)).toBe(expected);
  });
});

describe('groupInOrder / orderedDistinct', () => {
  it('keeps first-appearance order', () => {
    const g = groupInOrder(
      [
        { w: '泉区', n: 1 },
        { w: '戸塚区', n: 2 },
        { w: '泉区', n: 3 }
      ],
      (r) => r.w
    );
    expect(g.map((x) => [x.key, x.rows.map((r) => r.n)])).toEqual([
      ['泉区', [1, 3]],
      ['戸塚区', [2]]
    ]);
  });

  it.each([
    { values: ['b', 'a', 'c', 'a'], order: ['c', 'x', 'a'], expected: ['c', 'a', 'b'] },
    { values: ['b', 'a'], order: undefined, expected: ['b', 'a'] },
    { values: [], order: ['a'], expected: [] }
  ])('orderedDistinct $values $order', ({ values, order, expected }) => {
    expect(orderedDistinct(values, order)).toEqual(expected);
  });
});

const row = (n: number, c: number, u: number): StatusRow => ({
  key: 'k',
  label: 'l',
  new: n,
  continuing: c,
  unknown: u,
  basis: 'parsed',
  source: 's'
});

describe('stackStatus', () => {
  it.each([
    {
      r: row(3, 5, 2),
      norm: false,
      expected: [
        ['new', 3, 0, 3],
        ['continuing', 5, 3, 8],
        ['unknown', 2, 8, 10]
      ]
    },
    {
      r: row(3, 5, 2),
      norm: true,
      expected: [
        ['new', 3, 0, 0.3],
        ['continuing', 5, 0.3, 0.8],
        ['unknown', 2, 0.8, 1]
      ]
    },
    {
      r: row(0, 0, 0),
      norm: true,
      expected: [
        ['new', 0, 0, 0],
        ['continuing', 0, 0, 0],
        ['unknown', 0, 0, 0]
      ]
    },
    {
      r: row(-1, 4, 0),
      norm: false,
      expected: [
        ['new', 0, 0, 0],
        ['continuing', 4, 0, 4],
        ['unknown', 0, 4, 4]
      ]
    }
  ])('$r.new/$r.continuing/$r.unknown normalise=$norm', ({ r, norm, expected }) => {
    expect(stackStatus(r, norm).map((s) => [s.key, s.value, s.start, s.end])).toEqual(expected);
  });

  it('totals ignore negatives', () => {
    expect(statusTotal(row(-1, 4, 2))).toBe(6);
  });
});

describe('stackPanels', () => {
  it.each([
    {
      counts: [3, 2],
      opts: { header: 22, rowH: 22, gap: 10 },
      expected: { panels: [{ y: 0, barsY: 22, height: 88 }, { y: 98, barsY: 120, height: 66 }], height: 164 }
    },
    { counts: [4], opts: { header: 0, rowH: 20, gap: 10 }, expected: { panels: [{ y: 0, barsY: 0, height: 80 }], height: 80 } },
    { counts: [], opts: { header: 0, rowH: 20, gap: 10 }, expected: { panels: [], height: 0 } }
  ])('$counts', ({ counts, opts, expected }) => {
    expect(stackPanels(counts, opts)).toEqual(expected);
  });
});

describe('fitsLabel', () => {
  it.each([
    { w: 20, label: '12', expected: true }, // needs 2*7+6 = 20
    { w: 19, label: '12', expected: false },
    { w: 13, label: '5', expected: true }
  ])('$w px for $label → $expected', ({ w, label, expected }) => {
    expect(fitsLabel(w, label)).toBe(expected);
  });
});
