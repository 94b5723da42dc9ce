/** Plain row shapes the charts take as props. Views map query results onto these. */

export type Measure = 'count' | 'share';
export type CoverageKind = 'full' | 'partial' | 'none';
export type StatusKey = 'new' | 'continuing' | 'unknown';

/** One ward × fiscal year cell of the coverage matrix. */
export interface CoverageCell {
  ward: string;
  fiscal_year: number;
  kind: CoverageKind;
  plan_id?: string | null;
}

/** One bar. `share` is a fraction 0–1 (of the group's total), null when not meaningful. */
export interface BarDatum {
  key: string;
  label: string;
  count: number;
  share?: number | null;
  /** Small multiples: bars with the same group are drawn in one panel (e.g. per ward). */
  group?: string | null;
}

/** One cell of a rows × columns matrix (ward × theme, theme × theme). */
export interface HeatCell {
  row: string;
  col: string;
  count: number;
  share?: number | null;
}

/** One ward-year: how many initiatives are new / continuing / unknown. */
export interface StatusRow {
  key: string;
  label: string;
  new: number;
  continuing: number;
  unknown: number;
  /** 'stated': numbers come from a published figure (plan_figures), not from parsed initiatives. */
  basis: 'parsed' | 'stated';
  /** Where the numbers come from (URL, document, or the stated figure as printed). */
  source: string;
}

export interface SankeyNodeDatum {
  id: string;
  label: string;
  /** Column hint: 0 = from-year pillars, 1 = status / to-year pillars. */
  column?: number;
}

export interface SankeyLinkDatum {
  source: string;
  target: string;
  value: number;
  label?: string;
}

/** One legend entry. */
export interface LegendItem {
  label: string;
  color: string;
  /** Text symbol also drawn in the marks (●, ◐ …). */
  symbol?: string;
  /** Hatched swatch (e.g. 公表値 bars). */
  hatched?: boolean;
  /** Draw a border (for white swatches). */
  outlined?: boolean;
}
