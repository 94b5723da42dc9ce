/** Colours: a sequential scale for matrices and a text colour that stays readable on any fill. */
import { color as d3color, interpolateBlues } from 'd3';
import type { CoverageKind, StatusKey } from './types';

export const NEUTRAL = '#f3f4f6';
export const DARK_TEXT = '#111827';
export const LIGHT_TEXT = '#ffffff';

/**
 * Fill for a value in [0, max]: 0 (or no max) is neutral grey; otherwise Blues from 0.15 to 1
 * so the smallest non-zero value is still visibly tinted.
 */
export function sequentialColor(max: number): (value: number) => string {
  return (value: number) => {
    if (!(max > 0) || !(value > 0)) return NEUTRAL;
    const t = Math.min(1, value / max);
    return d3color(interpolateBlues(0.15 + 0.85 * t))!.formatHex();
  };
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a CSS colour (0 black … 1 white). */
export function relativeLuminance(css: string): number {
  const c = d3color(css)?.rgb();
  if (!c) throw new Error(`not a colour: ${css}`);
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

export function contrastRatio(a: string, b: string): number {
  const [l1, l2] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** Dark or white text, whichever contrasts more with the fill. */
export function readableTextColor(fill: string): string {
  return contrastRatio(fill, DARK_TEXT) >= contrastRatio(fill, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
}

/** Okabe–Ito based, distinguishable for common colour-vision deficiencies. */
export const STATUS_COLORS: Record<StatusKey, string> = {
  new: '#d55e00',
  continuing: '#0072b2',
  unknown: '#9ca3af'
};

export const COVERAGE_COLORS: Record<CoverageKind, string> = {
  full: '#0b5394',
  partial: '#9fc5e8',
  none: '#ffffff'
};
