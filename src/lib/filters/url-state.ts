/**
 * ViewState ↔ URL query string. Pure (no $app imports), so it runs in tests and on any page.
 *
 * Params: ward, year, pillar, theme, marker, status (lists), q, id (the plan page's plan), plans (compare
 * list), open (initiative detail), measure, sort, dir, page, lang.
 * Format: lists are REPEATED params (`?ward=戸塚区&ward=泉区&year=2022`), never comma-joined, so a value
 * may contain any character. Params are written in a fixed order (PARAM_ORDER) and defaults are never
 * written, so equal states give equal URLs. Decoding never throws: an unknown param, an invalid value, a
 * duplicate or a repeated single-valued param is ignored and reported as a Japanese notice naming it.
 */
import { STATUSES, type Status } from './filters';
import {
  INITIATIVE_SORT_KEYS,
  LANGS,
  MAX_COMPARE_PLANS,
  MEASURES,
  SORT_DIRECTIONS,
  defaultViewState,
  type ViewState
} from './view-state';

export const MAX_LIST_ITEMS = 50;
export const MAX_Q_LENGTH = 200;
export const MAX_PAGE = 100_000;

/** Ids as the build writes them: plan_id, pillar_id ('14110-2022-doc-p1', 'tsurumi-2019-tn'). */
/** Ids are content-derived and may carry a city and ward name where no code exists (テスト市テスト区-2024-doc). */
const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}._・ー-]{0,159}$/u;
const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,59}$/;
const YEAR_PATTERN = /^(19|20)\d\d$|^2100$/;
const PAGE_PATTERN = /^[1-9]\d{0,5}$/;

const isWellFormed = (s: string): boolean => !/\p{Surrogate}/u.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));
const isName = (s: string): boolean => s.length > 0 && s.length <= 40 && s === s.trim() && isWellFormed(s);
/** A ward name, or `city|ward` (ward-key.ts): each part a name. */
const isWardKey = (s: string): boolean => {
  const parts = s.split('|');
  return parts.length <= 2 && parts.every(isName);
};
const isMarker = (s: string): boolean => s.length > 0 && s.length <= 10 && !/\s/.test(s) && isWellFormed(s);
const oneOf = <T extends string>(values: readonly T[]) => (s: string): s is T => (values as readonly string[]).includes(s);

interface ListParam<K extends keyof ViewState> {
  key: string;
  field: K;
  parse: (raw: string) => ViewState[K] extends (infer E)[] ? E | null : never;
  max: number;
}

const list = <K extends keyof ViewState>(p: ListParam<K>) => p;

const LIST_PARAMS = [
  list({ key: 'ward', field: 'wards', parse: (s) => (isWardKey(s) ? s : null), max: MAX_LIST_ITEMS }),
  list({ key: 'year', field: 'years', parse: (s) => (YEAR_PATTERN.test(s) ? Number(s) : null), max: MAX_LIST_ITEMS }),
  list({ key: 'pillar', field: 'pillars', parse: (s) => (ID_PATTERN.test(s) ? s : null), max: MAX_LIST_ITEMS }),
  list({ key: 'theme', field: 'themes', parse: (s) => (SLUG_PATTERN.test(s) ? s : null), max: MAX_LIST_ITEMS }),
  list({ key: 'marker', field: 'markers', parse: (s) => (isMarker(s) ? s : null), max: MAX_LIST_ITEMS }),
  list({ key: 'status', field: 'statuses', parse: (s) => (oneOf<Status>(STATUSES)(s) ? s : null), max: STATUSES.length }),
  list({ key: 'plans', field: 'plans', parse: (s) => (ID_PATTERN.test(s) ? s : null), max: MAX_COMPARE_PLANS })
];

interface ScalarParam<K extends keyof ViewState> {
  key: string;
  field: K;
  parse: (raw: string) => ViewState[K] | null;
}
const scalar = <K extends keyof ViewState>(p: ScalarParam<K>) => p;

const SCALAR_PARAMS = [
  scalar({ key: 'q', field: 'q', parse: (s) => (s.trim().length <= MAX_Q_LENGTH && isWellFormed(s) ? s.trim() : null) }),
  scalar({ key: 'id', field: 'plan', parse: (s) => (ID_PATTERN.test(s) ? s : null) }),
  scalar({ key: 'open', field: 'open', parse: (s) => (ID_PATTERN.test(s) ? s : null) }),
  scalar({ key: 'measure', field: 'measure', parse: (s) => (oneOf(MEASURES)(s) ? s : null) }),
  scalar({ key: 'sort', field: 'sort', parse: (s) => (oneOf(INITIATIVE_SORT_KEYS)(s) ? s : null) }),
  scalar({ key: 'dir', field: 'dir', parse: (s) => (oneOf(SORT_DIRECTIONS)(s) ? s : null) }),
  scalar({ key: 'page', field: 'page', parse: (s) => (PAGE_PATTERN.test(s) && Number(s) <= MAX_PAGE ? Number(s) : null) }),
  scalar({ key: 'lang', field: 'lang', parse: (s) => (oneOf(LANGS)(s) ? s : null) })
];

/** The order params are written in: filters, then what is shown, then how. */
export const PARAM_ORDER = [
  'ward', 'year', 'pillar', 'theme', 'marker', 'status', 'q', 'id', 'plans', 'open', 'measure', 'sort', 'dir', 'page', 'lang'
] as const;

const shown = (value: string): string => (value.length > 30 ? `${value.slice(0, 30)}…` : value);

export const notice = {
  unknown: (key: string) => `不明なパラメータ「${shown(key)}」を無視しました`,
  invalid: (key: string, value: string) => `パラメータ「${key}」の値「${shown(value)}」は使えないため無視しました`,
  duplicate: (key: string, value: string) => `パラメータ「${key}」の値「${shown(value)}」が重複しているため 1 つにしました`,
  tooMany: (key: string, max: number) => `パラメータ「${key}」は ${max} 個までのため、残りを無視しました`,
  repeated: (key: string) => `パラメータ「${key}」が複数あるため最初の値を使いました`
};

export function decodeState(search: URLSearchParams | string): { state: ViewState; notices: string[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = defaultViewState();
  const notices: string[] = [];
  const known = new Set<string>(PARAM_ORDER);
  for (const key of new Set(params.keys())) if (!known.has(key)) notices.push(notice.unknown(key));

  for (const p of LIST_PARAMS) {
    const values: unknown[] = [];
    for (const raw of params.getAll(p.key)) {
      const value = p.parse(raw);
      if (value === null) notices.push(notice.invalid(p.key, raw));
      else if (values.includes(value)) notices.push(notice.duplicate(p.key, raw));
      else if (values.length >= p.max) {
        if (values.length === p.max) notices.push(notice.tooMany(p.key, p.max));
        values.push(undefined); // counts the overflow once; removed below
      } else values.push(value);
    }
    (state[p.field] as unknown[]) = values.filter((v) => v !== undefined);
  }

  for (const p of SCALAR_PARAMS) {
    const all = params.getAll(p.key);
    if (all.length === 0) continue;
    if (all.length > 1) notices.push(notice.repeated(p.key));
    const value = p.parse(all[0]);
    if (value === null) notices.push(notice.invalid(p.key, all[0]));
    else (state[p.field] as unknown) = value;
  }
  return { state, notices };
}

/** Query string without '?' ('' for the default state). */
export function encodeState(state: ViewState): string {
  const defaults = defaultViewState();
  const out = new URLSearchParams();
  const byKey = new Map<string, () => void>();
  for (const p of LIST_PARAMS) {
    byKey.set(p.key, () => (state[p.field] as (string | number)[]).forEach((v) => out.append(p.key, String(v))));
  }
  for (const p of SCALAR_PARAMS) {
    byKey.set(p.key, () => {
      if (state[p.field] !== defaults[p.field]) out.append(p.key, String(state[p.field]));
    });
  }
  for (const key of PARAM_ORDER) byKey.get(key)?.();
  return out.toString();
}
