/** The dashboard's filter state (shared by URL codec and SQL). An empty list means "no filter". */

export const STATUSES = ['new', 'continuing', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

export interface Filters {
  /** Ward keys `city|ward` (横浜市|戸塚区), or a bare ward name for that name in every city (ward-key.ts). */
  wards: string[];
  years: number[];
  /** pillar_id values. */
  pillars: string[];
  /** Theme slugs (tag_id without the 'theme:' prefix). */
  themes: string[];
  /** Marker codes, NFKC, brackets removed ('新', 'コ', '+D'). */
  markers: string[];
  statuses: Status[];
  /** Free text, matched on folded text (normalizeForMatch). */
  q: string;
}

export function emptyFilters(): Filters {
  return { wards: [], years: [], pillars: [], themes: [], markers: [], statuses: [], q: '' };
}
