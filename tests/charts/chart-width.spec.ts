import { describe, expect, it, vi } from 'vitest';

async function fresh() {
  vi.resetModules();
  return import('../../src/lib/charts/chart-width');
}

describe('keptWidth', () => {
  it('uses the fallback before anything is measured, then the measured width', async () => {
    const { keptWidth } = await fresh();
    const width = keptWidth(640);
    expect(width(0)).toBe(640);
    expect(width(1180)).toBe(1180);
  });
  it('keeps the last width while hidden (measured 0)', async () => {
    const { keptWidth } = await fresh();
    const width = keptWidth(640);
    width(900);
    expect(width(0)).toBe(900);
    expect(width(910)).toBe(910);
  });
  it('a new chart starts at the last width any chart measured, and then follows its own', async () => {
    const { keptWidth } = await fresh();
    keptWidth(640)(1180);
    const next = keptWidth(720);
    expect(next(0)).toBe(1180);
    expect(next(500)).toBe(500);
    expect(next(0)).toBe(500);
  });
});
