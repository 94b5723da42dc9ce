/**
 * Lines under a pillar that say what they hold: 【主な事業】… program lists with their amounts, 新規：…
 * items, ※ notes and ▽ points of the item above, "★:… [+D]:…" legend rows, and a 主な事業・取組 / 内容
 * table printed one cell per line.
 */
import type { ContentLine } from './lines';
import { YEN } from './amounts';
import { extend } from './drafts';
import { isHeadingLike, readNumberedHeading } from './find-pillars';
import { takeProgramName } from './read-initiatives';
import { CODE_COLON_LINE, readLegendLines } from './read-marker-legend';
import { LEADING_LABEL, markerContext, stripMarkers } from './markers';
import { partHeadingKind } from './part-headings';
import { type WalkState, addItem, addLegend, findPillarByTitle, shortText, warn } from './walk-state';

/**
 * "※在宅医療マップ(区役所別館で配布中)" (or a ▽ point) right under an item: a note of that item, kept in its description
 * (a legend's note, "※(新)は…", is read as the legend, not here).
 */
export function itemNote(st: WalkState, line: ContentLine): boolean {
  const item = st.item;
  if (!st.pillar || !item || st.pillar.items[st.pillar.items.length - 1] !== item || line.gapBefore) return false;
  const text = line.text.trim();
  // "（旧：地域活動支援事業）" alone under a heading: the heading's rename note (lineage reads it there).
  if (/^[(（]\s*旧\s*[:：][^()（）]+[)）]$/.test(text) && item.description.length === 0) {
    item.notes = [...(item.notes ?? []), text];
    extend(item.lines, line.n);
    return true;
  }
  // "…【…事業】※新規" / "事業": the marker label wrapped onto the next line.
  if (text === '事業' && /※\s*(?:新規|重点|拡充)$/.test(item.head.trim()) && item.description.length === 0) {
    item.head = `${item.head.trim()}${text}`;
    extend(item.lines, line.n);
    return true;
  }
  // ▽対象:… / ▽実施時期:… under a ◆ item (where ▽ marks no items of its own: lines.ts): its points.
  if (!/^[※▽]/.test(line.text.trim()) || readLegendLines(line.text, line.n).length > 0) return false;
  item.description.push(line.text.trim());
  extend(item.lines, line.n);
  extend(st.pillar.lines, line.n);
  return true; // a note is no sentence: a text ending on one has not stopped mid-sentence
}

/**
 * A PDF table 「主な事業・取組 | 内容」 with one cell per line: the header's 内容 on the line under the list
 * label, then each row as its name (a short line) and its text wrapped over lines, a marker cell between.
 */
export function cellTableLine(st: WalkState, line: ContentLine): boolean {
  const text = line.text.trim();
  if (/^(?:内容|概要|事業内容|取組内容)$/.test(text) && st.previous !== undefined && partHeadingKind(st.previous.norm) === 'details' && st.pillar) {
    st.cellTable = true;
    st.item = null;
    return true;
  }
  if (!st.cellTable || !st.pillar) return false;
  if (partHeadingKind(line.norm) !== null || readNumberedHeading(text) !== null || findPillarByTitle(st, text) !== null) {
    st.cellTable = false;
    return false;
  }
  const item = st.item;
  const ctx = markerContext(st.r.legend);
  if (item && stripMarkers(text, ctx).replace(/[\s・]/g, '') === '') return false; // a marker cell: markerOnlyLine
  // A row's name: short, no sentence, after the row above has ended (its text closed with 。) or first.
  const rowEnded = !item || item.description.length === 0 ? item === null : /。\s*$/.test(item.description[item.description.length - 1]);
  if (rowEnded && isHeadingLike(text) && [...text].length <= 30 && !/[、。]/.test(text)) {
    const { rest, program } = takeProgramName(text);
    addItem(st, { kind: 'row', sub_theme: st.subTheme, head: text, title: rest.trim(), program_name: program }, line, []);
    st.itemOpen = true;
    st.r.lastRole = 'bullet';
    return true;
  }
  if (!item) return false;
  item.description.push(text);
  extend(item.lines, line.n);
  extend(st.pillar.lines, line.n);
  st.r.lastRole = 'prose';
  return true;
}

/** "★:新規・拡充の取組 [+D]:ぷらすデジタルの取組" under a pillar's list label: the legend, no sub-theme or item. */
export function codeColonLegend(st: WalkState, line: ContentLine): boolean {
  if (!CODE_COLON_LINE.test(line.text.trim())) return false;
  const entries = readLegendLines(line.text, line.n);
  for (const entry of entries) addLegend(st, entry, line);
  return entries.length > 0;
}

/** "新規：地域包括ケアシステムの推進(…)" under a pillar: an item labelled with its marker. */
export function labelledItem(st: WalkState, line: ContentLine): boolean {
  if (!st.pillar) return false;
  const text = line.text.trim();
  LEADING_LABEL.lastIndex = 0;
  const m = LEADING_LABEL.exec(text);
  LEADING_LABEL.lastIndex = 0;
  if (!m || m[1].trim() !== '') return false;
  const rest = text.slice(m[0].length).trim();
  if (rest === '') return false;
  // "新規：1事業　拡充：2事業", "新規：なし": counts of the pillar's programs, kept with its summary, no item.
  if (/^(?:[0-9０-９]+\s*(?:事業|件)|なし)/.test(rest)) {
    st.pillar.summary.push(text);
    extend(st.pillar.lines, line.n);
    return true;
  }
  addItem(st, { kind: 'bullet', sub_theme: st.subTheme, head: rest, title: null, program_name: null }, line, [text]);
  st.itemOpen = true;
  st.r.lastRole = 'bullet';
  return true;
}

/**
 * A newsletter's "【主な事業】文化施設機能整備検討事業(新規事業)100万円" (or "主な事業：…、…") under a pillar:
 * each named program is an item, its markers kept, its amount left in the description.
 */
const LABELLED_PROGRAMS = /^(?:【(?:主な(?:事業|取組|取り組み)|主要事業|重点事業)】|(?:主な(?:事業|取組|取り組み)|主要事業|重点事業)\s*[：:])\s*(.+)$/;
const AMOUNT = new RegExp(`\\s*${YEN}$`);
const FIRST_AMOUNT = new RegExp(`\\s*${YEN}`);

export function labelledPrograms(st: WalkState, line: ContentLine): boolean {
  const m = LABELLED_PROGRAMS.exec(line.text.trim());
  // "主な取組：…を支援し、…を進めます。" is a sentence, not a list of names.
  if (!m || !st.pillar || m[1].includes('。')) return false;
  const ctx = markerContext(st.r.legend);
  let added = 0;
  for (const part of m[1].split(/[、，]/).map((p) => p.trim()).filter(Boolean)) {
    // A program's amount ends its entry: what follows on the line ("区の予算総額 6,188万円") is no part of it.
    const amount = FIRST_AMOUNT.exec(part);
    const entry = amount ? part.slice(0, amount.index + amount[0].length) : part;
    const after = amount ? part.slice(entry.length).trim() : '';
    if (after !== '') warn(st, line.n, `text after a program's amount left out of it: ${shortText(after)}`);
    const name = stripMarkers(entry.replace(AMOUNT, ''), ctx).trim();
    if (name === '') continue;
    addItem(st, { kind: 'bullet', sub_theme: st.subTheme, head: name, title: null, program_name: /事業$/.test(name) ? name : null }, line, [entry]);
    added++;
  }
  // One program on the line: the paragraph under it is its text (several: a paragraph is the pillar's).
  st.itemOpen = added === 1;
  st.r.lastRole = 'bullet';
  return true;
}
