/**
 * A line opening with an item glyph (◆●■○◇◎★☆) under a pillar: an item heading (title and 【…】
 * program name), a sub-theme over bullets, a sentence read as a bullet, or a ◇ point of the item above.
 */
import type { ContentLine } from './lines';
import { BRACKETED_YEN_END, YEN } from './amounts';
import { extend } from './drafts';
import { endsUnfinished } from './wrapped-lines';
import { splitRenameNotes } from './rename-note';
import { isHeadingLike, looksLikePillarTitle } from './find-pillars';
import { partHeadingKind } from './part-headings';
import { LIST_LEAD, readBullet, readGlyphHeading } from './read-initiatives';
import { markerContext } from './markers';
import { readLegendLines } from './read-marker-legend';
import { type WalkState, addItem, addLegend, newPillar, openHeadingItem, readItemHeading, shortText, warn } from './walk-state';

/**
 * A glyph line that heads a pillar: a title worded like one (…まちづくり, …のまち, …区役所づくり), no
 * program name, over its list's label (重点事業, 主な施策) or its bullets. The title, or null.
 */
export function glyphPillarHeading(line: ContentLine, next: ContentLine | undefined): string | null {
  const m = /^[■◆●□]\s*(.+)$/.exec(line.text.trim());
  if (!m || !next || /【[^】]+】/.test(m[1]) || !isHeadingLike(m[1]) || !looksLikePillarTitle(m[1])) return null;
  // Over its list: 主な取組, a bullet, an item with another glyph (■ box, ◆ items), or a short tagline
  // printed between the box title and its items (■…まちづくり / 関東大震災から100年 / ◆…).
  const nextGlyph = /^[◆●■○◇◎★☆]/.exec(next.text)?.[0];
  const tagline = isHeadingLike(next.text) && [...next.text].length <= 20 && !next.text.includes('。') && nextGlyph === undefined;
  const overList =
    partHeadingKind(next.norm) === 'details' || readBullet(next.text) !== null || (nextGlyph !== undefined && nextGlyph !== line.text.trim()[0]) || tagline;
  return overList ? m[1].trim() : null;
}

export function glyphHeading(st: WalkState, line: ContentLine, next: ContentLine | undefined): boolean {
  const glyph = readGlyphHeading(line.text, markerContext(st.r.legend));
  if (!glyph) return false;
  // "★防災講座の開催          マンション向けの…": a `pdftotext -layout` table row whose name carries the
  // list's mark; the rows after it (with or without a mark) are read as that table's.
  const cells = st.pillar ? /^(\S.*?\S)[ \u3000]{3,}(\S.*)$/.exec(line.text.trim().slice(glyph.glyph.length).trim()) : null;
  if (cells && st.pillar && !/[。]/.test(cells[1])) {
    addItem(st, { kind: 'row', sub_theme: st.subTheme, head: line.text.trim(), title: cells[1], program_name: null }, line, [cells[2]]);
    st.itemOpen = true;
    st.tableMode = true;
    st.tableSpaced = true;
    st.r.lastRole = 'bullet';
    return true;
  }
  // A newsletter's boxes: "■ 災害に強い安全・安心なまちづくり" over its list is a pillar, not an item.
  const pillarTitle = !st.pillar || st.pillarGlyph === glyph.glyph ? glyphPillarHeading(line, next) : null;
  if (pillarTitle !== null) {
    st.pillarGlyph = glyph.glyph;
    st.style ??= 'none';
    newPillar(st, null, 'none', pillarTitle, line);
    return true;
  }
  if (!st.pillar) {
    // "★…重点的に取り組む事業" above the pillars is the legend, not an item.
    const legend = readLegendLines(line.text, line.n);
    for (const entry of legend) addLegend(st, entry, line);
    if (legend.length === 0) warn(st, line.n, `item outside any pillar ignored: ${shortText(line.text)}`);
    return true;
  }
  // "●区の運営に係る経費 1億2,300万円" in a budget feature: the office's running costs, no initiative of
  // the pillar above (its paragraph goes with it).
  if (st.pillar && OFFICE_BUDGET.test(glyph.title)) {
    warn(st, line.n, `budget line read as no initiative (and the text under it left out): ${shortText(glyph.title)}`);
    st.pillar = null;
    st.item = null;
    st.itemOpen = false;
    return true;
  }
  // ◇ / ○ lines under a ◆ item with a program name are its points, not items of their own; so are the
  // lines of another glyph a heading's paragraph introduces ("次の取組を進めます。" / "●…").
  const open = st.item;
  const introduced = open !== null && open.kind === 'glyph' && open.description.some((d) => LIST_LEAD.test(d.trim()));
  if (
    open && st.itemOpen && open.kind === 'glyph' && glyph.program_name === null && !open.head.trim().startsWith(glyph.glyph) &&
    ((open.program_name !== null && /^[◇○・]$/.test(glyph.glyph)) || introduced)
  ) {
    open.description.push(line.text.trim());
    extend(open.lines, line.n);
    st.r.lastRole = 'bullet';
    return true;
  }
  // "◇予算額：1,200千円", "・対象：…": a field of the item above, not an item of its own.
  if (open && st.itemOpen && glyph.program_name === null && FIELD_LINE.test(glyph.title)) {
    open.description.push(line.text.trim());
    extend(open.lines, line.n);
    return true;
  }
  // A glyph line without a program name that heads bullets, or items behind another glyph ("■ 災害への備え"
  // over "◆地域防災力の向上【…】"), is a sub-theme, not an item.
  // (not a point printed right under an item's text: "次の取組を進めます。" / "●マンション防災講座の開催")
  const underItemText = open !== null && st.itemOpen && open.description.length > 0 && !line.gapBefore;
  const headsOtherGlyph = next !== undefined && !underItemText && /^[■□●]$/.test(glyph.glyph) && /^[◆◇]/.test(next.text.trim());
  if (glyph.program_name === null && next && (readBullet(next.text) !== null || headsOtherGlyph) && isHeadingLike(glyph.title)) {
    st.subTheme = glyph.title;
    st.item = null;
    st.itemOpen = false;
    return true;
  }
  // "● 地域防災力の向上：地域防災拠点の訓練を支援します。": a title and its paragraph on one line.
  const text = line.text.trim().slice(glyph.glyph.length).trim();
  const titled = glyph.program_name === null ? splitTitleColon(text) : null;
  if (titled) {
    openHeadingItem(st, line, { ...readItemHeading(st, titled.title), notes: glyph.notes }, [titled.rest]);
    return true;
  }
  // "●…を支援します。": a glyph before a whole sentence marks a list entry, read like a ・ bullet.
  if (glyph.program_name === null && glyph.title.includes('。')) {
    // ★ as the list's glyph is also its marker (主な事業(★は新規事業)): kept as printed, so it is read.
    const printed = /^[★☆]$/.test(glyph.glyph) ? line.text.trim() : text;
    addItem(st, { kind: 'bullet', sub_theme: st.subTheme, head: text, title: null, program_name: null, notes: glyph.notes }, line, [printed]);
    st.itemOpen = true;
    st.r.lastRole = 'bullet';
    return true;
  }
  // "◆港北区地域福祉保健計画推進事業:412万円", "■金沢区観光振興事業 <1,526万円>": the budget is no part of the name; the printed heading
  // line, amount included, opens the description so the figure stays with the item.
  const budget = BUDGET_AFTER_NAME.exec(glyph.title) ?? BRACKETED_YEN_END.exec(glyph.title);
  if (budget) {
    const title = glyph.title.slice(0, budget.index).trim();
    // (its rename notes end the description once, as for any heading: not twice)
    openHeadingItem(st, line, { title, program_name: glyph.program_name ?? (/事業$/.test(title) ? title : null), notes: glyph.notes }, [splitRenameNotes(line.text).rest.trim()]);
    return true;
  }
  openHeadingItem(st, line, { title: glyph.title, program_name: glyph.program_name, notes: glyph.notes });
  return true;
}

const OFFICE_BUDGET = new RegExp(`(?:運営|管理)に(?:係る|かかる|要する)経費\\s*[:：]?\\s*${YEN}$`);
// "…事業:412万円", "…の向上 予算 1,200万円": a budget after the name.
const BUDGET_AFTER_NAME = new RegExp(`\\s*(?:[:：]|\\s(?:予算(?:額)?|事業費)\\s*[:：]?)\\s*${YEN}$`);

/**
 * "泉区の魅力づくりと発信【定住・転入促進事業】" with no glyph (a web page's <h4>, a PDF that lost its ◆):
 * under a pillar, a short line ending in a program name in 【】 is an item heading all the same.
 */
export function programHeading(st: WalkState, line: ContentLine): boolean {
  if (!st.pillar || !isHeadingLike(line.text)) return false;
  const heading = readItemHeading(st, line.text);
  if (heading.program_name === null || heading.title === '') return false;
  // "◆地域福祉保健計画「あさひ・ささえあいプラン」の" / "推進【地域福祉保健計画推進事業】": a heading
  // wrapped after a particle goes on here, program name and all.
  const open = st.item;
  // The ◆ line right above, with no text and no program name of its own.
  const bareHeadingAbove = open !== null && st.itemOpen && open.kind === 'glyph' && open.description.length === 0 && open.program_name === null && !line.gapBefore;
  // (only after の, を, a comma or ・: "◆子育て世代とともに" over "親子の居場所づくり【…】" heads it)
  if (open && bareHeadingAbove && /[のを、・]$/.test((open.title ?? '').trim())) {
    open.title = `${open.title}${heading.title}`;
    open.head = `${open.head}${line.text.trim()}`;
    open.program_name = heading.program_name;
    extend(open.lines, line.n);
    extend(st.pillar.lines, line.n);
    return true;
  }
  // "◆子育て世代とともに" right over "親子の居場所づくり【…】": the glyph line heads the item as its sub-theme.
  if (open && bareHeadingAbove && st.pillar.items[st.pillar.items.length - 1] === open) {
    st.pillar.items.pop();
    st.subTheme = open.title;
  }
  openHeadingItem(st, line, heading);
  return true;
}

/** Labels that head a field of an item, not an item ("対象：…", "期間：…", "予算額：…"). */
const FIELD_NAMES = '対象|内容|場所|会場|期間|日時|時期|事業名|概要|目的|目標|目標値|指標|担当|予算|予算額|事業費|実績|成果|見込み';
const FIELD_NAME = new RegExp(`^(?:${FIELD_NAMES})$`);
/** The year a field is for: "令和4年度実績：…", "令和5年度目標：…". */
const ERA_YEAR = '(?:令和|平成)\\s*(?:元|[0-9０-９]{1,2})\\s*年度';
const FIELD_YEAR = `(?:${ERA_YEAR}|[0-9]{4}\\s*年度|前年度|今年度|昨年度|本年度)?\\s*(?:の\\s*)?`;
/** A line that is one such field: "予算額：1,200千円", "令和4年度実績：延べ2,300人", "令和5年度実績 延べ1,200回" (after its glyph or bullet). */
export const FIELD_LINE = new RegExp(`^${FIELD_YEAR}(?:${FIELD_NAMES})\\s*[：:]|^${ERA_YEAR}\\s*(?:の\\s*)?(?:実績|目標|成果|見込み)\\s`);

/**
 * "地域防災力の向上：地域防災拠点の訓練を支援します。" → its title and the rest, when a short title (no 。)
 * ends at a full-width colon and a sentence follows; else null.
 */
export function splitTitleColon(text: string): { title: string; rest: string } | null {
  const m = /^([^：。]{2,30})：\s*(.+)$/.exec(text);
  if (!m || FIELD_NAME.test(m[1].trim()) || !m[2].includes('。')) return null;
  return { title: m[1].trim(), rest: m[2].trim() };
}
