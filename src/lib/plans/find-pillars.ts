/**
 * Pillar headings under Ⅱ 施策: `1 …`, `施策1 …`, `①…`, `[1]…`, `(1)…`, `1.…`, or an unnumbered line.
 * The numbering style of the first pillar found is the document's style: other numbering is not a pillar.
 */
import { namesMatch, normalizeForMatch } from '../text/normalize';

export type NumberingStyle = 'plain' | 'shisaku' | 'circled' | 'square' | 'paren' | 'dot' | 'none';

export interface PillarHeading {
  style: NumberingStyle;
  number: number | null;
  title: string;
}

/** A heading is a short line that is not a sentence. */
export function isHeadingLike(text: string): boolean {
  return !text.includes('。') && [...text].length <= 50 && !/^[・\-•◆●■○◇◎★☆【]/.test(text);
}

const CIRCLED_FIRST = 0x2460; // ①

export function readNumberedHeading(text: string): PillarHeading | null {
  if (!isHeadingLike(text)) return null;
  const first = text.codePointAt(0) ?? 0;
  if (first >= CIRCLED_FIRST && first < CIRCLED_FIRST + 20) {
    const title = text.slice(1).trim();
    return title ? { style: 'circled', number: first - CIRCLED_FIRST + 1, title } : null;
  }
  const t = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const patterns: [NumberingStyle, RegExp][] = [
    ['shisaku', /^施策\s*([0-9]{1,2})\s*[.．:：、]?\s*(.+)$/],
    ['square', /^[\[［【]\s*([0-9]{1,2})\s*[\]］】]\s*(.+)$/],
    ['paren', /^[(（]\s*([0-9]{1,2})\s*[)）]\s*(.+)$/],
    ['dot', /^([0-9]{1,2})\s*[.．]\s*(.+)$/],
    ['plain', /^([0-9]{1,2})(?:\s+|、)(.+)$/]
  ];
  for (const [style, re] of patterns) {
    const m = re.exec(t);
    if (!m) continue;
    const n = Number(m[1]);
    const title = m[2].trim();
    // A year, an amount or a date is not a pillar number.
    if (n < 1 || n > 20 || title === '' || /^(?:年|月|日|人|件|%|か所|カ所)/.test(title)) return null;
    return { style, number: n, title };
  }
  return null;
}

/** Titles compared for matching: emphasis already stripped; numbering and spaces ignored. */
export function pillarTitlesMatch(a: string, b: string): boolean {
  const x = normalizeForMatch(a);
  const y = normalizeForMatch(b);
  if (x === '' || y === '') return false;
  return x === y || namesMatch(x, y);
}
