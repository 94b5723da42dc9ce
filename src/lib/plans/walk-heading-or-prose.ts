/**
 * Under Ⅱ 施策, a short heading line is an unnumbered pillar, a sub-theme, a legend title or a photo
 * label; a sentence is a pillar summary, an item's paragraph, or an orphan paragraph whose heading
 * extraction lost (recover-lost-headings.ts decides what it was).
 */
import type { ContentLine } from './lines';
import { YEN } from './amounts';
import { type PillarDraft, extend } from './drafts';
import { partHeadingKind } from './part-headings';
import { isHeadingLike, isPillarFieldLabel, looksLikePillarTitle, OFFICE_SERVICE_TITLE, readNumberedHeading } from './find-pillars';
import { ITEM_GLYPHS, isTableHeader, readBullet, readProgramList } from './read-initiatives';
import { readLegendLines } from './read-marker-legend';
import { type WalkState, newPillar, openHeadingItem, orgPartPassed, readItemHeading, shortText, warn } from './walk-state';
import { continuesPillarSeries } from './pillar-series';
import { breaksMidWord, carriesOn, endsUnfinished } from './wrapped-lines';

export function handleHeadingOrProse(st: WalkState, line: ContentLine, next: ContentLine | undefined): void {
  if (continuesOpenItem(st, line) || continuesSummary(st, line)) return;
  // A long line that stops on a particle over the next line ("…デジタルスタンプラリーを" / "開催し、…"): a
  // paragraph wrapped by the column, not a heading (its own heading may have been lost: recover-lost-headings.ts).
  const wrappedParagraph = next !== undefined && !next.gapBefore && [...line.text.trim()].length >= 30 && /[をにがでとへのや、]$/.test(line.text.trim()) && !ITEM_GLYPHS.test(next.text);
  if ((isHeadingLike(line.text) || isPillarFieldLabel(line.text)) && !wrappedParagraph) handleHeading(st, line, next); // 【目指す姿】 too
  else handleProse(st, line);
}

/** The open item's text stopped mid-sentence on the line above: this line carries it on (wrapped-lines.ts). */
function continuesOpenItem(st: WalkState, line: ContentLine): boolean {
  const item = st.item;
  if (!st.pillar || !item || !st.itemOpen) return false;
  if (!carriesOn(item.description[item.description.length - 1] ?? '', line)) return false;
  item.tentative = false; // a line that runs on was no photo title
  item.description.push(line.text);
  // A bullet's title is its text up to the first 。: a wrapped bullet's goes on into this line.
  if (item.kind === 'bullet' && !item.head.includes('。')) item.head += line.text;
  extend(item.lines, line.n);
  extend(st.pillar.lines, line.n);
  st.r.lastRole = 'prose';
  return true;
}

/** The line is part of the pillar's summary (a wrapped summary line, a figure, a subtitle). */
function addToSummary(st: WalkState, pillar: PillarDraft, line: ContentLine): void {
  pillar.summary.push(line.text);
  extend(pillar.lines, line.n);
  st.r.lastRole = 'prose';
}

/** The pillar's summary stopped mid-sentence on the line above ("…自助・" / "共助による…"): this line goes on with it. */
function continuesSummary(st: WalkState, line: ContentLine): boolean {
  const pillar = st.pillar;
  if (!pillar || pillar.items.length > 0 || pillar.summary.length === 0 || st.previous?.n !== pillar.lines[1]) return false;
  const last = pillar.summary[pillar.summary.length - 1];
  // Carried on after a particle or comma, or after a line that stopped with no sentence end at all
  // ("…団体の取組を支" / "援し、…"): a summary is sentences, so its line without 。 has not ended.
  // (a column's width: a one-line summary printed without 。, longer than any column, is no wrapped line)
  const stoppedShort = !line.gapBefore && !/[。.!！?？」』)）]\s*$/.test(last) && [...last].length >= 30 && [...last].length <= 45 && !isStructural(line);
  if (!(carriesOn(last, line) || stoppedShort) || ITEM_GLYPHS.test(line.text) || readBullet(line.text) !== null) return false;
  // A heading-like line goes on with the summary only where the break is plain (…、 / …・) or the line
  // itself runs on: "…次の世代へ" over "地域防災拠点の機能強化" is a catch phrase, then an item's heading.
  if (isHeadingLike(line.text) && !/[、,，・]$/.test(last.trim()) && !line.text.includes('、') && !endsUnfinished(line.text)) return false;
  if (partHeadingKind(line.norm) !== null) return false;
  pillar.summary.push(line.text);
  extend(pillar.lines, line.n);
  st.r.lastRole = 'prose';
  return true;
}

/** "6事業 2,840万円": a pillar's count of programs and its budget, printed under its heading. */
const COUNT_AND_BUDGET = new RegExp(`^[0-9０-９]{1,3}\\s*事業\\s*[:：]?\\s*${YEN}$`);

function handleHeading(st: WalkState, line: ContentLine, next: ContentLine | undefined): void {
  const text = line.text;
  // "…花と緑のまちづくり推進事業" / "等": the end of the overview's program list, wrapped onto its own line.
  if (st.pillar && /^等$/.test(text.trim()) && st.pillar.overview_programs.length > 0 && st.previous?.n === st.pillar.lines[1]) return;
  if (st.pillar && COUNT_AND_BUDGET.test(text.trim())) {
    st.pillar.summary.push(text); // a figure of the pillar, kept with its summary: no item, no heading
    extend(st.pillar.lines, line.n);
    return;
  }
  if (isPillarFieldLabel(text)) {
    if (st.pillar) extend(st.pillar.lines, line.n); // めざす姿 / 現状と課題: the paragraph below is the summary
    return;
  }
  // "災害に強いまちをつくるため、" / "地域の防災力を高めます。": a summary wrapped by the extraction, not a heading.
  const numberedDoc = st.style !== null && st.style !== 'none';
  // In a PDF whose column width wraps every line, the next line looks like a heading too: a line that
  // stops unfinished (…自助・, …商店街の) over a line that is no heading of the plan's own is a summary.
  const wrapsOn =
    numberedDoc && next !== undefined && carriesOn(text, next) && !ITEM_GLYPHS.test(next.text) && readBullet(next.text) === null &&
    partHeadingKind(next.norm) === null && (STRONG_BREAK.test(text.trim()) || wrapWidth(text, next.text));
  if (
    st.pillar && st.pillar.items.length === 0 && next && !next.gapBefore &&
    ((!isHeadingLike(next.text) && (/[、,]$/.test(text) || (numberedDoc && endsMidSentence(text) && (STRONG_BREAK.test(text.trim()) || wrapWidth(text, next.text))))) || wrapsOn)
  ) {
    addToSummary(st, st.pillar, line);
    return;
  }
  // The text's last line, a clause (…が広がる、…まちづくり) under a pillar heading with nothing else under it:
  // its summary cut off where the text stops (detect-truncation.ts then says so), not a photo title.
  if (!next && st.pillar && st.pillar.items.length === 0 && st.pillar.summary.length === 0 && /[、,]/.test(text)) {
    addToSummary(st, st.pillar, line);
    return;
  }
  // "～災害に強い地域をめざして～" under a pillar heading: the pillar's subtitle, kept with its summary.
  if (st.pillar && st.pillar.items.length === 0 && /^~[^~]+~$/.test(line.norm)) {
    st.pillar.summary.push(text);
    extend(st.pillar.lines, line.n);
    return;
  }
  // 施策1 … 施策4, then "正確・丁寧な行政サービスの提供" over its paragraph, before any Ⅲ part: the plan's
  // closing office-service pillar (plan-formats.md), unnumbered after numbered ones.
  // (where the pillar's own items are unglyphed headings over paragraphs, a heading so worded is one of them)
  const itemsAreHeadings = st.pillar !== null && st.pillar.items.some((i) => i.kind === 'glyph' && !ITEM_GLYPHS.test(i.head.trim()));
  if (
    st.pillar && st.style !== null && st.style !== 'none' && !st.inDetails && next && isProseLine(next) &&
    OFFICE_SERVICE_TITLE.test(text.trim()) && !OFFICE_SERVICE_TITLE.test(st.pillar.title.trim()) && !orgPartPassed(st) && !(st.hasOrgPart && itemsAreHeadings) &&
    (line.n > st.lastNumberedLine || st.pillar.items.length === 0)
  ) {
    newPillar(st, null, 'none', text, line);
    return;
  }
  const nextIsBullet = next !== undefined && (readBullet(next.text) !== null || ITEM_GLYPHS.test(next.text));
  const nextIsHeading = next !== undefined && isHeadingLike(next.text) && readProgramList(next.text) === null;
  const canCreate = st.style === null || st.style === 'none';
  const overviewKnown = st.pillarsCreatedOutsideDetails > 0;
  // An umbrella line over numbered pillars (協働で進めるまちづくり above "1 …") is not a pillar.
  const umbrella = next !== undefined && readNumberedHeading(next.text) !== null && st.r.pillars.length === 0;
  // A heading over a paragraph, after an item opened the same way (a web page's <h4> under its <h3>
  // pillar; the first carried its 【…事業】): the next item, unless it carries on the pillars' own series.
  if (st.pillar && next && isProseLine(next) && followsHeadingItem(st) && !continuesPillarSeries(st.r.pillars, text)) {
    openHeadingItem(st, line, readItemHeading(st, text));
    return;
  }
  // A heading over its list's label (主な取組) is a pillar too; over another part's heading it is none.
  const overPart = next !== undefined && partHeadingKind(next.norm) !== null && partHeadingKind(next.norm) !== 'details';
  // "地域で備える防災・減災" between a pillar's heading and its 主な取組: the pillar's subtitle.
  const pillar = st.pillar;
  const justOpened = pillar !== null && pillar.items.length === 0 && pillar.summary.length === 0 && st.previous?.n === pillar.lines[0];
  if (justOpened && next && partHeadingKind(next.norm) === 'details') {
    pillar.summary.push(text);
    extend(pillar.lines, line.n);
    return;
  }
  // "自治会町内会や地域団体の活動を支援し、地域の課" / "題を地域で解決できる力を高めます。" under a pillar just
  // opened: its summary wrapped mid-word by the column, not the next pillar (a title is worded as one).
  const justEntered = pillar !== null && pillar.items.length === 0 && (justOpened || st.previous?.n === st.pillarEnteredAt);
  // (In a PDF wrapped at its column every line looks like a heading: the next line, a long one that is
  // no heading of the plan's own, is text too.)
  const nextIsText = next !== undefined && (isProseLine(next) || ([...next.text].length >= 30 && !isStructural(next)));
  // (A wrapped line is about as long as the lines under it; a short heading over a long paragraph is an item.)
  const asWideAsNext = next !== undefined && [...text].length >= 0.9 * Math.min(40, [...next.text.trim()].length);
  if (justEntered && next && !next.gapBefore && nextIsText && asWideAsNext && /[、,]/.test(text) && [...text].length >= 16 && (!looksLikePillarTitle(text) || [...text].length >= 30)) {
    addToSummary(st, pillar!, line);
    return;
  }
  // A heading right over a 主な事業・取組 | 内容 table header is the pillar that table belongs to.
  if (canCreate && next && isTableHeader(next.text) && st.r.pillars.length > 0) {
    st.style = 'none';
    newPillar(st, null, 'none', text, line);
    return;
  }
  const inOwnList = st.pillar !== null && st.listOpenFor === st.pillar;
  if (canCreate && next && !overPart && !umbrella && !inOwnList) {
    let isPillar = false;
    // In an overview, a heading over a summary is a pillar; a heading over bullets is a sub-theme.
    // (a heading worded as a pillar after a blank line, where the pillar above put its bullets right under
    // its title with no sub-theme: the next pillar, 魅力あるまちづくり over its bullets, not a sub-theme)
    const nextPillarOverBullets =
      st.pillar !== null && line.gapBefore && st.pillar.items.length > 0 && st.pillar.items.every((i) => i.sub_theme === null) && looksLikePillarTitle(text);
    if (!st.inDetails) isPillar = !st.pillar || !nextIsBullet || nextIsHeading || continuesPillarSeries(st.r.pillars, text) || nextPillarOverBullets;
    // Details with no overview: a heading over another heading or a glyph item is a pillar.
    else if (!overviewKnown) {
      isPillar = !st.pillar || nextIsHeading || ITEM_GLYPHS.test(next.text) || continuesPillarSeries(st.r.pillars, text);
    }
    const emptyPillarOverBullets = st.pillar !== null && st.pillar.items.length === 0 && nextIsBullet && st.inDetails;
    if (isPillar && !emptyPillarOverBullets) {
      st.style = 'none';
      newPillar(st, null, 'none', text, line);
      return;
    }
  }
  if (st.pillar && next && nextIsBullet && !ITEM_GLYPHS.test(next.text)) {
    st.subTheme = text;
    st.item = null;
    st.itemOpen = false;
    extend(st.pillar.lines, line.n);
    st.r.lastRole = 'pillar-heading';
    return;
  }
  if (!st.pillar) {
    if (umbrella && !overPart) warn(st, line.n, `line over the first numbered pillar set aside as a heading over all pillars, not a pillar: ${shortText(text)}`);
    else if (next && readLegendLines(next.text, next.n).length > 0) st.pendingLegendTitle = line;
    // Under 主な事業・取組 with no pillar read: an item whose pillar heading was not recognised.
    else if (st.inDetails && next && isProseLine(next)) warn(st, line.n, `heading outside any pillar ignored: ${shortText(text)}`);
    return;
  }
  // Under a numbered pillar (so it cannot be a pillar), or under a pillar of the overview in the details
  // that follow it (主な事業・取組), in a document that marks no item with a glyph: a title line over a
  // paragraph is an item heading (a web page's <h4>, a PDF that lost its ◆).
  const underKnownPillar = numberedDoc || inOwnList || (st.inDetails && st.pillarsCreatedOutsideDetails > 0);
  if (underKnownPillar && next && isProseLine(next) && !isPillarFieldLabel(text) && !glyphItemsSeen(st)) {
    openHeadingItem(st, line, readItemHeading(st, text));
    return;
  }
  // A short line that heads nothing: a description without 。, else a photo title or label.
  const current = st.item;
  if (current && st.itemOpen && current.kind === 'glyph' && current.description.length === 0) {
    current.description.push(text);
    current.tentative = true;
    extend(current.lines, line.n);
    st.r.lastRole = 'prose';
    return;
  }
  warn(st, line.n, `short line that heads nothing left out (a photo title or label?): ${shortText(text)}`);
}

function handleProse(st: WalkState, line: ContentLine): void {
  st.r.lastRole = 'prose';
  const pillar = st.pillar;
  if (!pillar) return; // introductions outside pillars (a heading over one is warned about)
  const text = line.text;
  const current = st.item;
  if (current && st.itemOpen && current.tentative) {
    // The short line taken as this item's text was a photo title: the paragraph replaces it (and a
    // warning says so). Unless it is the paragraph's start: it stopped mid-sentence (…を支援し / ます。
    // across a page break) or holds a clause break (…とともに、マンション / 防災の… wrapped mid-word).
    const taken = current.description[current.description.length - 1] ?? '';
    if (!breaksMidWord(taken, text) && (line.gapBefore || !(endsMidSentence(taken) || /[、,]/.test(taken)))) {
      warn(st, current.lines[1], `short line under an item taken for a photo title and left out: ${shortText(taken)}`);
      current.description = [];
    }
    current.tentative = false;
  }
  // A paragraph that stopped mid-word at a page break ("…確認でき" / page furniture / "るようにします。") goes on
  // after the gap the page's furniture left.
  const stoppedMidWord = current !== null && breaksMidWord(current.description[current.description.length - 1] ?? '', text);
  if (current && st.itemOpen && (current.description.length === 0 || !line.gapBefore || stoppedMidWord)) {
    current.description.push(text);
    extend(current.lines, line.n);
    extend(pillar.lines, line.n);
    return;
  }
  extend(pillar.lines, line.n);
  if (pillar.items.length === 0) {
    pillar.summary.push(text);
    return;
  }
  // A paragraph after an item's own paragraph: its heading may have been lost in extraction.
  const lastOrphan = pillar.orphans[pillar.orphans.length - 1];
  if (lastOrphan && !line.gapBefore && lastOrphan.lines[1] === st.previous?.n) {
    lastOrphan.text.push(text);
    extend(lastOrphan.lines, line.n);
  } else {
    pillar.orphans.push({ text: [text], lines: [line.n, line.n], afterItems: pillar.items.length });
  }
  st.itemOpen = false;
}


/** The pillar's last item was a heading without a glyph over its own paragraph. */
function followsHeadingItem(st: WalkState): boolean {
  const last = st.pillar?.items[st.pillar.items.length - 1];
  return last !== undefined && last.kind === 'glyph' && !ITEM_GLYPHS.test(last.head) && last.description.length > 0;
}

/** A line that stops on a comma or a case particle no title ends with (…地域で, …歴史を): it goes on. */
const STRONG_BREAK = /[、,，・でをがのは]$/;

/**
 * A line wrapped by the column is about as long as the paragraph line under it; a short heading that
 * ends in a particle ("スポーツをもっと身近に", "歴史と文化を次世代へ") over a long paragraph is a title.
 */
function wrapWidth(text: string, next: string): boolean {
  return [...text.trim()].length >= 0.7 * Math.min(40, [...next.trim()].length);
}

/** A line that stops inside a sentence: it ends with a kana ending or a comma, where a title ends with a noun. */
function endsMidSentence(text: string): boolean {
  return /[ぁ-ゖ、,]$/.test(text.trim()) && !/(?:まち|づくり|こと|もの|とき)$/.test(text.trim());
}

/** A line that is a heading of the plan's own kind: a glyph item, a bullet, a numbered heading or a part heading. */
function isStructural(line: ContentLine): boolean {
  return ITEM_GLYPHS.test(line.text) || readBullet(line.text) !== null || readNumberedHeading(line.text) !== null || partHeadingKind(line.norm) !== null;
}

/** A paragraph line: not a heading, bullet, glyph line or part heading. */
function isProseLine(line: ContentLine): boolean {
  return !isHeadingLike(line.text) && readBullet(line.text) === null && !ITEM_GLYPHS.test(line.text) && !partHeadingKind(line.norm);
}

/** Whether the document has marked an item with a glyph (◆ …) so far: then its glyph-less short lines are captions. */
function glyphItemsSeen(st: WalkState): boolean {
  return st.r.pillars.some((p) => p.items.some((it) => it.kind === 'glyph' && ITEM_GLYPHS.test(it.head.trim())));
}
