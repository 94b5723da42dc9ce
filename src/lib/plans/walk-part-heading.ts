/**
 * Part headings (and a table header) switch the walker's mode wherever they appear.
 * Returns how many following lines the heading consumed (the basic goal on the next line), or null
 * where the line is not a part heading.
 */
import type { ContentLine } from './lines';
import { partHeadingKind } from './part-headings';
import { isTableHeader } from './read-initiatives';
import { type WalkState, newSection } from './walk-state';

export function handlePartHeading(st: WalkState, line: ContentLine, next: ContentLine | undefined): number | null {
  if (isTableHeader(line.text)) {
    st.mode = 'pillars';
    st.inDetails = true;
    st.tableMode = true;
    st.itemOpen = false;
    return 0;
  }
  const part = partHeadingKind(line.norm);
  if (!part) return null;
  st.section = null;
  st.stanceItem = null;
  st.itemOpen = false;
  st.tableMode = false;
  switch (part) {
    case 'goal':
      return readGoal(st, line, next);
    case 'stance':
      st.mode = 'stance';
      break;
    case 'pillars':
      st.mode = 'pillars';
      st.r.sawPillarsHeading = true;
      st.pillar = null;
      break;
    case 'details':
      st.mode = 'pillars';
      st.r.sawPillarsHeading = true;
      // A per-pillar "主な取組" header keeps its pillar; a part-level one starts the details.
      if (!(st.pillar && st.pillar.items.length === 0 && st.inDetails)) {
        st.pillar = null;
        st.inDetails = true;
      }
      break;
    case 'organisation':
      st.mode = 'organisation';
      break;
    case 'departments':
      st.mode = 'departments';
      break;
    case 'column':
      st.mode = 'column';
      newSection(st, 'column', line.text, line);
      break;
  }
  return 0;
}

/** "Ⅰ 基本目標 …" on the same line, or the next line when the heading stands alone. */
function readGoal(st: WalkState, line: ContentLine, next: ContentLine | undefined): number {
  st.r.sawGoalHeading = true;
  st.mode = 'goal';
  if (st.r.basicGoal !== null) return 0;
  const text = line.text;
  const rest = text.normalize('NFKC').replace(/^\s*(?:I|1)?\s*[.．:：]?\s*基本目標\s*[:：]?\s*/, '');
  const printed = rest === '' ? '' : text.slice(text.length - rest.length).trim() || rest;
  if (printed !== '') {
    st.r.basicGoal = printed;
    st.r.goalLine = line.n;
    return 0;
  }
  if (next && !partHeadingKind(next.norm)) {
    st.r.basicGoal = next.text;
    st.r.goalLine = next.n;
    return 1;
  }
  return 0;
}
