/** Everything a page keeps in the URL: the filters plus view-specific choices. */
import { emptyFilters, type Filters } from './filters';

/** Sort keys the initiative list accepts; each maps to a fixed ORDER BY fragment (never user text). */
export const INITIATIVE_SORT_KEYS = ['ward', 'year', 'pillar', 'title', 'status'] as const;
export type InitiativeSortKey = (typeof INITIATIVE_SORT_KEYS)[number];

export const MEASURES = ['count', 'share'] as const;
export type Measure = (typeof MEASURES)[number];
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];
export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** At most this many plans side by side on the compare page. */
export const MAX_COMPARE_PLANS = 4;

export interface ViewState extends Filters {
  /** plan_id shown on the plan page (URL `id`); null on other pages. */
  plan: string | null;
  /** plan_ids on the compare page, in column order. */
  plans: string[];
  /** initiative_id whose detail panel is open (URL `open`); null when none. */
  open: string | null;
  measure: Measure;
  sort: InitiativeSortKey;
  dir: SortDirection;
  lang: Lang;
  /** 1-based page of the initiative list. */
  page: number;
}

export function defaultViewState(): ViewState {
  return { ...emptyFilters(), plan: null, plans: [], open: null, measure: 'count', sort: 'ward', dir: 'asc', lang: 'ja', page: 1 };
}

export function filtersOf(state: ViewState): Filters {
  const { wards, years, pillars, themes, markers, statuses, q } = state;
  return { wards, years, pillars, themes, markers, statuses, q };
}
