/**
 * The headings that open the parts of a plan (Ⅰ 基本目標, 基本姿勢, Ⅱ 施策, 主な取組, Ⅲ 組織運営, 各課の取組,
 * コラム). All tests run on normalizeForMatch text, where NFKC has turned Ⅱ into II and spaces are gone.
 */

export type PartKind = 'goal' | 'stance' | 'pillars' | 'details' | 'organisation' | 'departments' | 'column';

// Part numbers as printed: Ⅱ (NFKC: II), 2, 2., 第2; a trailing (…) note or ~subtitle~ is allowed on the part lines.
// T, U, V are Ⅰ, Ⅱ, Ⅲ from a text version whose extraction kept only the low byte of Shift_JIS 0x8754–56
// (seen in the city's own .txt copies of plan PDFs: "U 目標達成に向けた施策"); the keyword must follow.
// 区の目標 (older pages) names the goal as 基本目標 does.
const GOAL = /^(?:第?(?:I|1|Ⅰ|T)[.．:：]?)?[【\[〔■]?(?:(?:区の|区運営の)?基本目標|区の目標$)/;
const STANCE = /^(?:(?:区政運営|区運営|区役所|目標達成に向けた|基本目標の達成に向けた)の?)?基本姿勢$|^(?:目標達成に向けた)?取り?組み?姿勢$/;
const PILLARS =
  /^(?:第?(?:II|2|Ⅱ|U)[.．:：]?)?(?:目標(?:達成|の実現)に向けた(?:施策|取組)|目標達成のための施策|施策|施策体系|施策の柱)(?:\(.{0,20}\))?(?:~[^~]{1,40}~)?$/;
// 重点事業 / 重点取組 / 主な施策 head a pillar's list (広報よこはま区版) the way 主な取組 does; under a
// pillar they keep it, elsewhere they open the details (walk-part-heading.ts decides).
// "「地域の絆」づくりの主な事業・取組": a pillar's list caption names the pillar before の.
const DETAILS = /^(?:【参考】)?(?:[^。]{1,30}の)?(?:主な(?:事業・取組|事業・取り組み|取組|取り組み|事業|施策)|重点(?:事業|取組|的な取組|施策))(?:\(.{0,30}\))?$/;
const ORGANISATION =
  /^(?:第?(?:III|3|Ⅲ|V)[.．:：]?)?(?:目標(?:達成|の実現)に向けた組織運営|目標達成のための組織運営|(?:[^。、]{1,10}区役所の)?組織運営|組織目標|区役所の運営)(?:の(?:基本)?方針)?(?:\(.{0,20}\))?(?:~[^~]{1,40}~)?$/;
const DEPARTMENTS = /^(?:区役所)?各(?:課|部署)(?:[・、][^。・、]{1,8}){0,3}(?:等)?の(?:主な)?(?:取組|取り組み|目標)$/;
// コラム①, コラム 港南区の桜の名所, 【コラム】…, コラム:…: a short line, never a sentence (コラムニスト is no column).
const COLUMN = /^(?:【コラム】|\[コラム\]|<コラム>|コラム(?!ニスト))(?:[0-9①-⑳]+)?[:：・\-]?[^。]{0,30}$/;

/** 【施策】, [施策], 〔施策〕, ■施策: a part heading in brackets or behind a glyph is still that heading. */
function unwrap(norm: string): string {
  const wrapped = /^(?:【([^【】]+)】|\[([^\[\]]+)\]|〔([^〔〕]+)〕|[■□◆◇]([^■□◆◇]+))$/.exec(norm);
  return wrapped ? (wrapped[1] ?? wrapped[2] ?? wrapped[3] ?? wrapped[4]) : norm;
}

export function partHeadingKind(rawNorm: string): PartKind | null {
  if (rawNorm.length > 60) return null;
  const norm = unwrap(rawNorm);
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
