/**
 * Three kinds of line under a pillar that belong to items without being bullets or ◆ headings:
 * - a numbered heading in another numbering than the pillars' (（１）… under `１ …` pillars, 1-2 … under
 *   pillar 1), which is
 *   an item heading like ◆ (or a sub-theme where bullets follow);
 * - a numbered sentence (①…を支援します。) under a pillar numbered otherwise, a list entry read as a ・ bullet;
 * - a line with nothing but marker labels (※新規事業, (新), ★) under an item, which labels that item.
 */
import type { ContentLine } from './lines';
import { extend } from './drafts';
import { isHeadingLike, readNumberedHeading } from './find-pillars';
import { ITEM_GLYPHS, readBullet } from './read-initiatives';
import { markerContext, stripMarkers } from './markers';
import { type WalkState, addItem, findOrgByTitle, openHeadingItem, readItemHeading } from './walk-state';

/** "1-2 防犯の推進" under pillar 1: the pillar's number, then the item's. */
function readSubNumbered(text: string, pillarNumber: number | null): string | null {
  const m = /^([0-9]{1,2})\s*[-－‐―ー]\s*([0-9]{1,2})\s+(.+)$/.exec(text.normalize('NFKC').trim());
  if (!m || pillarNumber === null || Number(m[1]) !== pillarNumber || !isHeadingLike(m[3])) return null;
  return text.trim().slice(text.trim().length - m[3].length).trim() || m[3];
}

export function numberedItemHeading(st: WalkState, line: ContentLine, next: ContentLine | undefined): boolean {
  const sub = st.pillar ? readSubNumbered(line.text, st.pillar.number) : null;
  const numbered = sub !== null ? { style: 'sub', title: sub } : readNumberedHeading(line.text);
  if (!numbered || !st.pillar || st.style === null || numbered.style === st.style || st.tableMode) return false;
  if (findOrgByTitle(st, numbered.title)) return false; // an organisation item's details (泉区 2022 shape)
  if (next && readBullet(next.text) !== null) {
    st.subTheme = numbered.title;
    st.item = null;
    st.itemOpen = false;
    extend(st.pillar.lines, line.n);
    return true;
  }
  const heading = readItemHeading(st, numbered.title);
  if (heading.title === '') return false;
  openHeadingItem(st, line, heading);
  return true;
}

const NUMBERED_SENTENCE = /^(?:[①-⑳]|[(（]\s*[0-9０-９]{1,2}\s*[)）])\s*(.+。.*)$/;

export function numberedSentence(st: WalkState, line: ContentLine): boolean {
  const m = NUMBERED_SENTENCE.exec(line.text.trim());
  if (!m || !st.pillar || st.tableMode) return false;
  const style = /^[①-⑳]/.test(line.text.trim()) ? 'circled' : 'paren';
  if (st.style === style) return false; // the pillars' own numbering: not a list entry
  const text = m[1].trim();
  addItem(st, { kind: 'bullet', sub_theme: st.subTheme, head: text, title: null, program_name: null }, line, [text]);
  st.itemOpen = true;
  st.r.lastRole = 'bullet';
  return true;
}

/** "※新規事業" on the line after an item: the item's marker, kept at the end of its description. */
export function markerOnlyLine(st: WalkState, line: ContentLine, next?: ContentLine): boolean {
  const item = st.item;
  if (!item || !st.pillar) return false;
  const ctx = markerContext(st.r.legend);
  if (stripMarkers(line.text, ctx).replace(/[\s・]/g, '') !== '') return false;
  if (!/[※★☆(（\[［【]/.test(line.text)) return false;
  // "★" after a blank line, right above "◆帰宅困難者対策の推進【…】": the badge of the item below.
  if (line.gapBefore && next !== undefined && !next.gapBefore && (ITEM_GLYPHS.test(next.text.trim()) || readBullet(next.text) !== null)) {
    st.pendingBadge = { text: line.text, n: line.n };
    extend(st.pillar.lines, line.n);
    return true;
  }
  item.notes = [...(item.notes ?? []), line.text];
  extend(item.lines, line.n);
  extend(st.pillar.lines, line.n);
  return true;
}
