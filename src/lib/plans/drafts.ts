/**
 * Mutable drafts the line walker fills in; finish-plan.ts turns them into the frozen ParsedPlan shapes.
 */
import type { LineSpan, SectionKind } from './types';
import type { NumberingStyle } from './find-pillars';

export interface ItemDraft {
  kind: 'glyph' | 'bullet' | 'row' | 'recovered';
  sub_theme: string | null;
  /** Heading text (glyph), name column (row) or bullet text (bullet), markers still in. */
  head: string;
  /** Title fixed at creation (glyph, row, recovered); bullets get theirs at finish. */
  title: string | null;
  program_name: string | null;
  description: string[];
  lines: LineSpan;
  recovered?: boolean;
  /** 「(旧:…)」 notes from the heading; they end the description (rename-note.ts). */
  notes?: string[];
  /** The description so far is a short label line (no 。): a photo title unless no paragraph follows. */
  tentative?: boolean;
}

export interface OrphanParagraph {
  text: string[];
  lines: LineSpan;
  /** Number of items of the pillar that precede the paragraph. */
  afterItems: number;
}

export interface PillarDraft {
  number: number | null;
  style: NumberingStyle;
  /** Order of first appearance (1-based). */
  order: number;
  title: string;
  summary: string[];
  overview_programs: string[];
  /** The line each overview program name was listed on (for warnings about it). */
  overview_lines: Map<string, number>;
  lines: LineSpan;
  items: ItemDraft[];
  orphans: OrphanParagraph[];
}

export interface SectionDraft {
  kind: SectionKind;
  title: string;
  body: string[];
  lines: LineSpan;
  /** Opened by a bullet or a ◆ line with no heading above it: the next such line is the next item. */
  openedBy?: 'bullet' | 'glyph';
}

export function extend(span: LineSpan, n: number): void {
  if (n < span[0]) span[0] = n;
  if (n > span[1]) span[1] = n;
}
