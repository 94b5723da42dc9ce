/**
 * Japanese fiscal-year labels. A fiscal year runs April–March and is named by its start year:
 * FY2022 = 令和4年度. The first year of an era is 元 (FY2019 = 令和元年度, FY1989 = 平成元年度),
 * following government usage (the era changed during FY2019 and FY1988, yet the whole year takes the new name).
 */
import type { Lang } from './labels';

interface Era {
  name: string;
  /** Western year that is year 1 (元年) of the era, as a fiscal year. */
  first: number;
}

/** Newest first. */
const ERAS: readonly Era[] = [
  { name: '令和', first: 2019 },
  { name: '平成', first: 1989 },
  { name: '昭和', first: 1926 }
];

/** '令和4年度' for 2022, '令和元年度' for 2019, '平成30年度' for 2018. */
export function eraFiscalYear(year: number): string {
  if (!Number.isInteger(year)) throw new RangeError(`not a year: ${year}`);
  const era = ERAS.find((e) => year >= e.first);
  if (!era) return `${year}年度`;
  const n = year - era.first + 1;
  return `${era.name}${n === 1 ? '元' : n}年度`;
}

/** ja: '令和4年度 (2022)'; en: 'FY2022 (令和4年度)'. */
export function fiscalYearLabel(year: number, lang: Lang): string {
  const era = eraFiscalYear(year);
  return lang === 'en' ? `FY${year} (${era})` : `${era} (${year})`;
}

/** Short axis label: ja 'R4' style is avoided (unclear to many); ja '令和4', en '2022'. */
export function fiscalYearShort(year: number, lang: Lang): string {
  if (lang === 'en') return String(year);
  return eraFiscalYear(year).replace(/年度$/, '');
}

/**
 * The Western start year of an era label as printed ('令和4年度', '令和元年度', '平成30年度',
 * full-width digits allowed); null when the text names no known era year.
 */
export function parseEraFiscalYear(label: string): number | null {
  const m = /(令和|平成|昭和)\s*(元|[0-9０-９]{1,2})\s*年/.exec(label);
  if (!m) return null;
  const era = ERAS.find((e) => e.name === m[1]);
  if (!era) return null;
  const digits = m[2].replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const n = m[2] === '元' ? 1 : Number(digits);
  if (n < 1) return null;
  return era.first + n - 1;
}
