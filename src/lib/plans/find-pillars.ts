/**
 * Pillar headings under Ⅱ 施策: `1 …`, `施策1 …`, `①…`, `[1]…`, `(1)…`, `1.…`, or an unnumbered line.
 * The numbering style of the first pillar found is the document's style: other numbering is not a pillar.
 */
import { namesMatch, normalizeForMatch } from '../text/normalize';

export type NumberingStyle = 'plain' | 'shisaku' | 'circled' | 'square' | 'paren' | 'halfparen' | 'dot' | 'glued' | 'none';

export interface PillarHeading {
  style: NumberingStyle;
  number: number | null;
  title: string;
}

/** A heading is a short line that is not a sentence. */
export function isHeadingLike(text: string): boolean {
  return !text.includes('。') && [...text].length <= 50 && !/^[・\-•◆●■○◇◎★☆【]/.test(text);
}

const CIRCLED_FIRST = 0x2460; // ①
/** ❶…❿, ➀…➉, ➊…➓: the dingbat circled numbers some PDFs use instead of ①. */
const DINGBAT_FIRSTS = [0x2776, 0x2780, 0x278a];

function circledNumber(code: number): number | null {
  if (code >= CIRCLED_FIRST && code < CIRCLED_FIRST + 20) return code - CIRCLED_FIRST + 1;
  const base = DINGBAT_FIRSTS.find((b) => code >= b && code < b + 10);
  return base === undefined ? null : code - base + 1;
}

/** "【施策１】…", "［施策2］…": a pillar number in brackets, which isHeadingLike alone turns away (【 opens program names). */
const BRACKETED_SHISAKU = /^[【\[［]\s*(?:施策の柱|(?:重点|基本|主要)?施策|柱)\s*[0-9０-９]{1,2}\s*[】\]］]/;

export function readNumberedHeading(text: string): PillarHeading | null {
  if (!isHeadingLike(text) && !(BRACKETED_SHISAKU.test(text.trim()) && !text.includes('。') && [...text].length <= 50)) return null;
  const first = text.codePointAt(0) ?? 0;
  const circled = circledNumber(first);
  if (circled !== null) {
    const title = text.slice(1).trim();
    return title ? { style: 'circled', number: circled, title } : null;
  }
  const t = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const patterns: [NumberingStyle, RegExp][] = [
    // 施策1, 施策の柱1, 柱1, 【施策1】, [施策1]: one style, the word before the number.
    ['shisaku', /^[【\[［]?\s*(?:施策の柱|(?:重点|基本|主要)?施策|柱)\s*([0-9]{1,2})\s*[】\]］]?\s*[.．:：、]?\s*(.+)$/],
    ['square', /^[\[［【]\s*([0-9]{1,2})\s*[\]］】]\s*(.+)$/],
    ['paren', /^[(（]\s*([0-9]{1,2})\s*[)）]\s*(.+)$/],
    ['halfparen', /^([0-9]{1,2})\s*[)）]\s*(.+)$/], // 1) …
    ['dot', /^([0-9]{1,2})\s*[.．]\s*(.+)$/],
    ['plain', /^([0-9]{1,2})(?:\s+|、)(.+)$/]
  ];
  for (const [style, re] of patterns) {
    const m = re.exec(t);
    if (!m) continue;
    const n = Number(m[1]);
    const title = m[2].trim();
    if (n < 1 || n > 20 || title === '') return null;
    // A year, an amount or a date is not a pillar number. Only a bare `3 人…` can be a count: after a
    // dot, a bracket or 施策 the number is a heading's (「1. 人と人とがつながるまちづくり」).
    if (style === 'plain' && /^(?:年|月|日|人|件|%|か所|カ所|箇所|世帯|回|名)/.test(title) && !looksLikePillarTitle(title)) return null;
    // A heading never ends on a comma: "18 地区の連合町内会と連携して…作成し、" is a paragraph's wrapped line.
    if (/[、,，]$/.test(title)) return null;
    // "1.5億円" is a decimal, not "1." and a title.
    if (style === 'dot' && /^[0-9]/.test(title)) return null;
    return { style, number: n, title };
  }
  return null;
}

/**
 * "1地域力の強化": a newsletter's text copy prints the pillar number against its title. Read only where a
 * series of such pillars is expected (its first one, or after one): elsewhere "3地域ケアプラザとの連携" or
 * "2駅周辺で…" is a count. One digit, then a word that is no unit or counted thing, and a title that is
 * no wrapped sentence.
 */
const GLUED = /^([1-9])(?![人日月年回件名歳密期号階丁番時分秒割倍級次位周代世校台種点万億円本枚冊部箇軒棟戸つかカヵヶ駅園館拠]|地区|事業|大学)([\p{Script=Han}\p{Script=Katakana}「].{1,29})$/u;

export function readGluedHeading(text: string): PillarHeading | null {
  const t = text.trim();
  const m = GLUED.exec(t);
  if (!m || !isHeadingLike(t) || /[、,のをがとでやへも]$/.test(t)) return null;
  return { style: 'glued', number: Number(m[1]), title: m[2].trim() };
}

/** The heading without its printed number ("１ 区民目線のサービス" → "区民目線のサービス"). */
export function withoutNumbering(text: string): string {
  return readNumberedHeading(text)?.title ?? text;
}

/**
 * Endings that pillar titles share across wards (…まちづくり, …のまち, 区役所づくり, …の推進). Used only
 * to compare headings of one document with each other, never alone to make a pillar.
 */
const PILLAR_ENDINGS: [string, RegExp][] = [
  ['machizukuri', /まちづくり$/],
  ['kuyakusho', /(?:区役所|区役所づくり|行政サービス)$/],
  ['machi', /(?:まち|街|町)(?:[ 　]*[^ 　]{0,6}区)?$/],
  ['zukuri', /(?:づくり|作り)$/],
  ['suishin', /の推進$/]
];

/** Which pillar-title ending a heading has, or null. Spaces, ! and ～…～ subtitles are ignored. */
export function pillarEnding(text: string): string | null {
  const t = text
    .normalize('NFKC')
    .replace(/[~〜][^~〜]*[~〜]$/, '')
    .replace(/[!！?？\s]+$/, '');
  return PILLAR_ENDINGS.find(([, re]) => re.test(t))?.[0] ?? null;
}

export function looksLikePillarTitle(text: string): boolean {
  return pillarEnding(text) !== null;
}

/** How organisation items (組織運営) end: 信頼される区役所, 挑戦する組織, 学び合う職場. */
export const ORG_TITLE_END = /(?:区役所|組織|職員|職場|チーム|区政)[!！]?$/;

/** How a plan's closing office-service pillar is titled: …区役所, …区役所づくり, …行政サービスの提供. */
export const OFFICE_SERVICE_TITLE = /(?:区役所(?:づくり)?|行政サービスの提供)[!！]?$/;

export function looksLikeOrgTitle(text: string): boolean {
  const t = text.trim();
  // "横浜市泉区役所" at a page's foot is the publisher's name, not an item: an item says what kind of office.
  return ORG_TITLE_END.test(t) && !/^(?:[^\s]{1,4}市)?[\p{Script=Han}\p{Script=Katakana}ヶ]{1,5}区役所$/u.test(t);
}

/**
 * Labels of a pillar's fields (めざす姿, 現状と課題, 取組の方向性, 成果指標 …): short lines over a paragraph
 * that look like headings but never name a pillar or a sub-theme.
 */
const FIELD_LABEL =
  /^(?:めざす(?:まちの)?姿|目指す(?:まちの)?姿|将来像|現状と課題|現状・課題|現状及び課題|現状|課題|(?:施策|取組)の方向性|方向性|概要|目標|達成目標|成果指標|指標|主な成果|取組内容|振り返り)$/;

export function isPillarFieldLabel(text: string): boolean {
  const t = normalizeForMatch(text).replace(/^[【\[〔<■□◆◇●○]|[】\]〕>]$/g, '').replace(/[:：]$/, '');
  return FIELD_LABEL.test(t);
}

/** Titles compared for matching: emphasis already stripped; numbering and spaces ignored. */
export function pillarTitlesMatch(a: string, b: string): boolean {
  // "…まちづくり（続き）": a pillar heading repeated over the next page's items.
  const continued = /[(（](?:続き|つづき|続)[)）]$/;
  const x = normalizeForMatch(a).replace(continued, '');
  const y = normalizeForMatch(b).replace(continued, '');
  if (x === '' || y === '') return false;
  return x === y || namesMatch(x, y);
}
