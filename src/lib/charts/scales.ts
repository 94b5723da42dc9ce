/** Scale helpers: charts compute geometry here, components only draw. */
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3';
import type { Measure } from './types';

export function bandScale(domain: readonly string[], range: [number, number], padding = 0.15): ScaleBand<string> {
  return scaleBand<string>().domain(domain).range(range).paddingInner(padding).paddingOuter(padding / 2);
}

export function linearScale(domain: [number, number], range: [number, number]): ScaleLinear<number, number> {
  return scaleLinear().domain(domain).range(range);
}

/**
 * Upper end of a share axis (fractions 0–1): steps of 0.05 up to 0.1, then 0.1, capped at 1.
 * 0 or less gives 0.1 so an all-zero chart still has an axis.
 */
export function niceShareMax(max: number): number {
  if (!(max > 0)) return 0.1;
  if (max >= 1) return 1;
  const eps = 1e-9;
  const step = max <= 0.1 ? 0.05 : 0.1;
  const n = Math.ceil(max / step - eps);
  return Math.min(1, Math.round(n * step * 100) / 100);
}

/** Upper end of a count axis: d3's nice(), at least 1. */
export function niceCountMax(max: number): number {
  if (!(max > 0)) return 1;
  return scaleLinear().domain([0, max]).nice(5).domain()[1];
}

export function measureDomain(values: readonly number[], measure: Measure): [number, number] {
  const max = values.reduce((m, v) => (Number.isFinite(v) && v > m ? v : m), 0);
  return [0, measure === 'share' ? niceShareMax(max) : niceCountMax(max)];
}

/** '25%', '12.5%', '3' (counts), '' for null. Share is a fraction. */
/** One formatter for every count: toLocaleString builds a new one per call (most of a label's cost). */
const COUNT_FORMAT = new Intl.NumberFormat('en-US');

export function formatValue(value: number | null | undefined, measure: Measure): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  if (measure === 'count') return COUNT_FORMAT.format(value);
  const pct = Math.round(value * 1000) / 10;
  return `${pct}%`;
}

/** Ticks for an axis from 0 to max, integers only for counts. */
export function axisTicks(max: number, measure: Measure, count = 5): number[] {
  const ticks = scaleLinear().domain([0, max]).ticks(count);
  return measure === 'count' ? ticks.filter((t) => Number.isInteger(t)) : ticks;
}
