/**
 * 基本姿勢 (■ headings with paragraphs) and 取組姿勢 (・ bullet paragraphs): stance items, not initiatives.
 */
import { cutClause } from './cut-title';
import type { ContentLine } from './lines';
import { extend } from './drafts';
import { isHeadingLike, readNumberedHeading } from './find-pillars';
import { readBullet } from './read-initiatives';
import type { WalkState } from './walk-state';

export function handleStanceLine(st: WalkState, line: ContentLine): void {
  const text = line.text;
  const glyph = /^[■◆●○□◇]\s*(.+)$/.exec(text);
  const bullet = readBullet(text);
  // "1 区民目線" / "(1) 区民目線": a numbered viewpoint opens an item as a ■ heading does.
  const numbered = glyph ? null : readNumberedHeading(text);
  // (a number, then a bracket, a dot or a space: "3つの基本姿勢のもと…" and "10年後の…" are sentences, not items)
  const numberedSentence = glyph || numbered ? null : (/^(?:[(（]\s*[0-9０-９]{1,2}\s*[)）]\s*|[0-9０-９]{1,2}\s*[.．)）]\s*|[0-9０-９]{1,2}[ \u3000]+)(\S.*。.*)$/.exec(text.trim())?.[1] ?? null);
  if (glyph || numbered) {
    st.stanceItem = { title: glyph ? glyph[1].trim() : (numbered?.title ?? text), body: '', lines: [line.n, line.n] };
    st.r.stance.push(st.stanceItem);
  } else if (bullet !== null || numberedSentence !== null) {
    // "・…" or "(1) 新型コロナウイルス感染症への対応を最優先に、…守ります。": one item per bullet or number.
    const body = bullet ?? numberedSentence!;
    st.stanceItem = { title: firstClause(body), body, lines: [line.n, line.n] };
    st.r.stance.push(st.stanceItem);
  } else if (st.stanceItem && (!isHeadingLike(text) || !line.gapBefore)) {
    // Short lines after a gap are diagram labels (泉区 line 37), not body text.
    st.stanceItem.body = st.stanceItem.body ? `${st.stanceItem.body}\n${text}` : text;
    extend(st.stanceItem.lines, line.n);
  }
}

/** A stance (or organisation) bullet's title: its first sentence, cut to 40 characters with …. */
export function firstClause(text: string): string {
  return cutClause(text.split('。')[0]);
}
