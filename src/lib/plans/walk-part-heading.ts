/**
 * Part headings (and a table header) switch the walker's mode wherever they appear.
 * Returns how many following lines the heading consumed (the basic goal on the next line), or null
 * where the line is not a part heading.
 */
import type { ContentLine } from './lines';
import { partHeadingKind } from './part-headings';
import { isHeadingLike } from './find-pillars';
import { normalizeForMatch } from '../text/normalize';
import { isTableHeader, splitTableRow } from './read-initiatives';
import { type WalkState, addLegend, newSection } from './walk-state';
import { readLegendLines } from './read-marker-legend';

export function handlePartHeading(
  st: WalkState,
  line: ContentLine,
  next: ContentLine | undefined,
  after: ContentLine | undefined,
  beyond: ContentLine[] = []
): number | null {
  if (isTableHeader(line.text)) {
    st.mode = 'pillars';
    st.inDetails = true;
    st.tableMode = true;
    st.tableSpaced = splitTableRow(line.text) === null; // "主な事業・取組 内容": the rows are one space apart too
    st.itemOpen = false;
    return 0;
  }
  // "取組方針", "基本目標の達成に向けた方針" between the goal and the pillars: a stance part, as 基本姿勢 is.
  // (under a pillar, <取組方針> heads that pillar's own points, so only before any pillar)
  if ((st.mode === 'goal' || st.mode === 'preamble') && st.r.pillars.length === 0 && STANCE_BEFORE_PILLARS.test(line.norm)) {
    st.mode = 'stance';
    return 0;
  }
  const part = partHeadingKind(line.norm);
  if (!part) return null;
  if (repeatsCurrentPart(st, part)) return 0;
  st.section = null;
  st.stanceItem = null;
  st.itemOpen = false;
  st.tableMode = false;
  switch (part) {
    case 'goal':
      return readGoal(st, line, next, after, beyond);
    case 'stance':
      st.mode = 'stance';
      break;
    case 'pillars':
      st.mode = 'pillars';
      st.r.sawPillarsHeading = true;
      st.pillar = null;
      break;
    case 'details': {
      // 主な事業(★は新規事業): the label's note can be the list's legend.
      const note = /[(（]([^()（）]+)[)）]\s*$/.exec(line.text)?.[1];
      for (const entry of note ? readLegendLines(note, line.n) : []) addLegend(st, entry, line);
      const perPillar = headsPillarList(st);
      // 「施策(1)の主な事業・取組」 over tab- or bar-separated rows with no header row: the rows of its table.
      if (next && splitTableRow(next.text) !== null) {
        st.tableMode = true;
        st.tableSpaced = false;
      }
      st.mode = 'pillars';
      st.r.sawPillarsHeading = true;
      // A per-pillar "主な取組" header keeps its pillar; a part-level one starts the details.
      if (perPillar) {
        st.listLabelsPerPillar++;
        // Under a pillar's title repeated after the overview, the pillars are all known: what follows
        // until the next known title is this pillar's list (headings over paragraphs are items).
        if (repeatedJustAbove(st)) st.listOpenFor = st.pillar;
      }
      else {
        st.pillar = null;
        st.inDetails = true;
      }
      break;
    }
    case 'organisation':
      st.mode = 'organisation';
      break;
    case 'departments':
      st.mode = 'departments';
      break;
    case 'column':
      st.mode = 'column';
      newSection(st, 'column', line.text, line);
      break;
  }
  return 0;
}

/**
 * PDF pages repeat the part's heading at the top ("Ⅱ 目標達成に向けた施策" again between two items of a
 * pillar): inside that part, with a pillar or item open, it is page furniture and changes nothing.
 */
function repeatsCurrentPart(st: WalkState, part: string): boolean {
  if (part === 'pillars') return st.mode === 'pillars' && st.r.sawPillarsHeading && st.pillar !== null && st.pillar.items.length > 0;
  if (part === 'organisation') return st.mode === 'organisation' && st.section !== null;
  return false;
}

/**
 * "主な取組" under one pillar (施策１ … summary, 主な取組, ● items) rather than over all details: we are
 * inside a pillar that has nothing yet, and no other pillar waits for its items. An overview of several
 * pillars without items, or a 主な取組 after Ⅲ, is the part-level heading of the details.
 */
function headsPillarList(st: WalkState): boolean {
  const p = st.pillar;
  if (!p || st.mode !== 'pillars' || p.items.length > 0) return false;
  // Once the label has headed one pillar's list, it heads each pillar's (a pillar between may have none).
  if (st.inDetails || st.listLabelsPerPillar > 0) return true;
  // Right under the pillar's title repeated after the overview, it heads that pillar's list.
  if (repeatedJustAbove(st)) return true;
  return st.r.pillars.every((other) => other === p || other.items.length > 0);
}

/** The current pillar was re-entered by its title after the overview (overview → details), items none yet. */
function repeatedJustAbove(st: WalkState): boolean {
  const p = st.pillar;
  return p !== null && p.items.length === 0 && st.pillarEnteredAt !== null && st.pillarsCreatedOutsideDetails > 0 && p.lines[0] < st.pillarEnteredAt;
}

const STANCE_BEFORE_PILLARS = /^[【\[<]?(?:基本目標の達成に向けた|目標達成に向けた)?(?:取組|取り組み|区政運営の)?方針[】\]>]?$/;

/** "Ⅰ 基本目標 …" on the same line, or the next line when the heading stands alone. */
function readGoal(st: WalkState, line: ContentLine, next: ContentLine | undefined, after: ContentLine | undefined, beyond: ContentLine[]): number {
  st.r.sawGoalHeading = true;
  st.mode = 'goal';
  if (st.r.basicGoal !== null) return 0;
  const text = line.text;
  const rest = text.normalize('NFKC').replace(/^\s*(?:第?\s*(?:I|1|T)\s*[.．:：]?)?\s*[【\[〔■]?\s*(?:(?:区\s*の|区\s*運\s*営\s*の)?基\s*本\s*目\s*標|区\s*の\s*目\s*標)\s*[】\]〕]?\s*(?:\([^()]{0,10}(?:めざす|目指す|姿|将来像|ビジョン|スローガン)[^()]{0,10}\)\s*)?[:：]?\s*/, '');
  const printed = rest === '' ? '' : text.slice(text.length - rest.length).trim() || rest;
  if (printed !== '') {
    st.r.basicGoal = printed;
    st.r.goalLine = line.n;
    if (closesQuote(printed, next)) {
      st.r.basicGoal = `${printed}${next!.text}`;
      return 1 + withSubtitle(st, after);
    }
    return withSubtitle(st, next);
  }
  if (next && !partHeadingKind(next.norm)) {
    // A PDF whose layout put the slogan above its heading: 「…ふるさと港北」 / Ⅰ 基本目標 / ~subtitle~.
    const above = st.previous;
    if (isSubtitle(next.norm) && above && sloganAboveHeading(st, above)) {
      st.r.basicGoal = `${above.text}${next.text}`;
      st.r.goalLine = above.n;
      return 1;
    }
    // "令和5年度は、次の基本目標を掲げ、…運営します。" / the slogan: a sentence introducing the goal is not it.
    if (after && /(?:ます|です)。$/.test(next.text.trim()) && /基本目標|目標を/.test(next.text) && !after.text.includes('。') && !partHeadingKind(after.norm) && isHeadingLike(after.text)) {
      st.r.basicGoal = after.text;
      st.r.goalLine = after.n;
      return 2 + withSubtitle(st, beyond[0], beyond[1]);
    }
    st.r.basicGoal = next.text;
    st.r.goalLine = next.n;
    // 「誰もが安心して / 住み続けられるまち」: a slogan wrapped inside its brackets joins its next line.
    if (closesQuote(next.text, after)) {
      st.r.basicGoal = `${next.text}${after!.text}`;
      return 2 + withSubtitle(st, beyond[0], beyond[1]);
    }
    // 「区民と歩む泉区政～身近な自治で大きなつながり」 / "元気の出る泉区づくり": a quoted slogan and its
    // closing phrase on the next line, printed as one goal.
    if (after && !after.gapBefore && /^[「『][^「」『』]+[」』]$/.test(next.text.trim()) && [...after.text.trim()].length <= 20 && !after.text.includes('。') && /(?:づくり|まち|区)$/.test(after.text.trim()) && !partHeadingKind(after.norm)) {
      st.r.basicGoal = `${next.text.trim()}${after.text.trim()}`;
      return 2;
    }
    // "…まち さかえ 〜自然と歴史を" / "次の世代へ〜": a subtitle opened on the goal's line, closed on the next.
    const tildes = (t: string) => (t.match(/[~〜～]/g) ?? []).length;
    if (after && !after.gapBefore && tildes(next.text) % 2 === 1 && /^[^~〜～]{1,30}[~〜～]$/.test(after.text.trim())) {
      st.r.basicGoal = `${next.text}${after.text.trim()}`;
      return 2;
    }
    // "緑と笑顔があふれ、ともに支えあう" / "まち 都筑": a slogan wrapped after a word that needs its noun.
    if (after && wrapsSlogan(next.text, after)) {
      st.r.basicGoal = `${next.text}${after.text}`;
      return 2 + withSubtitle(st, beyond[0], beyond[1]);
    }
    return 1 + withSubtitle(st, after, beyond[0]);
  }
  return 0;
}

/**
 * The line right above the 基本目標 heading, right under the plan's title, worded as a slogan (no full
 * stop, no figures, not the title): the goal a PDF's layout printed before its heading.
 */
function sloganAboveHeading(st: WalkState, above: ContentLine): boolean {
  if (/[。0-9０-９]/.test(above.text) || /運営方針/.test(above.text) || !isHeadingLike(above.text)) return false;
  const title = st.beforePrevious;
  // (or under the cover's ward line, 横浜市金沢区, itself under the title)
  return title !== undefined && (/運営方針/.test(title.text) || /^(?:\S{1,6}市)?\S{1,6}区$/.test(title.text.trim()));
}

/** Whether `text` opens a 「 (or 『) that `line` closes: the slogan was wrapped inside its brackets. */
function closesQuote(text: string, line: ContentLine | undefined): boolean {
  const open = (t: string) => (t.match(/[「『]/g)?.length ?? 0) - (t.match(/[」』]/g)?.length ?? 0);
  return line !== undefined && !partHeadingKind(line.norm) && open(text) > 0 && open(text + line.text) === 0;
}

/**
 * A slogan's ～…～ subtitle printed on a line of its own belongs to the goal ("as printed, subtitle
 * included"). Japanese text joined across a line break takes no space. Returns the lines consumed.
 */
function withSubtitle(st: WalkState, line: ContentLine | undefined, following?: ContentLine): number {
  if (!line || st.r.basicGoal === null) return 0;
  if (/[~]$/.test(normalizeForMatch(st.r.basicGoal))) return 0; // the goal already carries its subtitle
  // "~ 未来につなぐ" / "ふるさと都筑 ~": a subtitle wrapped inside its tildes.
  if (following && /^~[^~]{1,40}$/.test(line.norm) && /^[^~]{1,40}~$/.test(following.norm) && !following.gapBefore) {
    st.r.basicGoal = `${st.r.basicGoal}${line.text}${following.text}`;
    return 2;
  }
  if (!isSubtitle(line.norm)) return 0;
  st.r.basicGoal = `${st.r.basicGoal}${line.text}`;
  return 1;
}

/** The slogan's line stops on a word that needs what follows (…支えあう, …あふれる) and the next is its short end. */
function wrapsSlogan(text: string, after: ContentLine): boolean {
  if (after.gapBefore || partHeadingKind(after.norm) || isSubtitle(after.norm) || /^~/.test(after.norm)) return false;
  const end = after.text.trim();
  // …and the short line ends it as a slogan does, with its place (まち 都筑, ふるさと, …区): not a
  // heading (目標に込めた思い) or a signature (区長 横浜 花子).
  // A slogan never ends on a comma: "人と人がつながり、" / "安心と活気があふれる「ふるさと港北」".
  if (/、$/.test(text.trim()) && !text.includes('。') && !end.includes('。') && [...end].length <= 30) return true;
  const placeEnd = /(?:まち|街|ふるさと|区)(?:\s+\S{1,6})?$/.test(end) && !/区長|区役所長/.test(end);
  return /[うくぐすつぬぶむるいたなの、]$/.test(text.trim()) && !text.includes('。') && [...end].length <= 10 && !/[、。]/.test(end) && placeEnd;
}

function isSubtitle(norm: string): boolean {
  return /^~[^~]{1,60}~$/.test(norm) || /^[-―]{1,2}[^-―]{1,60}[-―]{1,2}$/.test(norm);
}
