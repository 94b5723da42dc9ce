/**
 * How many pillars the plan says it has (「5つの柱」を定めます, 3本柱, 四つの施策), read before its first
 * pillar, and what to say when the pillars read differ: a text that stops early, or a heading lost or split.
 */
import type { ContentLine } from './lines';
import type { ParsedPillar, ParseWarning } from './types';

const KANJI_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
// On normalizeForMatch text (NFKC digits, no spaces). つの視点 / つの重点 are no pillars (泉区's 3つの視点).
// "5本柱の行動指針", "3つの柱からなる職員の心得": a count of something else.
const DECLARED = /([1-9]|[一二三四五六七八九])(?:つの(?:柱|施策(?:の柱)?)|本(?:の)?柱)(?!の(?:行動|職員|心得|姿勢|視点)|として)/;

export interface DeclaredCount {
  count: number;
  line: number;
  phrase: string;
}

/** The first count declared on a line before `beforeLine` (the first pillar's line), or null. */
export function readDeclaredPillarCount(lines: ContentLine[], beforeLine: number): DeclaredCount | null {
  for (const line of lines) {
    if (line.n >= beforeLine) break;
    const m = DECLARED.exec(line.norm);
    if (!m) continue;
    return { count: KANJI_DIGITS[m[1]] ?? Number(m[1]), line: line.n, phrase: m[0] };
  }
  return null;
}

/**
 * Fewer pillars than declared, with no 組織運営 part after them: the text may stop early (said). Fewer
 * with the 組織運営 part present: a heading lost in extraction. More: a title split in two, or an extra
 * heading read as a pillar. Each is a warning naming both numbers; nothing is invented.
 */
export function checkDeclaredCount(
  declared: DeclaredCount | null,
  pillars: ParsedPillar[],
  sawOrganisationPart: boolean
): { truncated: boolean; warnings: ParseWarning[] } {
  if (declared === null || pillars.length === 0 || declared.count === pillars.length) return { truncated: false, warnings: [] };
  const said = `the plan says ${declared.count} pillars (「${declared.phrase}」, line ${declared.line}) and ${pillars.length} were read`;
  if (pillars.length > declared.count) {
    return { truncated: false, warnings: [{ line: declared.line, message: `${said}: check for a title split in two or a heading read as a pillar` }] };
  }
  // Said, not decided: whether the text stops early is read from its end (detect-truncation.ts).
  if (!sawOrganisationPart) {
    return { truncated: false, warnings: [{ line: declared.line, message: `TRUNCATED? ${said}: the text may stop early` }] };
  }
  return { truncated: false, warnings: [{ line: declared.line, message: `${said}: a pillar heading may be lost in the text` }] };
}
