import { describe, expect, it } from 'vitest';
import { exportFileName, sanitizeName } from '../../src/lib/export/filename';

describe('exportFileName', () => {
  const at = new Date(2026, 10, 22, 3, 15); // local time 2026-11-22 03:15
  it.each([
    { what: 'initiatives', ext: 'csv', expected: 'ward-plan-lens_initiatives_20261122-0315.csv' },
    { what: 'Coverage Matrix', ext: '.PNG', expected: 'ward-plan-lens_coverage-matrix_20261122-0315.png' },
    { what: '取組一覧', ext: 'xlsx', expected: 'ward-plan-lens_export_20261122-0315.xlsx' },
    { what: 'themes/../../etc', ext: 'json', expected: 'ward-plan-lens_themes-etc_20261122-0315.json' },
    { what: '戸塚区 2022 themes', ext: 'parquet', expected: 'ward-plan-lens_2022-themes_20261122-0315.parquet' }
  ])('$what.$ext', ({ what, ext, expected }) => {
    expect(exportFileName(what, ext, at)).toBe(expected);
  });

  it('pads month, day, hour and minute', () => {
    expect(exportFileName('x', 'csv', new Date(2027, 0, 5, 9, 7))).toBe('ward-plan-lens_x_20270105-0907.csv');
  });
});

describe('sanitizeName', () => {
  it.each([
    { what: '--A__b--', expected: 'a-b' },
    { what: 'ＡＢＣ１２３', expected: 'abc123' },
    { what: '', expected: 'export' },
    { what: 'a'.repeat(80), expected: 'a'.repeat(60) }
  ])('$what → $expected', ({ what, expected }) => {
    expect(sanitizeName(what)).toBe(expected);
  });
});
