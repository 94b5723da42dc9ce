/**
 * A flattened three-column table with the pillar in its first column (「施策 | 主な事業・取組 | 内容」, a web
 * page's table with the pillar cell spanning its rows): rewritten as the two-column shape the walk reads,
 * each pillar on a line of its own above its own header. Every line keeps the number of the row it came from.
 */
import { normalizeForMatch } from '../text/normalize';
import type { ContentLine } from './lines';
import { isTableHeader } from './read-initiatives';

const PILLAR_COLUMN = /^(?:施策|施策の柱|柱|施策名)$/;

/** Cells of a row split by | or ｜ (a leading bar is an empty first cell) or by tabs; null if not a row. */
function cellsOf(text: string): string[] | null {
  const t = text.trim();
  if (/[|｜]/.test(t)) return t.replace(/\s*[|｜]\s*$/, '').split(/\s*[|｜]\s*/).map((c) => c.trim());
  if (t.includes('\t')) return t.split(/\t+/).map((c) => c.trim());
  return null;
}

const lineOf = (text: string, from: ContentLine, gapBefore = false): ContentLine => ({ n: from.n, text, norm: normalizeForMatch(text), gapBefore });

export function expandPillarTables(lines: readonly ContentLine[]): ContentLine[] {
  const out: ContentLine[] = [];
  let header: string | null = null;
  for (const line of lines) {
    const cells = cellsOf(line.text);
    if (cells && cells.length === 3 && PILLAR_COLUMN.test(cells[0]) && isTableHeader(`${cells[1]} | ${cells[2]}`)) {
      header = `${cells[1]} | ${cells[2]}`;
      continue; // replaced by a header under each pillar
    }
    if (header !== null && cells && cells.length === 3 && cells[1] !== '' && cells[2] !== '') {
      if (cells[0] !== '') out.push({ ...lineOf(cells[0], line, line.gapBefore), pillarCell: true }, lineOf(header, line));
      out.push(lineOf(`${cells[1]} | ${cells[2]}`, line));
      continue;
    }
    // A row under a pillar cell spanning rows (HTML rowspan) has two cells: the table goes on.
    if (!(header !== null && cells && cells.length === 2)) header = null;
    out.push(line);
  }
  return out;
}
