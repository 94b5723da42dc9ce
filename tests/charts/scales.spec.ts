import { describe, expect, it } from 'vitest';
import { axisTicks, bandScale, formatValue, measureDomain, niceCountMax, niceShareMax } from '../../src/lib/charts/scales';

describe('niceShareMax', () => {
  it.each([
    { max: 0.37, expected: 0.4 },
    { max: 0.4, expected: 0.4 },
    { max: 0.3, expected: 0.3 },
    { max: 0.11, expected: 0.2 },
    { max: 0.1, expected: 0.1 },
    { max: 0.07, expected: 0.1 },
    { max: 0.05, expected: 0.05 },
    { max: 0.03, expected: 0.05 },
    { max: 0.95, expected: 1 },
    { max: 1, expected: 1 },
    { max: 1.2, expected: 1 },
    { max: 0, expected: 0.1 },
    { max: -1, expected: 0.1 },
    { max: Number.NaN, expected: 0.1 }
  ])('$max → $expected', ({ max, expected }) => {
    expect(niceShareMax(max)).toBe(expected);
  });
});

describe('niceCountMax', () => {
  it.each([
    { max: 0, expected: 1 },
    { max: 1, expected: 1 },
    { max: 7, expected: 7 },
    { max: 23, expected: 25 },
    { max: 101, expected: 120 }
  ])('$max → $expected', ({ max, expected }) => {
    expect(niceCountMax(max)).toBe(expected);
  });
});

describe('measureDomain', () => {
  it.each([
    { values: [3, 23, 9], measure: 'count' as const, expected: [0, 25] },
    { values: [0.12, 0.33], measure: 'share' as const, expected: [0, 0.4] },
    { values: [], measure: 'count' as const, expected: [0, 1] },
    { values: [Number.NaN, 2], measure: 'count' as const, expected: [0, 2] }
  ])('$measure $values → $expected', ({ values, measure, expected }) => {
    expect(measureDomain(values, measure)).toEqual(expected);
  });
});

describe('formatValue', () => {
  it.each([
    { v: 0.25, m: 'share' as const, expected: '25%' },
    { v: 0.125, m: 'share' as const, expected: '12.5%' },
    { v: 1 / 3, m: 'share' as const, expected: '33.3%' },
    { v: 1234, m: 'count' as const, expected: '1,234' },
    { v: 0, m: 'count' as const, expected: '0' },
    { v: null, m: 'count' as const, expected: '' },
    { v: Number.POSITIVE_INFINITY, m: 'share' as const, expected: '' }
  ])('$v $m → $expected', ({ v, m, expected }) => {
    expect(formatValue(v, m)).toBe(expected);
  });
});

describe('axisTicks and bandScale', () => {
  it('gives integer ticks only for counts', () => {
    expect(axisTicks(2, 'count', 5)).toEqual([0, 1, 2]);
    expect(axisTicks(0.4, 'share', 4)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
  });

  it('places bands inside the range with padding', () => {
    // 2 bands, range 0..100, inner 0.2, outer 0.1: step = 100 / (2 - 0.2 + 0.2) = 50, bandwidth 40, start 5
    const x = bandScale(['a', 'b'], [0, 100], 0.2);
    expect(x.bandwidth()).toBeCloseTo(40);
    expect(x('a')).toBeCloseTo(5);
    expect(x('b')).toBeCloseTo(55);
  });
});
