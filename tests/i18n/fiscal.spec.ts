import { describe, expect, it } from 'vitest';
import { eraFiscalYear, fiscalYearLabel, fiscalYearShort, parseEraFiscalYear } from '../../src/lib/i18n/fiscal';

describe('fiscalYearLabel', () => {
  const cases: { year: number; lang: 'ja' | 'en'; expected: string }[] = [
    { year: 2022, lang: 'ja', expected: '令和4年度 (2022)' },
    { year: 2022, lang: 'en', expected: 'FY2022 (令和4年度)' },
    { year: 2019, lang: 'ja', expected: '令和元年度 (2019)' },
    { year: 2019, lang: 'en', expected: 'FY2019 (令和元年度)' },
    { year: 2018, lang: 'ja', expected: '平成30年度 (2018)' },
    { year: 2020, lang: 'ja', expected: '令和2年度 (2020)' },
    { year: 2024, lang: 'en', expected: 'FY2024 (令和6年度)' },
    { year: 1989, lang: 'ja', expected: '平成元年度 (1989)' },
    { year: 1990, lang: 'ja', expected: '平成2年度 (1990)' },
    { year: 1988, lang: 'ja', expected: '昭和63年度 (1988)' }
  ];
  it.each(cases)('$year $lang → $expected', ({ year, lang, expected }) => {
    expect(fiscalYearLabel(year, lang)).toBe(expected);
  });

  it('rejects a non-integer year', () => {
    expect(() => eraFiscalYear(2022.5)).toThrow(RangeError);
  });
});

describe('fiscalYearShort', () => {
  it.each([
    { year: 2022, lang: 'ja' as const, expected: '令和4' },
    { year: 2019, lang: 'ja' as const, expected: '令和元' },
    { year: 2022, lang: 'en' as const, expected: '2022' }
  ])('$year $lang → $expected', ({ year, lang, expected }) => {
    expect(fiscalYearShort(year, lang)).toBe(expected);
  });
});

describe('parseEraFiscalYear', () => {
  it.each([
    { label: '令和4年度', expected: 2022 },
    { label: '令和元年度', expected: 2019 },
    { label: '平成30年度', expected: 2018 },
    { label: '平成元年度', expected: 1989 },
    { label: '令和６年度戸塚区運営方針', expected: 2024 },
    { label: '昭和63年度', expected: 1988 },
    { label: '2022年度', expected: null },
    { label: '令和0年度', expected: null }
  ])('$label → $expected', ({ label, expected }) => {
    expect(parseEraFiscalYear(label)).toBe(expected);
  });

  it('round-trips every year 1989–2040', () => {
    for (let y = 1989; y <= 2040; y++) expect(parseEraFiscalYear(eraFiscalYear(y))).toBe(y);
  });
});
