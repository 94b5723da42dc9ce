/**
 * The parser's output: the contract's `npm run parse` JSON (guides/data-contract.md).
 * Pure data, shared by the build, the CLI and the browser import.
 */

/** Line numbers are 1-based lines of the text the parser read. [first, last] inclusive. */
export type LineSpan = [number, number];

export interface ParseWarning {
  line: number;
  message: string;
}

export interface StanceItem {
  title: string;
  body: string;
  lines: LineSpan;
}

/** One entry of a document's own marker legend, e.g. { marker: 'コ', label: 'Withコロナ', description: '…' }. */
export interface LegendEntry {
  /** NFKC, brackets removed: 'コ', '新', '+D'. */
  marker: string;
  /** The legend's label as printed ('Withコロナ'), or the marker's own text where the legend gives none. */
  label: string;
  description: string | null;
  /** True where the legend says this marker means new work (the (新) of 戸塚区 2022). */
  means_new: boolean;
  line: number;
}

export interface ParsedInitiative {
  /** 1-based order within the pillar. */
  position: number;
  sub_theme: string | null;
  title: string;
  program_name: string | null;
  /** As printed (debris like <u> and ** stripped, markers kept). */
  description: string;
  /** Marker codes, NFKC, brackets removed, in order of appearance, deduplicated. */
  markers: string[];
  lines: LineSpan;
  /** True where the heading was lost in extraction and the item was rebuilt from the pillar overview. */
  recovered?: boolean;
}

export interface ParsedPillar {
  /** The printed number, or order of first appearance where none is printed. */
  position: number;
  title: string;
  summary: string | null;
  /** Program names listed in the pillar's overview (…事業、…事業 等), used for cross-checks. */
  overview_programs: string[];
  lines: LineSpan;
  initiatives: ParsedInitiative[];
}

export type SectionKind = 'stance' | 'legend' | 'organisation' | 'department' | 'column';

export interface ParsedSection {
  kind: SectionKind;
  title: string;
  body: string;
  lines: LineSpan;
}

export interface ParsedPlan {
  /** Where the text prints it with the ward (川崎市中原区, 横浜市泉区役所) or is the city's own publication (広報よこはま); else null (read-city.ts). */
  city: string | null;
  ward: string | null;
  fiscal_year: number | null;
  /** The document's own title line where found, e.g. '令和4年度戸塚区運営方針'. */
  title: string | null;
  /** As printed, subtitle included. */
  basic_goal: string | null;
  truncated: boolean;
  stance: StanceItem[];
  legend: LegendEntry[];
  pillars: ParsedPillar[];
  sections: ParsedSection[];
  warnings: ParseWarning[];
}

export interface ParseOptions {
  /** Fills in (and wins over) what the document states. */
  ward?: string;
  fiscal_year?: number;
  /** Name used in error messages. */
  fileName?: string;
}

/** Thrown for input that is not a plan at all (the CLI turns it into a one-line error, exit 1). */
export class PlanInputError extends Error {
  constructor(
    message: string,
    readonly line: number | null = null
  ) {
    super(message);
    this.name = 'PlanInputError';
  }
}
