/**
 * The headings that open the parts of a plan (Ⅰ 基本目標, 基本姿勢, Ⅱ 施策, 主な取組, Ⅲ 組織運営, 各課の取組,
 * コラム). All tests run on normalizeForMatch text, where NFKC has turned Ⅱ into II and spaces are gone.
 */

export type PartKind = 'goal' | 'stance' | 'pillars' | 'details' | 'organisation' | 'departments' | 'column';

const GOAL = /^(?:I|1|Ⅰ)?[.．:：]?基本目標/;
const STANCE = /^(?:基本姿勢|(?:目標達成に向けた)?取組姿勢|(?:目標達成に向けた)?取り組み姿勢)$/;
const PILLARS = /^(?:II|2|Ⅱ)?[.．:：]?(?:目標達成に向けた施策|施策|施策体系|施策の柱)$/;
const DETAILS = /^(?:【参考】)?主な(?:事業・取組|事業・取り組み|取組|取り組み|事業)(?:\(.{0,30}\))?$/;
const ORGANISATION = /^(?:III|3|Ⅲ)?[.．:：]?(?:目標達成に向けた組織運営|組織運営)$/;
const DEPARTMENTS = /^各(?:課|部署)の(?:取組|取り組み)$/;
const COLUMN = /^コラム(?:[0-9①-⑳]+|$)/;

export function partHeadingKind(norm: string): PartKind | null {
  if (norm.length > 60) return null;
  if (STANCE.test(norm)) return 'stance';
  if (GOAL.test(norm) && !norm.includes('。')) return 'goal';
  if (PILLARS.test(norm)) return 'pillars';
  if (DETAILS.test(norm)) return 'details';
  if (ORGANISATION.test(norm)) return 'organisation';
  if (DEPARTMENTS.test(norm)) return 'departments';
  if (COLUMN.test(norm)) return 'column';
  return null;
}

export function isPartHeading(norm: string): boolean {
  return partHeadingKind(norm) !== null;
}
