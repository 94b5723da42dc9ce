/**
 * Figures a facts record states ({ value: '30事業 9306万1千円', counts: '自主企画事業' }) → plan_figures rows.
 * The scope (what was counted) always travels with the number: a ward-planned project total is not the
 * number of initiatives a document lists.
 */
import { normalizeForMatch } from '../text/normalize';
import { parseJapaneseAmount } from './japanese-number';

export type FigureMetric =
  | 'project_count'
  | 'new_project_count'
  | 'focus_project_count'
  | 'pillar_count'
  | 'budget_yen'
  | 'other';

export interface StatedFigure {
  metric: FigureMetric;
  value: number | null;
  unit: string | null;
  scope: string;
  raw: string;
}

/** Scopes whose count is the ward's own project total (自主企画事業 and its synonyms). */
/** Whole scope, optionally with a parenthetical note (自主企画事業(前年度比…)); '事業区分' is not a total. */
const PROJECT_TOTAL = /^(自主企画事業|区独自事業|区独自の自主企画|全事業|事業|事業\(合計\)|運営方針の事業|4つの柱合計)(\(.*\))?$/;
const PILLAR_SCOPE = /^(施策|柱|主な施策|基本施策|重点施策|施策の柱)/;
const NOT_A_COUNT = /予算|費|円|ごと|①|別/;

function countIn(value: string): number | null {
  const v = value.normalize('NFKC').trim();
  const m = /^(\d+)(事業|本|つ|体系|点|項目)?(の柱)?$/.exec(v);
  if (m) return Number(m[1]);
  // '3体系→4体系': the figure after the arrow is the year's own.
  const change = /→\s*(\d+)/.exec(v);
  if (change && /^\d+\D*→\s*\d+\D*$/.test(v)) return Number(change[1]);
  return null;
}

function countAndBudget(value: string): { count: number | null; yen: number | null } {
  const v = value.normalize('NFKC').trim();
  const m = /^(\d+)事業\s+(.+)円$/.exec(v);
  if (m) return { count: Number(m[1]), yen: parseJapaneseAmount(m[2]) };
  return { count: null, yen: null };
}

export function parseStatedFigure(value: string, counts: string): StatedFigure[] {
  const raw = value;
  const scope = counts;
  const s = normalizeForMatch(counts);
  const v = value.normalize('NFKC').trim();

  const both = countAndBudget(v);
  if (both.count !== null && PROJECT_TOTAL.test(s)) {
    return [
      { metric: 'project_count', value: both.count, unit: '事業', scope, raw },
      { metric: 'budget_yen', value: both.yen, unit: '円', scope, raw }
    ];
  }
  if (/円$/.test(v) && !/[/→]/.test(v) && !/[増減]$/.test(v.replace(/円$/, ''))) {
    const yen = parseJapaneseAmount(v.replace(/円$/, ''));
    return [{ metric: yen === null ? 'other' : 'budget_yen', value: yen, unit: '円', scope, raw }];
  }
  const count = countIn(v);
  if (count !== null) {
    if (/^新規事業$/.test(s)) return [{ metric: 'new_project_count', value: count, unit: '事業', scope, raw }];
    if (/^重点事業/.test(s)) return [{ metric: 'focus_project_count', value: count, unit: '事業', scope, raw }];
    if (PROJECT_TOTAL.test(s) && !NOT_A_COUNT.test(s)) return [{ metric: 'project_count', value: count, unit: '事業', scope, raw }];
    if (PILLAR_SCOPE.test(s) && !NOT_A_COUNT.test(s) && !/事業数/.test(s)) return [{ metric: 'pillar_count', value: count, unit: '本', scope, raw }];
  }
  const plain = /^\d+(\.\d+)?$/.test(v) ? Number(v) : null;
  return [{ metric: 'other', value: plain, unit: null, scope, raw }];
}
