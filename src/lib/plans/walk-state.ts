/**
 * The line walker's state and the small operations on it (enter a pillar, add an item, open a section).
 * One object, passed to each mode's handler, so each handler can live in its own file.
 */
import { BRACKETED_YEN_END } from './amounts';
import type { LegendEntry, ParseWarning, SectionKind, StanceItem } from './types';
import type { ContentLine } from './lines';
import { type ItemDraft, type PillarDraft, type SectionDraft, extend } from './drafts';
import { type NumberingStyle, pillarTitlesMatch } from './find-pillars';
import { readBullet, takeProgramName } from './read-initiatives';
import { markerContext, stripMarkers } from './markers';
import { splitRenameNotes } from './rename-note';
import { normalizeForMatch } from '../text/normalize';

export type Mode = 'preamble' | 'goal' | 'stance' | 'pillars' | 'organisation' | 'departments' | 'column';

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

export interface WalkState {
  r: WalkResult;
  mode: Mode;
  /** After 主な取組 / 【参考】主な事業・取組 or a table header: headings repeat those of an overview. */
  inDetails: boolean;
  style: NumberingStyle | null;
  pillar: PillarDraft | null;
  subTheme: string | null;
  /** A marker-only line after a gap, right above the next item: that item's. */
  pendingBadge: { text: string; n: number } | null;
  /** How often each line (normalizeForMatch) is printed in the text: an overview's title printed again heads its details. */
  printedTimes: Map<string, number>;
  item: ItemDraft | null;
  /** The last item may still take lines (a glyph heading's paragraph, a bullet's wrapped line). */
  itemOpen: boolean;
  tableMode: boolean;
  /** A 主な事業・取組 / 内容 table whose cells came out one per line (a PDF): names and their wrapped texts. */
  cellTable: boolean;
  /** Lines up to this one were read with a line before them (a wrapped heading's end). */
  skipThrough: number;
  section: SectionDraft | null;
  stanceItem: StanceItem | null;
  pendingLegendTitle: ContentLine | null;
  /** After a 凡例 label: the legend's rows, until a line that is none. */
  inLegend: boolean;
  /** How many pillars' lists a 主な取組 label has headed (once it has, it heads each one's). */
  listLabelsPerPillar: number;
  /** The line a pillar was last entered on (its heading, or its title repeated). */
  pillarEnteredAt: number | null;
  /** The pillar whose own list label (主な事業・取組 under its title) was read: headings under it are items. */
  listOpenFor: PillarDraft | null;
  /** The text has a 基本目標 or 施策 part heading somewhere (then no other line starts the pillars before it). */
  hasPlanParts: boolean;
  /** The text has a 組織運営 part heading somewhere. */
  hasOrgPart: boolean;
  /** The last line of the text with a numbered heading (a closing office-service pillar comes after it). */
  lastNumberedLine: number;
  /** The content line before the one being read, and the last line read as an overview program list. */
  previous: ContentLine | undefined;
  /** The line before `previous`. */
  beforePrevious: ContentLine | undefined;
  programListLine: number | null;
  /** The first line of a table row's name cell printed on two lines, waiting for its row. */
  rowNamePrefix: string | null;
  /** The table's header had its columns one space apart, so its rows do too (splitSpacedRow). */
  tableSpaced: boolean;
  /** The glyph a newsletter puts before its pillars' titles (■), once one was read. */
  pillarGlyph: string | null;
  pillarsCreatedOutsideDetails: number;
}

export function newWalkState(): WalkState {
  return {
    r: {
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
    },
    mode: 'preamble',
    inDetails: false,
    style: null,
    pillar: null,
    subTheme: null,
    pendingBadge: null,
    printedTimes: new Map(),
    item: null,
    itemOpen: false,
    tableMode: false,
    cellTable: false,
    skipThrough: 0,
    section: null,
    stanceItem: null,
    pendingLegendTitle: null,
    inLegend: false,
    listLabelsPerPillar: 0,
    pillarEnteredAt: null,
    listOpenFor: null,
    hasPlanParts: false,
    hasOrgPart: false,
    lastNumberedLine: 0,
    previous: undefined,
    beforePrevious: undefined,
    programListLine: null,
    rowNamePrefix: null,
    pillarGlyph: null,
    tableSpaced: false,
    pillarsCreatedOutsideDetails: 0
  };
}

export function warn(st: WalkState, line: number, message: string): void {
  st.r.warnings.push({ line, message });
}

/**
 * Exact (folded) titles first; an OCR-tolerant match only in the details, where a heading repeats one
 * already seen (in an overview, 安全なまちづくり and 安心なまちづくり are two pillars).
 */
export function findByTitle<T extends { title: string }>(st: WalkState, candidates: T[], title: string): T | null {
  const key = normalizeForMatch(title);
  const exact = candidates.find((c) => normalizeForMatch(c.title) === key);
  if (exact || !st.inDetails) return exact ?? null;
  const close = candidates.filter((c) => pillarTitlesMatch(c.title, title));
  return close.length === 1 ? close[0] : null;
}

export function findPillarByTitle(st: WalkState, title: string): PillarDraft | null {
  return findByTitle(st, st.r.pillars, title);
}

/** The Ⅲ part (組織運営) has been read: what follows it is no pillar. */
export function orgPartPassed(st: WalkState): boolean {
  return st.r.sections.some((s) => s.kind === 'organisation');
}

export function findOrgByTitle(st: WalkState, title: string): SectionDraft | null {
  const orgs = st.r.sections.filter((s) => s.kind === 'organisation');
  const found = findByTitle(st, orgs, title);
  if (found || !st.inDetails) return found;
  // The details reword a particle: 区民の皆様に信頼される区役所 → 区民の皆様から信頼される区役所.
  const key = withoutParticles(title);
  const close = orgs.filter((o) => withoutParticles(o.title) === key);
  return key.length >= 6 && close.length === 1 ? close[0] : null;
}

const withoutParticles = (title: string): string => normalizeForMatch(title).replace(/から|より|に|が|を|へ|と|で|の/g, '');

export function enterPillar(st: WalkState, p: PillarDraft, line: ContentLine): void {
  st.pillar = p;
  st.pillarEnteredAt = line.n;
  st.listOpenFor = null;
  st.subTheme = null;
  st.item = null;
  st.itemOpen = false;
  st.tableMode = false;
  st.cellTable = false;
  extend(p.lines, line.n);
  st.r.lastRole = 'pillar-heading';
}

export function newPillar(st: WalkState, number: number | null, style: NumberingStyle, title: string, line: ContentLine): void {
  // "金沢の未来を創る! <648万円>": a newsletter prints the pillar's budget after its title; the figure is
  // no part of the title and stays with the pillar's summary.
  const budget = BRACKETED_YEN_END.exec(title);
  const p: PillarDraft = {
    number,
    style,
    order: st.r.pillars.length + 1,
    title: budget ? title.slice(0, budget.index).trim() : title,
    summary: budget ? [budget[0].trim()] : [],
    overview_programs: [],
    overview_lines: new Map(),
    lines: [line.n, line.n],
    items: [],
    orphans: []
  };
  st.r.pillars.push(p);
  if (!st.inDetails) st.pillarsCreatedOutsideDetails++;
  enterPillar(st, p, line);
}

export function newSection(st: WalkState, kind: SectionKind, title: string, line: ContentLine): void {
  st.section = { kind, title, body: [], lines: [line.n, line.n] };
  st.r.sections.push(st.section);
}

/** Bullets keep a ・ in section bodies; "- " debris goes. */
export function addToSection(st: WalkState, text: string, line: ContentLine): boolean {
  if (!st.section) return false;
  // A bare page number a PDF printed at a column's or a part's foot ("3"): no text of the section.
  if (/^[0-9０-９]{1,3}$/.test(text.trim())) return true;
  const bullet = readBullet(text);
  st.section.body.push(bullet !== null ? `・${bullet}` : text);
  extend(st.section.lines, line.n);
  return true;
}

export function addItem(
  st: WalkState,
  draft: Omit<ItemDraft, 'description' | 'lines'>,
  line: ContentLine,
  description: string[] = []
): void {
  if (!st.pillar) return;
  st.item = { ...draft, description, lines: [line.n, line.n] };
  // A badge printed on its own line right above this item (★ after a gap): its marker (walk-item-extras.ts).
  if (st.pendingBadge !== null) {
    st.item.notes = [...(st.item.notes ?? []), st.pendingBadge.text];
    st.item.lines[0] = st.pendingBadge.n;
    st.pendingBadge = null;
  }
  st.pillar.items.push(st.item);
  extend(st.pillar.lines, line.n);
}

/** A heading's parts: 「(旧:…)」 rename notes, a 【…】 program name, and the title without marker codes. */
export function readItemHeading(st: WalkState, heading: string): { title: string; program_name: string | null; notes: string[] } {
  const { rest: withProgram, notes } = splitRenameNotes(heading.trim());
  const { rest, program } = takeProgramName(withProgram);
  return { title: stripMarkers(rest, markerContext(st.r.legend)).trim(), program_name: program, notes };
}

/** Opens an item headed by `line` (kind glyph: a heading over its paragraph); the next lines describe it. */
export function openHeadingItem(
  st: WalkState,
  line: ContentLine,
  heading: { title: string; program_name: string | null; notes?: string[] },
  description: string[] = []
): void {
  addItem(st, { kind: 'glyph', sub_theme: st.subTheme, head: line.text, ...heading }, line, description);
  st.itemOpen = true;
  st.r.lastRole = 'item-heading';
}

/** One legend entry per code; the legend's lines also make one 'legend' section. */
export function addLegend(st: WalkState, entry: LegendEntry, line: ContentLine): void {
  const r = st.r;
  if (r.legend.some((e) => e.marker === entry.marker)) return;
  r.legend.push(entry);
  if (!r.legendSection) {
    const heading = st.pendingLegendTitle;
    r.legendSection = { kind: 'legend', title: heading?.text ?? '凡例', body: [], lines: [heading?.n ?? line.n, line.n] };
    r.sections.push(r.legendSection);
  }
  // A row with several entries is one line of the section's body.
  if (r.legendSection.body[r.legendSection.body.length - 1] !== line.text) r.legendSection.body.push(line.text);
  extend(r.legendSection.lines, line.n);
}

export function shortText(text: string): string {
  const chars = [...text];
  return chars.length > 30 ? chars.slice(0, 30).join('') + '…' : text;
}
