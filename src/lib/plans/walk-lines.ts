/**
 * One pass over the content lines: a small state machine that knows which part of the plan it is in
 * (goal, stance, pillars, organisation, departments, column) and hands each line to that part's reader.
 */
import type { ContentLine } from './lines';
import type { LegendEntry } from './types';
import { isHeadingLike, looksLikePillarTitle, pillarTitlesMatch, readGluedHeading, readNumberedHeading } from './find-pillars';
import { readLegendLabelLine, readLegendLines, readLegendNote } from './read-marker-legend';
import { readBullet } from './read-initiatives';
import { isPlanTitleLine } from './read-header';
import { glyphPillarHeading } from './walk-glyph-heading';
import { partHeadingKind } from './part-headings';
import { type WalkResult, type WalkState, addLegend, enterPillar, findPillarByTitle, newPillar, newWalkState, warn } from './walk-state';
import { isPhotoTitle } from './strip-debris';
import { handlePartHeading } from './walk-part-heading';
import { handleStanceLine } from './walk-stance';
import { handleSectionLine } from './walk-sections';
import { handlePillarLine } from './walk-pillar-line';
import { handleHeadingOrProse } from './walk-heading-or-prose';

export type { LastLineRole, WalkResult } from './walk-state';

/**
 * Without a 施策 part heading, the first pillar still shows itself: 施策1 anywhere, or, after the
 * basic goal, a numbered heading titled like a pillar (1 安心して暮らせるまちづくり).
 */
function startsPillarsUnannounced(st: WalkState, lines: ContentLine[], i: number): boolean {
  const line = lines[i];
  // ■ 災害に強い…まちづくり after the goal, or in a newsletter feature that names the plan before it.
  if (glyphPillarHeading(line, lines[i + 1]) !== null && (st.mode === 'goal' || (!st.hasPlanParts && namesThePlan(lines, i)))) return true;
  const numbered = readNumberedHeading(line.text) ?? readGluedHeading(line.text);
  // 子育てに寄りそうまち / its paragraph / 安心していきいきと暮らせるまち …: a newsletter feature on the
  // plan's 主要事業 with unnumbered pillar headings and no 基本目標 heading.
  if (!numbered) return st.mode === 'preamble' && !st.hasPlanParts && unnumberedSeriesStarts(lines, i);
  if (numbered.style === 'shisaku') return true;
  if (numbered.number !== 1) return false;
  // A newsletter feature on the plan prints no 基本目標 heading: its numbered series ([1] … [2] …), after a
  // line that names the plan or its programme, is the pillars.
  if (st.mode === 'preamble') return !st.hasPlanParts && [...numbered.title].length <= 30 && namesThePlan(lines, i) && seriesGoesOn(lines, i, numbered.style);
  if (st.mode !== 'goal') return false;
  // 1.子ども・子育て … 2.まちの魅力づくり (a newsletter's pillars under its goal): a short first heading whose
  // series goes on with 2 in the same style is the pillars' start, whatever its wording.
  return looksLikePillarTitle(numbered.title) || (st.r.basicGoal !== null && [...numbered.title].length <= 30 && seriesGoesOn(lines, i, numbered.style));
}

/** A line before this one names the plan, its pillars or what it funds (運営方針, 4つの柱, 主要事業, 区づくり推進費). */
function namesThePlan(lines: ContentLine[], i: number): boolean {
  return lines.slice(0, i).some((l) => /運営方針|区政運営|主要事業|主な事業|重点事業|区づくり推進費|[1-9一二三四五六]つの柱|本柱/.test(l.norm));
}

/** A heading worded like a pillar over a paragraph, another such heading later, after a line naming the plan. */
function unnumberedSeriesStarts(lines: ContentLine[], i: number): boolean {
  const isPillarHeading = (k: number) =>
    isHeadingLike(lines[k].text) && looksLikePillarTitle(lines[k].text) && lines[k + 1] !== undefined && !isHeadingLike(lines[k + 1].text);
  if (!isPillarHeading(i) || !namesThePlan(lines, i)) return false;
  for (let k = i + 2; k < Math.min(lines.length, i + 30); k++) if (isPillarHeading(k)) return true;
  return false;
}

/** A heading numbered 2 in the same style within the next lines. */
function seriesGoesOn(lines: ContentLine[], i: number, style: string): boolean {
  for (const later of lines.slice(i + 1, i + 60)) {
    const numbered = style === 'glued' ? readGluedHeading(later.text) : readNumberedHeading(later.text);
    if (numbered?.style === style && numbered.number === 2) return true;
  }
  return false;
}

/**
 * A legend labelled 凡例 is read wherever it is printed (some plans put it after the pillars, where a
 * bare row would be taken for an item): the label's line, and the rows right under it.
 */
function legendLine(st: WalkState, line: ContentLine, next: ContentLine | undefined): boolean {
  const note = readLegendNote(line.text, line.n);
  if (note.length > 0) {
    for (const entry of note) addLegend(st, entry, line);
    return true;
  }
  // A legend sentence wrapped before its verb ("…事業に【拡充】" / "を表示しています。"), outside the pillars.
  if (!st.pillar && next && !next.gapBefore && /^を[^。]{0,16}。?$/.test(next.text.trim()) && !/。/.test(line.text)) {
    const joined = readLegendLines(`${line.text.trim()}${next.text.trim()}`, line.n);
    if (joined.length > 0) {
      for (const entry of joined) addLegend(st, entry, line);
      st.skipThrough = next.n;
      return true;
    }
  }
  const rows = st.inLegend ? readLegendLines(line.text, line.n) : [];
  const labelled = readLegendLabelLine(line.text, line.n) ?? (rows.length > 0 ? null : legendBoxTitle(st, line, next));
  const entries = labelled ?? rows;
  // The legend's first label titles it ("3つの重点視点" over its header row "重点視点 | 内容 | 表示").
  if (labelled !== null && entries.length === 0 && !st.inLegend) st.pendingLegendTitle = line;
  st.inLegend = labelled !== null || (st.inLegend && entries.length > 0);
  for (const entry of entries) addLegend(st, entry, line);
  return labelled !== null || entries.length > 0;
}

/**
 * A box of legend rows at the top of Ⅱ, before the first pillar, under a title of its own ("4つの重点視点"):
 * the title, so that the rows are read as the legend and the title is taken for no pillar.
 */
function legendBoxTitle(st: WalkState, line: ContentLine, next: ContentLine | undefined): LegendEntry[] | null {
  if (st.mode !== 'pillars' || st.pillar || !next || next.gapBefore) return null;
  if (!isHeadingLike(line.text) || readNumberedHeading(line.text) !== null || readNumberedHeading(next.text) !== null) return null;
  // A pillar heading over a bullet that ends in a code (・…の啓発(新)) is no legend: a box's title is
  // not worded like a pillar, and its first row is no ・ bullet.
  if (looksLikePillarTitle(line.text) || findPillarByTitle(st, line.text) !== null || readBullet(next.text) !== null) return null;
  if (!(readLegendLines(next.text, next.n).length > 0 || readLegendLabelLine(next.text, next.n) !== null)) return null;
  // The box's first row, not its title, where it reads as one ("新規事業：…" over "拡充：…").
  const own = readLegendLines(line.text, line.n);
  return own.length > 0 ? own : [];
}

/**
 * A column (コラム) printed between pillars ends where the next pillar heading in the document's own
 * numbering starts: the next number, or a number already seen with the same title.
 */
function resumesPillars(st: WalkState, line: ContentLine): boolean {
  const numbered = readNumberedHeading(line.text);
  // A known pillar's title again, in the details' own numbering ("(2) …" in the overview, "２ …" here).
  if (numbered && st.r.pillars.some((p) => p.number === numbered.number && pillarTitlesMatch(p.title, numbered.title))) return true;
  if (!numbered || st.style === null || numbered.style !== st.style || numbered.number === null) return false;
  const known = st.r.pillars.find((p) => p.number === numbered.number);
  if (known) return pillarTitlesMatch(known.title, numbered.title);
  return numbered.number === Math.max(0, ...st.r.pillars.map((p) => p.number ?? 0)) + 1;
}

/**
 * A column printed inside a pillar, between its items: after a gap, the next ◆ heading with a program
 * name in 【】, or behind the glyph of the pillar's own items, is the pillar's next item again.
 */
function resumesItems(st: WalkState, line: ContentLine): boolean {
  const pillar = st.pillar;
  if (pillar === null || pillar.items.length === 0 || !line.gapBefore) return false;
  const t = line.text.trim();
  // (or a heading behind the glyph the pillar's own items were printed with)
  const glyph = /^[◆●■◇]/.exec(t)?.[0];
  return glyph !== undefined && (/【[^【】]+(?:事業|取組)】/.test(t) || pillar.items.some((i) => i.kind === 'glyph' && i.head.trim().startsWith(glyph)));
}

export function walkLines(lines: ContentLine[]): WalkResult {
  const st = newWalkState();
  const kinds = lines.map((l) => partHeadingKind(l.norm));
  st.hasPlanParts = kinds.some((k) => k === 'goal' || k === 'pillars');
  st.hasOrgPart = kinds.includes('organisation');
  for (const l of lines) st.printedTimes.set(l.norm, (st.printedTimes.get(l.norm) ?? 0) + 1);
  // The last numbered heading of the pillars: numbered lines after the Ⅲ heading are organisation items.
  const orgAt = lines.find((_, k) => kinds[k] === 'organisation')?.n ?? Infinity;
  st.lastNumberedLine = Math.max(0, ...lines.filter((l) => l.n < orgAt && readNumberedHeading(l.text) !== null).map((l) => l.n));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.n <= st.skipThrough) continue;
    const next: ContentLine | undefined = lines[i + 1];
    // A badge waiting for the item below it, when the line under it opened no item (a bullet taken into
    // the item above): the badge marks what took that line.
    if (st.pendingBadge !== null && lines[i - 1] !== undefined && lines[i - 1].n !== st.pendingBadge.n) {
      if (st.item) st.item.notes = [...(st.item.notes ?? []), st.pendingBadge.text];
      st.pendingBadge = null;
    }
    st.r.lastLine = line;
    st.previous = lines[i - 1];
    st.beforePrevious = lines[i - 2];
    st.r.lastRole = 'other';

    const consumed = handlePartHeading(st, line, next, lines[i + 2], lines.slice(i + 3, i + 5));
    if (consumed !== null) {
      i += consumed;
      continue;
    }
    if (legendLine(st, line, next)) continue;
    // After the goal, a plan's dated title is a list of other years' plans (a page's menu), never content.
    if (st.r.sawGoalHeading && st.r.goalLine !== line.n && isPlanTitleLine(line.text)) continue;
    if (st.mode === 'preamble' || st.mode === 'goal') {
      if (startsPillarsUnannounced(st, lines, i)) {
        st.mode = 'pillars'; // a plan that starts its pillars with 施策1 (or 1 …まちづくり) and no part heading
      } else {
        for (const entry of readLegendLines(line.text, line.n)) addLegend(st, entry, line);
        continue;
      }
    }
    // "地域防災拠点訓練の様子", "【講座の様子】": a photo's title between items, never a sub-theme or program name.
    if (st.mode === 'pillars' && st.pillar && isPhotoTitle(line.text)) {
      warn(st, line.n, `line taken for a photo title and left out: ${line.text.trim()}`);
      continue;
    }
    if (st.mode === 'pillars' && line.pillarCell && readNumberedHeading(line.text) === null) {
      // An unnumbered pillar cell of a three-column table (numbered ones go the usual way).
      st.tableMode = false;
      const known = findPillarByTitle(st, line.text);
      if (known) enterPillar(st, known, line);
      else {
        st.style ??= 'none';
        newPillar(st, null, 'none', line.text, line);
      }
      continue;
    }
    if (st.mode === 'column' && (resumesPillars(st, line) || resumesItems(st, line))) st.mode = 'pillars';
    if (st.mode === 'stance') {
      handleStanceLine(st, line);
    } else if (st.mode === 'organisation' || st.mode === 'departments' || st.mode === 'column') {
      handleSectionLine(st, line, next);
    } else if (!handlePillarLine(st, line, next)) {
      handleHeadingOrProse(st, line, next);
    }
  }
  return st.r;
}
