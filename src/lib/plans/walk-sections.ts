/**
 * Lines in the organisation part, the departments (各課の取組) and columns: section titles and bodies.
 * ◆ sub-items and bullets fold into the body; a repeated organisation title joins its overview row.
 */
import type { ContentLine } from './lines';
import { extend, type PillarDraft } from './drafts';
import { partHeadingKind } from './part-headings';
import { isHeadingLike, looksLikeOrgTitle, readNumberedHeading, withoutNumbering } from './find-pillars';
import { ITEM_GLYPHS, readBullet } from './read-initiatives';
import { firstClause } from './walk-stance';
import { splitTitleColon } from './walk-glyph-heading';
import { breaksMidWord, carriesOn, endsUnfinished } from './wrapped-lines';
import {
  type WalkState,
  addToSection,
  enterPillar,
  findOrgByTitle,
  findPillarByTitle,
  newSection,
  shortText,
  warn
} from './walk-state';

/**
 * An overview title and its details heading that differ only in spaces (泉区 2022: `<u>区民の皆様の</u> 信頼に
 * 応えます!` over the details' 区民の皆様の信頼に応えます!): the extraction broke one of them; the title is
 * the form without the extra space.
 */
export function keepUnbrokenTitle(section: { title: string }, seen: string): void {
  const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');
  if (squeeze(seen) === squeeze(section.title) && seen.length < section.title.length) section.title = seen;
}

function repeatedPillar(st: WalkState, text: string): PillarDraft | null {
  const numbered = readNumberedHeading(text);
  if (!numbered || numbered.style !== st.style) return null;
  const same = findPillarByTitle(st, numbered.title);
  return same && (same.number === null || same.number === numbered.number) ? same : null;
}

export function handleSectionLine(st: WalkState, line: ContentLine, next: ContentLine | undefined): void {
  const text = line.text;
  // The section's last line stopped mid-sentence ("・OJTを中心とした人材育成、"): this line carries it on.
  const body = st.section?.body;
  if (body && body.length > 0 && carriesOn(body[body.length - 1], line) && !partHeadingKind(line.norm)) {
    addToSection(st, text, line);
    return;
  }
  // ("【総務課】": a department's name in brackets is a heading too)
  const headingLike = isHeadingLike(text) || (st.mode === 'departments' && /^[【\[［][^【】\[\]［］。]{2,20}[】\]］]$/.test(text.trim()));
  // A pillar's heading again, numbered as in the overview ("施策1 安全・安心に…" after a Ⅲ overview): its
  // details start here (a PDF prints Ⅱ's details after Ⅲ's overview).
  const pillar = headingLike && st.mode !== 'departments' ? findPillarByTitle(st, text) ?? repeatedPillar(st, text) : null;
  if (pillar) {
    st.mode = 'pillars';
    st.section = null;
    enterPillar(st, pillar, line);
    return;
  }
  if (st.mode === 'organisation' && headingLike) {
    // "１ 区民目線のサービス": the printed number orders the items; it is not part of the title.
    const title = withoutNumbering(text);
    const known = findOrgByTitle(st, title);
    if (known) {
      st.section = known;
      extend(known.lines, line.n);
      keepUnbrokenTitle(known, title);
      return;
    }
    // Under an item's title, the first line of its paragraph wrapped by the column ("区民、自治会町内会、…
    // 考えま" / "す。"): the item's text, not the next item.
    const open = st.section;
    const wrappedBody =
      open !== null && open.body.length === 0 && st.previous?.n === open.lines[1] && readNumberedHeading(text) === null &&
      !ITEM_GLYPHS.test(text) && (/[、,]/.test(text) && [...text].length >= 16 || endsUnfinished(text)) && !looksLikeOrgTitle(title) &&
      !/区役所づくり$|職場づくり$|組織づくり$/.test(title) &&
      // (a title over a paragraph of its own is the next item, unless a word breaks across the two: 考えま / す。)
      // (a wrapped line is at least as long as the paragraph's next line; a title is shorter than its text)
      !(next !== undefined && [...text].length < [...next.text].length && !isHeadingLike(next.text) && !endsUnfinished(text) && !breaksMidWord(text, next.text));
    // "…発揮できる職場" / "をつくります。": a line whose next starts with a particle is a wrapped sentence,
    // however its end reads.
    const particleNext = open !== null && open.body.length === 0 && st.previous?.n === open.lines[1] && next !== undefined && !next.gapBefore && /^[をにがでとへやも][^\s]/.test(next.text.trim()) && readNumberedHeading(text) === null;
    if (wrappedBody || particleNext) {
      addToSection(st, text, line);
      return;
    }
    const headsSomething =
      next !== undefined &&
      !partHeadingKind(next.norm) &&
      (!isHeadingLike(next.text) || ITEM_GLYPHS.test(next.text) || readBullet(next.text) !== null);
    // A numbered title is an item even with no body under it ("１ 区民に信頼される区役所" then "２ …"), and so
    // is a title worded as one (an overview that lists the items only: "信頼される区役所").
    const numbered = readNumberedHeading(text) !== null;
    if (headsSomething || numbered || looksLikeOrgTitle(title)) {
      newSection(st, 'organisation', title, line);
      return;
    }
    // An overview that lists the items' titles only ("チームビルド" / "自慢と褒めの文化" / the details' heading),
    // each printed again over its text in the details: an item (matched by title, walk-pillar-line.ts).
    const listedTitle =
      (st.printedTimes.get(line.norm) ?? 0) >= 2 &&
      (!st.section || st.section.body.length === 0) && [...text].length <= 20 && !endsUnfinished(text) && !/[、,]$/.test(text.trim()) &&
      !/^~.*~$/.test(line.norm) && readNumberedHeading(text) === null &&
      // (a label over numbered titles, 区役所の姿勢 / 1 …, is no item: the numbered ones are)
      (next === undefined || partHeadingKind(next.norm) !== null || (isHeadingLike(next.text) && !ITEM_GLYPHS.test(next.text) && readBullet(next.text) === null && readNumberedHeading(next.text) === null));
    if (listedTitle) {
      newSection(st, 'organisation', title, line);
      return;
    }
    if (!st.section) {
      warn(st, line.n, `unnumbered line before any organisation item ignored: ${shortText(text)}`);
      return;
    }
  }
  const bullet = readBullet(text);
  const glyph = ITEM_GLYPHS.exec(text);
  if (st.mode === 'organisation' && glyph && (!st.section || st.section.openedBy === 'glyph')) {
    // "◆ 区民に信頼される区役所" right under Ⅲ: the items are ◆ headings (under a plain heading, ◆
    // lines are that item's sub-items and fold into its body).
    const heading = text.slice(glyph[0].length).trim();
    const titled = splitTitleColon(heading); // "◆ 信頼される区役所：丁寧な窓口…。": title, then its text
    newSection(st, 'organisation', withoutNumbering(titled?.title ?? heading), line);
    if (st.section) st.section.openedBy = 'glyph';
    if (titled) addToSection(st, titled.rest, line);
    return;
  }
  if (st.mode === 'organisation' && bullet !== null && (!st.section || st.section.openedBy === 'bullet')) {
    // 組織運営 printed as bullets with no headings: each bullet is one item, titled by its first clause.
    // "・信頼される区役所：区民の皆様の立場に立ち…": the label before the colon is the title.
    newSection(st, 'organisation', splitTitleColon(bullet)?.title ?? firstClause(bullet), line);
    if (st.section) st.section.openedBy = 'bullet';
    addToSection(st, text, line);
    st.r.lastRole = 'bullet';
    return;
  }
  // (a department's name is short and has no comma: "…強化するとともに、…徹底しま" is its text, wrapped)
  const departmentName = [...text.trim()].length <= 24 && !/[、，,]/.test(text);
  if (st.mode === 'departments' && headingLike && departmentName && readBullet(text) === null) {
    // "【総務課】": a department's name in brackets is its name.
    newSection(st, 'department', text.trim().replace(/^[【\[［]([^【】\[\]［］]{2,20})[】\]］]$/, '$1'), line);
    return;
  }
  if (st.mode === 'organisation' && !st.section && text.includes('。')) {
    // 組織運営 printed as one paragraph with no item headings: one item, titled by its first clause.
    newSection(st, 'organisation', firstClause(text), line);
  }
  if (!addToSection(st, text, line)) warn(st, line.n, `line outside any ${st.mode} item ignored: ${shortText(text)}`);
  st.r.lastRole = readBullet(text) !== null ? 'bullet' : 'other';
}
