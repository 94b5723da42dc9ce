/**
 * A document that stops early: pillars left without items after others have theirs, a heading at the
 * end with nothing under it, a last line cut mid-sentence. Report what is missing; never invent it.
 */
import type { ParsedPillar, ParseWarning } from './types';
import type { LastLineRole } from './walk-lines';
import type { ContentLine } from './lines';

/**
 * `bareHeadingsBefore`: items before the last one were headings with no paragraph under them too
 * (a newsletter's "●…" list), so a text that ends with one has not stopped early.
 */
export function detectTruncation(
  pillars: ParsedPillar[],
  lastRole: LastLineRole,
  lastLine: ContentLine | null,
  bareHeadingsBefore = false,
  /** First lines of the parts read after the pillars (組織運営, 各課の取組…): a text that goes on past a pillar did not stop there. */
  laterPartLines: number[] = []
): { truncated: boolean; warnings: ParseWarning[] } {
  const warnings: ParseWarning[] = [];
  let truncated = false;
  const endLine = lastLine?.n ?? 0;
  const withItems = pillars.filter((p) => p.initiatives.length > 0);
  const without = pillars.filter((p) => p.initiatives.length === 0);
  // Empty pillars after the last one with items: the text may stop early. An empty pillar between
  // pillars with items is no early stop (its list was not printed, or lost in extraction): said, not flagged.
  const lastWithItems = Math.max(...withItems.map((p) => p.position));
  const trailing = without.filter((p) => p.position > lastWithItems);
  const between = without.filter((p) => p.position < lastWithItems);
  const named = (list: ParsedPillar[]) => list.map((p) => `${p.position} "${p.title}"`).join(', ');
  // Where pillars before the last one with items have none either (a page that lists items for some
  // pillars only), a trailing pillar with its summary is that page's way, not an early stop.
  const uneven = between.length > 0 && trailing.every((p) => p.summary !== null);
  // The Ⅲ part (or another) follows the empty pillar's summary: the list was not printed, the text goes on.
  const goesOn = trailing.length > 0 && trailing.every((p) => p.summary !== null && laterPartLines.some((n) => n > p.lines[1]));
  if (withItems.length > 0 && goesOn) {
    warnings.push({ line: trailing[0].lines[0], message: `no initiatives found for pillar(s) ${named(trailing)}: a summary only, and the text goes on after it` });
  } else if (withItems.length > 0 && trailing.length > 0 && !uneven) {
    truncated = true;
    warnings.push({ line: endLine, message: `TRUNCATED? no initiatives for pillar(s) ${named(trailing)}: the text may stop early` });
  } else if (withItems.length > 0 && trailing.length > 0) {
    warnings.push({ line: trailing[0].lines[0], message: `no initiatives found for pillar(s) ${named(trailing)} (a summary only, as for other pillars of this text)` });
  }
  if (withItems.length > 0 && between.length > 0) {
    warnings.push({ line: between[0].lines[0], message: `no initiatives found for pillar(s) ${named(between)}, between pillars that have them: its list may be missing from the text` });
  }
  if (pillars.length > 0 && withItems.length === 0) {
    warnings.push({ line: endLine, message: 'no initiatives found under any pillar (an overview only?)' });
  }
  if (lastRole === 'pillar-heading' || (lastRole === 'item-heading' && !bareHeadingsBefore)) {
    truncated = true;
    warnings.push({ line: endLine, message: `TRUNCATED: the text ends with a heading and nothing under it (line ${endLine})` });
  } else if (lastRole === 'prose' && lastLine && !endsLikeSentence(lastLine.text)) {
    truncated = true;
    warnings.push({ line: endLine, message: `TRUNCATED: the last line stops mid-sentence (line ${endLine})` });
  }
  return { truncated, warnings };
}

/** A sentence end, allowing marker codes after it ("…します。(新)(コ)", "…します。※新規事業"). */
function endsLikeSentence(text: string): boolean {
  const t = text.replace(/(?:\s*(?:[(（\[［][^()（）\[\]［］]{1,8}[)）\]］]|※[^\s]{1,8}))+\s*$/, '');
  return /[。．.!！?？」』)）〕]$/.test(t);
}
