import { describe, expect, it } from 'vitest';
import { fitsLabel, groupInOrder, keepPanels, orderedDistinct, stackStatus, statusTotal, truncate } from '../../src/lib/charts/layout';
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

describe('fitsLabel', () => {
  it.each([
    { w: 20, label: '12', expected: true }, // needs 2*7+6 = 20
    { w: 19, label: '12', expected: false },
    { w: 13, label: '5', expected: true }
  ])('$w px for $label → $expected', ({ w, label, expected }) => {
    expect(fitsLabel(w, label)).toBe(expected);
  });
});

describe('keepPanels', () => {
  const g = (key: string, n: number) => ({ key, rows: Array.from({ length: n }, (_, i) => `${key}${i}`) });
  it('shows the current groups in order with running offsets and the given view', () => {
    const slots = keepPanels([], [g('a', 2), g('b', 3), g('c', 1)], 18, 'v1');
    expect(slots.map((s) => [s.key, s.shown, s.offset, s.view])).toEqual([
      ['a', true, 0, 'v1'],
      ['b', true, 2, 'v1'],
      ['c', true, 5, 'v1']
    ]);
  });
  it('keeps groups that left, hidden, with their last rows and view; the same objects once hidden', () => {
    const all = keepPanels([], [g('a', 2), g('b', 3), g('c', 1)], 18, 'v1');
    const one = keepPanels(all, [g('b', 4)], 18, 'v2');
    expect(one.map((s) => [s.key, s.shown, s.view, s.rows.length])).toEqual([
      ['b', true, 'v2', 4],
      ['a', false, 'v1', 2],
      ['c', false, 'v1', 1]
    ]);
    expect(one[1].rows).toBe(all[0].rows);
    const again = keepPanels(one, [g('b', 1)], 18, 'v3');
    expect(again[1]).toBe(one[1]);
    expect(again[2]).toBe(one[2]);
    // Back to all: every group shown with the new rows and view, nothing hidden.
    const back = keepPanels(again, [g('a', 5), g('b', 1), g('c', 2)], 18, 'v4');
    expect(back.map((s) => [s.key, s.shown, s.offset, s.view])).toEqual([
      ['a', true, 0, 'v4'],
      ['b', true, 5, 'v4'],
      ['c', true, 6, 'v4']
    ]);
  });
  it('keeps no more panels than `keep` in all', () => {
    const all = keepPanels([], [g('a', 1), g('b', 1), g('c', 1), g('d', 1)], 3, 'v');
    expect(all).toHaveLength(4); // the current groups are never cut here (the chart caps them itself)
    const one = keepPanels(all, [g('d', 1)], 3, 'v');
    expect(one.map((s) => s.key)).toEqual(['d', 'a', 'b']);
  });
});
