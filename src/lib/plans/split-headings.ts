/**
 * PDF extraction can put a pillar's number and its title on two lines ("施策１" / "地域の防災力の向上",
 * "①" / "安心のまちづくり"). Joined here into the one heading that was printed, so the pillar reader
 * sees `施策１ 地域の防災力の向上`.
 */
import { normalizeForMatch } from '../text/normalize';
import type { ContentLine } from './lines';
import { isHeadingLike, looksLikePillarTitle, readNumberedHeading } from './find-pillars';
import { isPartHeading } from './part-headings';

/** A number label with nothing after it: 施策１, 施策の柱2, 【3】, [1], (1), ①, 1. */
const LABEL = /^(?:(?:施策の柱|(?:重点|基本|主要)?施策|柱)\s*[0-9]{1,2}|[【[]\s*(?:施策)?\s*[0-9]{1,2}\s*[】\]]|\(\s*[0-9]{1,2}\s*\)|[0-9]{1,2}\s*\.)$/;
const CIRCLED = /^[①-⑳]$/;
const BARE = /^[0-9]{1,2}$/;

function isTitleLine(line: ContentLine): boolean {
  return isHeadingLike(line.text) && readNumberedHeading(line.text) === null && !isPartHeading(line.norm) && !/^[◆●■○◇◎★☆・•]/.test(line.text);
}

export function joinSplitHeadings(lines: ContentLine[]): ContentLine[] {
  const out: ContentLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    const label = line.text.normalize('NFKC').trim();
    // A bare number is more often a page number: join it only to a title worded like a pillar's.
    const joins =
      next !== undefined &&
      isTitleLine(next) &&
      (LABEL.test(label) || CIRCLED.test(line.text.trim()) || (BARE.test(label) && looksLikePillarTitle(next.text)));
    if (!joins) {
      out.push(line);
      continue;
    }
    const text = `${line.text.trim()} ${next.text}`;
    out.push({ n: line.n, text, norm: normalizeForMatch(text), gapBefore: line.gapBefore });
    i++;
  }
  return out;
}
