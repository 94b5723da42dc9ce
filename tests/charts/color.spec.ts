import { describe, expect, it } from 'vitest';
import {
  COVERAGE_COLORS,
  DARK_TEXT,
  LIGHT_TEXT,
  NEUTRAL,
  STATUS_COLORS,
  contrastRatio,
  readableTextColor,
  relativeLuminance,
  sequentialColor
} from '../../src/lib/charts/color';

describe('relativeLuminance / contrastRatio', () => {
  it.each([
    { c: '#ffffff', expected: 1 },
    { c: '#000000', expected: 0 },
    { c: '#9ca3af', expected: 0.3636 }
  ])('$c → $expected', ({ c, expected }) => {
    expect(relativeLuminance(c)).toBeCloseTo(expected, 3);
  });

  it('is 21 for black on white, symmetric', () => {
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21);
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21);
  });

  it('rejects a non-colour', () => {
    expect(() => relativeLuminance('not-a-colour')).toThrow();
  });
});

describe('readableTextColor', () => {
  it.each([
    { fill: '#ffffff', expected: DARK_TEXT },
    { fill: '#000000', expected: LIGHT_TEXT },
    { fill: '#08306b', expected: LIGHT_TEXT },
    { fill: '#f7fbff', expected: DARK_TEXT },
    { fill: NEUTRAL, expected: DARK_TEXT },
    { fill: '#9ca3af', expected: DARK_TEXT }, // 6.99:1 dark vs 2.54:1 white
    { fill: COVERAGE_COLORS.full, expected: LIGHT_TEXT }
  ])('$fill → $expected', ({ fill, expected }) => {
    expect(readableTextColor(fill)).toBe(expected);
  });

  it('reaches at least 4.5:1 on every status colour and every step of the sequential scale', () => {
    const scale = sequentialColor(10);
    const fills = [...Object.values(STATUS_COLORS), ...Array.from({ length: 11 }, (_, i) => scale(i))];
    for (const f of fills) expect(contrastRatio(f, readableTextColor(f)), f).toBeGreaterThanOrEqual(4.5);
  });
});

describe('sequentialColor', () => {
  it('is neutral for zero, negative and when max is 0', () => {
    expect(sequentialColor(10)(0)).toBe(NEUTRAL);
    expect(sequentialColor(10)(-2)).toBe(NEUTRAL);
    expect(sequentialColor(0)(5)).toBe(NEUTRAL);
  });

  it('gets darker as the value grows and clamps at max', () => {
    const s = sequentialColor(10);
    const l = [1, 5, 10].map((v) => relativeLuminance(s(v)));
    expect(l[0]).toBeGreaterThan(l[1]);
    expect(l[1]).toBeGreaterThan(l[2]);
    expect(s(15)).toBe(s(10));
    expect(s(1)).not.toBe(NEUTRAL);
  });
});
