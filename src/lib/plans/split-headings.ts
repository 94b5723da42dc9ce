/**
 * PDF extraction can put a pillar's number and its title on two lines ("施策１" / "地域の防災力の向上",
 * "①" / "安心のまちづくり"), or wrap a long title at the column's width ("施策1 誰もが自分らしく健やかに暮らせる"
 * / "まちづくり"). Joined here into the one heading that was printed, so the pillar reader sees
 * `施策１ 地域の防災力の向上` and `施策1 誰もが自分らしく健やかに暮らせるまちづくり`.
 */
import { normalizeForMatch } from '../text/normalize';
import type { ContentLine } from './lines';
import { isHeadingLike, looksLikeOrgTitle, looksLikePillarTitle, readNumberedHeading } from './find-pillars';
import { isPartHeading } from './part-headings';

/** A number label with nothing after it: 施策１, 施策の柱2, 【3】, [1], (1), ①, 1. */
const LABEL = /^(?:(?:施策の柱|(?:重点|基本|主要)?施策|柱)\s*[0-9]{1,2}|[【[]\s*(?:施策)?\s*[0-9]{1,2}\s*[】\]]|\(\s*[0-9]{1,2}\s*\)|[0-9]{1,2}\s*\.)$/;
const CIRCLED = /^[①-⑳]$/;
const BARE = /^[0-9]{1,2}$/;

function isTitleLine(line: ContentLine): boolean {
  return isHeadingLike(line.text) && readNumberedHeading(line.text) === null && !isPartHeading(line.norm) && !/^[◆●■○◇◎★☆・•]/.test(line.text);
}

/**
 * A numbered title that stops on a verb or particle (…暮らせる, …に向けた, …の) and reads as a pillar's
 * only with the short line right under it (まちづくり, 安全なまち).
 */
function wrapsTitle(line: ContentLine, next: ContentLine): boolean {
  const numbered = readNumberedHeading(line.text);
  if (!numbered || next.gapBefore || isPartHeading(line.norm) || !isTitleLine(next) || [...next.text.trim()].length > 15) return false;
  const title = numbered.title.trim();
  const second = next.text.trim();
  // "1 子どもから高齢者まで健やか" / "に暮らせるまち": the title goes on with a particle, into a pillar's ending.
  if (/^[にのをがとでへや]/.test(second) && [...second].length <= 10 && !looksLikePillarTitle(title) && looksLikePillarTitle(title + second)) return true;
  return /[るたいのにとなでやり、]$/.test(title) && !looksLikePillarTitle(title) && endsTheTitle(title, second);
}

/**
 * The second line ends the title the first began: a bare ending (まちづくり, のまち, 区役所づくり), or an
 * organisation item's head noun (信頼される区役所). A line that is a title of its own (防災・減災の推進, a
 * pillar's first sub-theme) is not taken, however the two would read together.
 */
function endsTheTitle(first: string, second: string): boolean {
  if (BARE_ENDING.test(second)) return looksLikePillarTitle(first + second);
  // (…チーム緑区: a team named after the ward ends an organisation item's title as 区役所 does)
  return (looksLikeOrgTitle(second) || /^チーム[^\s、。]{1,8}$/.test(second)) && !looksLikePillarTitle(first);
}

const BARE_ENDING = /^(?:の)?(?:まちづくり|まち|街|地域づくり|区役所(?:づくり)?|くらし|暮らし)$/;

/**
 * An unnumbered title wrapped the same way ("区民に寄り添い" / "信頼される区役所", in an organisation part's
 * overview and again in its details): the first line stops mid-phrase, and only the two together end as
 * a pillar's or an organisation item's title does.
 */
function wrapsUnnumberedTitle(line: ContentLine, next: ContentLine): boolean {
  if (next.gapBefore || !isTitleLine(line) || !isTitleLine(next)) return false;
  const first = line.text.trim();
  const second = next.text.trim();
  // A bare ending on the second line (まちづくり) is evidence enough for a longer first half.
  const longest = BARE_ENDING.test(second) ? 30 : 15;
  if ([...first].length > longest || [...second].length > 20 || !/[いしてにとでのをがやりる、]$/.test(first)) return false;
  if (looksLikePillarTitle(first)) return false;
  // "高齢者・障害者の暮らしを" / "支える地域づくり": a heading cut after を or が, which no heading ends with.
  if (/[をが]$/.test(first) && [...second].length <= 12 && looksLikePillarTitle(second)) return true;
  return endsTheTitle(first, second);
}

/** "◆地域福祉保健計画の推進【地域福祉" / "事業】": a program name wrapped inside its 【】 (closed within 20 characters). */
function wrapsProgramName(line: ContentLine, next: ContentLine): boolean {
  const open = (t: string) => (t.match(/【/g)?.length ?? 0) - (t.match(/】/g)?.length ?? 0);
  if (next.gapBefore || open(line.text) !== 1) return false;
  const close = next.text.indexOf('】');
  return close >= 0 && close <= 20 && !next.text.slice(0, close).includes('【');
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
    const wrapped = !joins && next !== undefined && (wrapsTitle(line, next) || wrapsUnnumberedTitle(line, next) || wrapsProgramName(line, next));
    if (!joins && !wrapped) {
      out.push(line);
      continue;
    }
    const text = wrapped ? `${line.text.trim()}${next.text.trim()}` : `${line.text.trim()} ${next.text}`;
    out.push({ n: line.n, text, norm: normalizeForMatch(text), gapBefore: line.gapBefore });
    i++;
  }
  return out;
}
