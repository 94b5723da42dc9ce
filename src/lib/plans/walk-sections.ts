/**
 * Lines in the organisation part, the departments (各課の取組) and columns: section titles and bodies.
 * ◆ sub-items and bullets fold into the body; a repeated organisation title joins its overview row.
 */
import type { ContentLine } from './lines';
import { extend } from './drafts';
import { partHeadingKind } from './part-headings';
import { isHeadingLike } from './find-pillars';
import { ITEM_GLYPHS, readBullet } from './read-initiatives';
import {
  type WalkState,
  addToSection,
  enterPillar,
  findOrgByTitle,
  findPillarByTitle,
  newSection,
  shortText,
  warn
} from './walk-state';

export function handleSectionLine(st: WalkState, line: ContentLine, next: ContentLine | undefined): void {
  const text = line.text;
  const headingLike = isHeadingLike(text);
  const pillar = headingLike && st.mode !== 'departments' ? findPillarByTitle(st, text) : null;
  if (pillar) {
    st.mode = 'pillars';
    st.section = null;
    enterPillar(st, pillar, line);
    return;
  }
  if (st.mode === 'organisation' && headingLike) {
    const known = findOrgByTitle(st, text);
    if (known) {
      st.section = known;
      extend(known.lines, line.n);
      return;
    }
    const headsSomething =
      next !== undefined &&
      !partHeadingKind(next.norm) &&
      (!isHeadingLike(next.text) || ITEM_GLYPHS.test(next.text) || readBullet(next.text) !== null);
    if (headsSomething) {
      newSection(st, 'organisation', text, line);
      return;
    }
    if (!st.section) return; // a stray label before any item
  }
  if (st.mode === 'departments' && headingLike && readBullet(text) === null) {
    newSection(st, 'department', text, line);
    return;
  }
  if (!addToSection(st, text, line)) warn(st, line.n, `line outside any ${st.mode} item ignored: ${shortText(text)}`);
  st.r.lastRole = readBullet(text) !== null ? 'bullet' : 'other';
}
