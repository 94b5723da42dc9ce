/**
 * One pass over the content lines: a small state machine that knows which part of the plan it is in
 * (goal, stance, pillars, organisation, departments, column) and hands each line to that part's reader.
 */
import type { ContentLine } from './lines';
import { readNumberedHeading } from './find-pillars';
import { readLegendLine } from './read-marker-legend';
import { type WalkResult, addLegend, newWalkState } from './walk-state';
import { handlePartHeading } from './walk-part-heading';
import { handleStanceLine } from './walk-stance';
import { handleSectionLine } from './walk-sections';
import { handlePillarLine } from './walk-pillar-line';
import { handleHeadingOrProse } from './walk-heading-or-prose';

export type { LastLineRole, WalkResult } from './walk-state';

export function walkLines(lines: ContentLine[]): WalkResult {
  const st = newWalkState();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next: ContentLine | undefined = lines[i + 1];
    st.r.lastLine = line;
    st.r.lastRole = 'other';

    const consumed = handlePartHeading(st, line, next);
    if (consumed !== null) {
      i += consumed;
      continue;
    }
    if (st.mode === 'preamble' || st.mode === 'goal') {
      if (readNumberedHeading(line.text)?.style === 'shisaku') {
        st.mode = 'pillars'; // a plan that starts its pillars with 施策1 and no part heading
      } else {
        const entry = readLegendLine(line.text, line.n);
        if (entry) addLegend(st, entry, line);
        continue;
      }
    }
    if (st.mode === 'stance') {
      handleStanceLine(st, line);
    } else if (st.mode === 'organisation' || st.mode === 'departments' || st.mode === 'column') {
      handleSectionLine(st, line, next);
    } else if (!handlePillarLine(st, line, next)) {
      handleHeadingOrProse(st, line, next, lines[i - 1]);
    }
  }
  return st.r;
}
