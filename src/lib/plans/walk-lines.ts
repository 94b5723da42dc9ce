/**
 * One pass over the content lines: a small state machine that knows which part of the plan it is in
 * (goal, stance, pillars, organisation, departments, column) and files each line into a draft.
 */
import type { LegendEntry, ParseWarning, StanceItem } from './types';
import type { ContentLine } from './lines';
import { type ItemDraft, type PillarDraft, type SectionDraft, extend } from './drafts';
import { partHeadingKind } from './part-headings';
import { normalizeForMatch } from '../text/normalize';
import { type NumberingStyle, isHeadingLike, pillarTitlesMatch, readNumberedHeading } from './find-pillars';
import {
  ITEM_GLYPHS,
  isTableHeader,
  readBullet,
  readGlyphHeading,
  readProgramList,
  readProgramNameLine,
  splitTableRow
} from './read-initiatives';
import { readLegendLine } from './read-marker-legend';
import { markerContext } from './markers';

type Mode = 'preamble' | 'goal' | 'stance' | 'pillars' | 'organisation' | 'departments' | 'column';

/** What the last content line was, for the truncation check. */
export type LastLineRole = 'pillar-heading' | 'item-heading' | 'prose' | 'bullet' | 'other';

export interface WalkResult {
  basicGoal: string | null;
  goalLine: number | null;
  sawGoalHeading: boolean;
  sawPillarsHeading: boolean;
  stance: StanceItem[];
  legend: LegendEntry[];
  legendSection: SectionDraft | null;
  pillars: PillarDraft[];
  sections: SectionDraft[];
  warnings: ParseWarning[];
  lastRole: LastLineRole;
  lastLine: ContentLine | null;
}

export function walkLines(lines: ContentLine[]): WalkResult {
  const r: WalkResult = {
    basicGoal: null,
    goalLine: null,
    sawGoalHeading: false,
    sawPillarsHeading: false,
    stance: [],
    legend: [],
    legendSection: null,
    pillars: [],
    sections: [],
    warnings: [],
    lastRole: 'other',
    lastLine: null
  };
  let mode: Mode = 'preamble';
  let inDetails = false;
  let style: NumberingStyle | null = null;
  let pillar: PillarDraft | null = null;
  let subTheme: string | null = null;
  let item: ItemDraft | null = null;
  /** The last item may still take lines (a glyph heading's paragraph, a bullet's wrapped line). */
  let itemOpen = false;
  let tableMode = false;
  let section: SectionDraft | null = null;
  let stanceItem: StanceItem | null = null;
  let pendingLegendTitle: ContentLine | null = null;
  let pillarsCreatedOutsideDetails = 0;

  const warn = (line: number, message: string) => r.warnings.push({ line, message });
  const ctx = () => markerContext(r.legend);
  // Exact (folded) titles first; an OCR-tolerant match only in the details, where a heading repeats one
  // already seen (in an overview, 安全なまちづくり and 安心なまちづくり are two pillars).
  const findByTitle = <T extends { title: string }>(candidates: T[], title: string): T | null => {
    const key = normalizeForMatch(title);
    const exact = candidates.find((c) => normalizeForMatch(c.title) === key);
    if (exact || !inDetails) return exact ?? null;
    const close = candidates.filter((c) => pillarTitlesMatch(c.title, title));
    return close.length === 1 ? close[0] : null;
  };
  const findPillarByTitle = (title: string) => findByTitle(r.pillars, title);
  const findOrgByTitle = (title: string) => findByTitle(r.sections.filter((s) => s.kind === 'organisation'), title);

  const enterPillar = (p: PillarDraft, line: ContentLine) => {
    pillar = p;
    subTheme = null;
    item = null;
    itemOpen = false;
    tableMode = false;
    extend(p.lines, line.n);
    r.lastRole = 'pillar-heading';
  };
  const newPillar = (number: number | null, s: NumberingStyle, title: string, line: ContentLine) => {
    const p: PillarDraft = {
      number,
      style: s,
      order: r.pillars.length + 1,
      title,
      summary: [],
      overview_programs: [],
      lines: [line.n, line.n],
      items: [],
      orphans: []
    };
    r.pillars.push(p);
    if (!inDetails) pillarsCreatedOutsideDetails++;
    enterPillar(p, line);
  };
  const newSection = (kind: SectionDraft['kind'], title: string, line: ContentLine) => {
    section = { kind, title, body: [], lines: [line.n, line.n] };
    r.sections.push(section);
  };
  const addToSection = (text: string, line: ContentLine) => {
    if (!section) return false;
    const bullet = readBullet(text);
    section.body.push(bullet !== null ? `・${bullet}` : text);
    extend(section.lines, line.n);
    return true;
  };
  const addItem = (draft: Omit<ItemDraft, 'description' | 'lines'>, line: ContentLine, description: string[] = []) => {
    if (!pillar) return;
    item = { ...draft, description, lines: [line.n, line.n] };
    pillar.items.push(item);
    extend(pillar.lines, line.n);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next: ContentLine | undefined = lines[i + 1];
    const text = line.text;
    r.lastLine = line;
    r.lastRole = 'other';

    // Part headings switch the mode wherever they appear.
    if (isTableHeader(text)) {
      mode = 'pillars';
      inDetails = true;
      tableMode = true;
      itemOpen = false;
      continue;
    }
    const part = partHeadingKind(line.norm);
    if (part) {
      section = null;
      stanceItem = null;
      itemOpen = false;
      tableMode = false;
      if (part === 'goal') {
        r.sawGoalHeading = true;
        mode = 'goal';
        const rest = text.normalize('NFKC').replace(/^\s*(?:I|1)?\s*[.．:：]?\s*基本目標\s*[:：]?\s*/, '');
        const restPrinted = rest === '' ? '' : text.slice(text.length - rest.length).trim() || rest;
        if (r.basicGoal === null) {
          if (restPrinted !== '') {
            r.basicGoal = restPrinted;
            r.goalLine = line.n;
          } else if (next && !partHeadingKind(next.norm)) {
            r.basicGoal = next.text;
            r.goalLine = next.n;
            i++;
          }
        }
      } else if (part === 'stance') {
        mode = 'stance';
      } else if (part === 'pillars') {
        mode = 'pillars';
        r.sawPillarsHeading = true;
        pillar = null;
      } else if (part === 'details') {
        mode = 'pillars';
        r.sawPillarsHeading = true;
        // A per-pillar "主な取組" header keeps its pillar; a part-level one starts the details.
        if (!(pillar && (pillar as PillarDraft).items.length === 0 && inDetails)) {
          pillar = null;
          inDetails = true;
        }
      } else if (part === 'organisation') {
        mode = 'organisation';
      } else if (part === 'departments') {
        mode = 'departments';
      } else if (part === 'column') {
        mode = 'column';
        newSection('column', text, line);
      }
      continue;
    }

    if (mode === 'preamble' || mode === 'goal') {
      const strong = readNumberedHeading(text);
      if (strong && strong.style === 'shisaku') {
        mode = 'pillars'; // a plan that starts its pillars with 施策1 and no part heading
      } else {
        const entry = readLegendLine(text, line.n);
        if (entry) addLegend(entry, line);
        continue;
      }
    }

    if (mode === 'stance') {
      const glyph = /^[■◆●○□◇]\s*(.+)$/.exec(text);
      const bullet = readBullet(text);
      if (glyph) {
        stanceItem = { title: glyph[1].trim(), body: '', lines: [line.n, line.n] };
        r.stance.push(stanceItem);
      } else if (bullet !== null) {
        stanceItem = { title: firstClause(bullet), body: bullet, lines: [line.n, line.n] };
        r.stance.push(stanceItem);
      } else if (stanceItem && (!isHeadingLike(text) || !line.gapBefore)) {
        stanceItem.body = stanceItem.body ? `${stanceItem.body}\n${text}` : text;
        extend(stanceItem.lines, line.n);
      }
      continue;
    }

    if (mode === 'organisation' || mode === 'departments' || mode === 'column') {
      const headingLike = isHeadingLike(text);
      const p = headingLike ? findPillarByTitle(text) : null;
      if (p && mode !== 'departments') {
        mode = 'pillars';
        section = null;
        enterPillar(p, line);
        continue;
      }
      if (mode === 'organisation' && headingLike) {
        const known = findOrgByTitle(text);
        if (known) {
          section = known;
          extend(known.lines, line.n);
          continue;
        }
        if (next && !partHeadingKind(next.norm) && (!isHeadingLike(next.text) || ITEM_GLYPHS.test(next.text) || readBullet(next.text) !== null)) {
          newSection('organisation', text, line);
          continue;
        }
        if (!section) continue; // a stray label before any item
      }
      if (mode === 'departments' && headingLike && readBullet(text) === null) {
        newSection('department', text, line);
        continue;
      }
      if (!addToSection(text, line)) warn(line.n, `line outside any ${mode} item ignored: ${short(text)}`);
      r.lastRole = readBullet(text) !== null ? 'bullet' : 'other';
      continue;
    }

    // mode === 'pillars'
    if (tableMode && pillar) {
      const row = splitTableRow(text);
      const isPillar = readNumberedHeading(text)?.style === style || findPillarByTitle(text) !== null;
      if (row && !isPillar) {
        addItem({ kind: 'row', sub_theme: subTheme, head: row[0], title: row[0], program_name: null }, line, [row[1]]);
        itemOpen = true;
        r.lastRole = 'bullet';
        continue;
      }
      tableMode = false;
    }

    const numbered = readNumberedHeading(text);
    if (numbered && (style === null || numbered.style === style) && !(style === null && inDetails && pillar)) {
      style = numbered.style;
      // The printed number decides; a title match only joins a pillar that has no number of its own.
      const existing =
        r.pillars.find((p) => p.number === numbered.number) ??
        findByTitle(r.pillars.filter((p) => p.number === null), numbered.title);
      if (existing) {
        if (!pillarTitlesMatch(existing.title, numbered.title)) {
          warn(line.n, `pillar ${numbered.number} is titled "${existing.title}" earlier and "${numbered.title}" here`);
        }
        enterPillar(existing, line);
      } else {
        newPillar(numbered.number, numbered.style, numbered.title, line);
      }
      continue;
    }

    const headingLike = isHeadingLike(text);
    if (headingLike) {
      const p = findPillarByTitle(text);
      if (p) {
        enterPillar(p, line);
        continue;
      }
      const org = findOrgByTitle(text);
      if (org) {
        // 泉区 2022: the 組織運営 details follow the last pillar's items without a Ⅲ heading.
        mode = 'organisation';
        section = org;
        pillar = null;
        extend(org.lines, line.n);
        continue;
      }
    }

    const programs = readProgramList(text);
    const here = pillar as PillarDraft | null;
    if (programs && here) {
      here.overview_programs.push(...programs);
      extend(here.lines, line.n);
      continue;
    }

    const programLine = readProgramNameLine(text);
    if (programLine !== null) {
      const last = item as ItemDraft | null;
      if (last && last.kind === 'glyph' && last.program_name === null && last.description.length === 0) {
        last.program_name = programLine;
        extend(last.lines, line.n);
        r.lastRole = 'item-heading';
      } else {
        warn(line.n, `program name 【${programLine}】 with no heading to attach to`);
      }
      continue;
    }

    const glyph = readGlyphHeading(text, ctx());
    if (glyph) {
      if (!pillar) {
        warn(line.n, `item outside any pillar ignored: ${short(text)}`);
        continue;
      }
      // A glyph line without a program name that heads bullets is a sub-theme, not an item.
      if (glyph.program_name === null && next && readBullet(next.text) !== null && isHeadingLike(glyph.title)) {
        subTheme = glyph.title;
        item = null;
        itemOpen = false;
        continue;
      }
      addItem({ kind: 'glyph', sub_theme: subTheme, head: text, title: glyph.title, program_name: glyph.program_name }, line);
      itemOpen = true;
      r.lastRole = 'item-heading';
      continue;
    }

    const bullet = readBullet(text);
    if (bullet !== null) {
      if (!pillar) {
        const entry = readLegendLine(text, line.n);
        if (entry) addLegend(entry, line);
        continue;
      }
      const current = item as ItemDraft | null;
      if (current && current.kind === 'glyph' && itemOpen && current.program_name !== null) {
        current.description.push(`・${bullet}`); // bullets under a programme heading describe it
        extend(current.lines, line.n);
      } else {
        addItem({ kind: 'bullet', sub_theme: subTheme, head: bullet, title: null, program_name: null }, line, [bullet]);
        itemOpen = true;
      }
      r.lastRole = 'bullet';
      continue;
    }

    if (!pillar) {
      const entry = readLegendLine(text, line.n);
      if (entry) {
        addLegend(entry, line);
        continue;
      }
    }

    if (headingLike) {
      const nextIsBullet = next !== undefined && (readBullet(next.text) !== null || ITEM_GLYPHS.test(next.text));
      const nextIsHeading = next !== undefined && isHeadingLike(next.text) && readProgramList(next.text) === null;
      const canCreate = style === null || style === 'none';
      const overviewKnown = pillarsCreatedOutsideDetails > 0;
      if (canCreate && next && !partHeadingKind(next.norm)) {
        let isPillar = false;
        if (!inDetails) isPillar = !pillar || !nextIsBullet || nextIsHeading;
        else if (!overviewKnown) isPillar = !pillar || nextIsHeading || ITEM_GLYPHS.test(next.text);
        if (isPillar && !(pillar && !(pillar as PillarDraft).items.length && nextIsBullet && inDetails)) {
          style = 'none';
          newPillar(null, 'none', text, line);
          continue;
        }
      }
      if (pillar && nextIsBullet && !ITEM_GLYPHS.test(next!.text)) {
        subTheme = text;
        item = null;
        itemOpen = false;
        extend((pillar as PillarDraft).lines, line.n);
        r.lastRole = 'pillar-heading';
        continue;
      }
      if (!pillar) {
        if (next && readLegendLine(next.text, next.n)) pendingLegendTitle = line;
        continue;
      }
      // A short line that heads nothing: a description without 。, else a photo title or label.
      const current = item as ItemDraft | null;
      if (current && itemOpen && current.kind === 'glyph' && current.description.length === 0) {
        current.description.push(text);
        extend(current.lines, line.n);
        r.lastRole = 'prose';
      }
      continue;
    }

    // Prose.
    r.lastRole = 'prose';
    if (!pillar) continue; // introductions outside pillars
    const p = pillar as PillarDraft;
    const current = item as ItemDraft | null;
    if (current && itemOpen && (current.description.length === 0 || !line.gapBefore)) {
      current.description.push(text);
      extend(current.lines, line.n);
      extend(p.lines, line.n);
      continue;
    }
    if (p.items.length === 0) {
      p.summary.push(text);
      extend(p.lines, line.n);
      continue;
    }
    // A paragraph after an item's own paragraph: its heading may have been lost in extraction.
    const lastOrphan = p.orphans[p.orphans.length - 1];
    if (lastOrphan && !line.gapBefore && lastOrphan.lines[1] === lines[i - 1]?.n) {
      lastOrphan.text.push(text);
      extend(lastOrphan.lines, line.n);
    } else {
      p.orphans.push({ text: [text], lines: [line.n, line.n], afterItems: p.items.length });
    }
    itemOpen = false;
    extend(p.lines, line.n);
  }
  return r;

  function addLegend(entry: LegendEntry, line: ContentLine) {
    if (r.legend.some((e) => e.marker === entry.marker)) return;
    r.legend.push(entry);
    if (!r.legendSection) {
      const title = pendingLegendTitle?.text ?? '凡例';
      r.legendSection = { kind: 'legend', title, body: [], lines: [pendingLegendTitle?.n ?? line.n, line.n] };
      r.sections.push(r.legendSection);
    }
    r.legendSection.body.push(line.text);
    extend(r.legendSection.lines, line.n);
  }
}

/** A stance bullet's title: its first sentence, cut to 40 characters. */
function firstClause(text: string): string {
  const first = text.split('。')[0];
  const chars = [...first];
  return chars.length > 40 ? chars.slice(0, 40).join('') + '…' : first;
}

function short(text: string): string {
  const chars = [...text];
  return chars.length > 30 ? chars.slice(0, 30).join('') + '…' : text;
}
