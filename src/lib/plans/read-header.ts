/**
 * The document's own title line: ward and fiscal year ("令和4年度 泉区運営方針", "平成30年度…", "2022年度…").
 */
import type { ContentLine } from './lines';
import { partHeadingKind } from './part-headings';
import { readNumberedHeading } from './find-pillars';

export interface PlanHeader {
  title: string | null;
  ward: string | null;
  fiscal_year: number | null;
  line: number | null;
  /** Said where the choice was not plain: several titles naming different years. */
  note: { line: number; message: string } | null;
}

const ERA_BASE: Record<string, number> = { 令和: 2018, 平成: 1988, R: 2018, H: 1988 };

/**
 * A fiscal year as printed: 令和5年度, 令和元年度, 平成30年度, R5年度, 令和5(2023)年度, 2023年度, 2023(令和5)年度.
 * (NFKC: full-width digits and brackets are read as half-width.)
 */
const YEAR = '(?:(令和|平成|R|H)\\s*(元|[0-9]{1,2})(?:\\s*\\(\\s*(?:19|20)[0-9]{2}\\s*\\))?|((?:19|20)[0-9]{2})(?:\\s*\\([^()]{1,6}\\))?)\\s*年度';

/** 令和N = 2018+N, 平成N = 1988+N, 元年 = 1; Western years as printed. */
export function fiscalYearFrom(text: string): number | null {
  const m = new RegExp(YEAR).exec(text.normalize('NFKC'));
  if (!m) return null;
  if (m[3]) return Number(m[3]);
  return ERA_BASE[m[1]] + (m[2] === '元' ? 1 : Number(m[2]));
}

// "区運営方針", "区の運営方針", "区区政運営方針" / "区区運営方針" (the ward's name, then 区政 or 区).
// "令和5年度の保土ケ谷区運営方針をお知らせします": the の after 年度 is no part of the ward's name.
// A ward's name has no digits, 年 or 度: "令和5年度区運営方針（青葉区）" and "令和2年度の区運営方針に基づき" name no ward there.
const WARD = '[^\\s、。「」()の0-9年度]{1,12}?区';
const TITLE = new RegExp(`(${YEAR})\\s*(?:の\\s*)?(${WARD})\\s*(?:の)?(?:区政|区)?運営方針`);

const WARD_NAMED = new RegExp(`(${WARD})\\s*(?:${YEAR}\\s*)?(?:の)?(?:区政|区)?運営方針`);

/** A title with its year or its ward in brackets after it: "瀬谷区運営方針（令和5年度）", "令和5年度区運営方針（青葉区）". */
const YEAR_AFTER = new RegExp(`^(${WARD})\\s*(?:の)?(?:区政|区)?運営方針\\s*\\(\\s*(${YEAR})\\s*(?:改訂版|改定版|版)?\\s*\\)$`);
const WARD_AFTER = new RegExp(`^(${YEAR})\\s*(?:の)?(?:区政|区)?運営方針\\s*\\(\\s*(${WARD})\\s*\\)$`);

/**
 * A line as the title patterns read it (NFKC, trimmed): a title printed with its year or ward in brackets
 * after it is read as the plain form "令和5年度 瀬谷区運営方針", so that it stands alone as a title and wins
 * over a dated title inside a sentence ("令和4年度瀬谷区運営方針に基づく…").
 */
function titleForm(text: string): string {
  const t = text.normalize('NFKC').trim();
  const yearAfter = YEAR_AFTER.exec(t);
  if (yearAfter) return `${yearAfter[2]} ${yearAfter[1]}運営方針`;
  const wardAfter = WARD_AFTER.exec(t);
  if (wardAfter) return `${wardAfter[1]} ${wardAfter[wardAfter.length - 1]}運営方針`;
  return t;
}

/** What a newsletter calls its feature on the plan, on the line that dates it. */
const FEATURE = /運営方針|主な事業|主要事業|重点事業|区づくり|区政運営|区の取組/;
/** 広報よこはま 金沢区版, 神奈川県横浜市港北区: the ward a newsletter or its web copy is about. */
const MASTHEAD = /(?:広報よこはま\s*|横浜市)([^\s、。「」()\[\]]{1,5}?区)(?:版|役所|$|\s)/;

/** A line that is a dated plan title and nothing else ("平成30年度 神奈川区運営方針"), bullet or not, or the label of a list of them. */
export function isPlanTitleLine(text: string): boolean {
  const t = titleForm(text.normalize('NFKC').replace(/^[・•\-]\s*/, ''));
  if (/^(?:過去の|これまでの)(?:区)?運営方針(?:一覧)?$/.test(t)) return true; // the label over such a list
  const match = TITLE.exec(t);
  return match !== null && isAlone(t, match);
}

/** The title fills its line (up to two characters besides it: a bullet, brackets). */
function isAlone(normalized: string, match: RegExpExecArray): boolean {
  return normalized.replace(/\s+/g, '').length <= match[0].replace(/\s+/g, '').length + 2;
}

/** "川崎市中原区" → "中原区": the city, where printed before the ward, is not part of the ward's name. */
const wardOnly = (name: string): string => name.replace(/^[^\s、。「」()]{1,6}?市(?=[^市]{1,8}区$)/, '');

/**
 * `rawLines`: the text before furniture was dropped, where a title printed only in a download link
 * ("令和5年度中区運営方針（PDF：987KB）") still gives the year when no content line does.
 */
export function readHeader(lines: ContentLine[], rawLines: string[] = []): PlanHeader {
  const header = readContentHeader(lines);
  // Every dated title was in a side menu, so the content's title was dropped as a line the page repeats
  // (the menu's first entry is the page's own title): the page's <h1> is the dated title standing apart,
  // nearest above the 基本目標 heading, in the text as given.
  if (header.note !== null) {
    const own = ownTitleAboveGoal(rawLines);
    if (own !== null) {
      const match = TITLE.exec(titleForm(own.text))!;
      return { title: own.text, ward: wardOnly(match[match.length - 1]), fiscal_year: fiscalYearFrom(match[0]), line: own.n, note: null };
    }
  }
  // A cover that prints the year and the title on lines of their own ("令和3年度" / "鶴見区運営方針"): the title,
  // where no line is one (a year in running text, 令和2年度に始めた…, is no title's).
  const cover = header.title === null ? coverTitle(lines) : null;
  if (cover) return { ...header, title: cover.title, ward: header.ward ?? cover.ward, fiscal_year: cover.year, line: cover.n, note: null };
  if (header.fiscal_year !== null) return header;
  const dated = rawLines.slice(0, 80).find((l) => TITLE.test(titleForm(l)));
  if (!dated) return header;
  const match = TITLE.exec(titleForm(dated))!;
  return { ...header, ward: header.ward ?? wardOnly(match[match.length - 1]), fiscal_year: fiscalYearFrom(match[0]) };
}

const YEAR_ALONE = new RegExp(`^(${YEAR})$`);
const WARD_TITLE_ALONE = new RegExp(`^(${WARD})\\s*(?:の)?(?:区政|区)?運営方針$`);

function coverTitle(lines: ContentLine[]): { title: string; ward: string; year: number; n: number } | null {
  for (let k = 0; k + 1 < Math.min(lines.length, 20); k++) {
    const year = YEAR_ALONE.exec(lines[k].text.normalize('NFKC').trim());
    const title = WARD_TITLE_ALONE.exec(lines[k + 1].text.normalize('NFKC').trim());
    if (year && title) return { title: `${lines[k].text.trim()} ${lines[k + 1].text.trim()}`, ward: wardOnly(title[1]), year: fiscalYearFrom(year[1])!, n: lines[k].n };
  }
  return null;
}

/** The last dated title alone on its line above the goal heading, with no dated title on the lines next to it. */
function ownTitleAboveGoal(rawLines: string[]): { text: string; n: number } | null {
  const goal = rawLines.findIndex((l) => partHeadingKind(l.normalize('NFKC').replace(/\s+/g, '')) === 'goal');
  if (goal < 0) return null;
  const dated = (i: number) => {
    const t = titleForm(rawLines[i] ?? '');
    const m = TITLE.exec(t);
    return m !== null && isAlone(t, m);
  };
  for (let i = goal - 1; i >= 0; i--) {
    if (dated(i) && !dated(i - 1) && !dated(i + 1)) return { text: rawLines[i].trim(), n: i + 1 };
  }
  // The menu runs straight into the title: the dated line right above the goal heading that repeats a
  // line printed before it (the menu's entry for this year) is the page's own title.
  let above = goal - 1;
  while (above >= 0 && rawLines[above].trim() === '') above--;
  if (above >= 0 && dated(above) && rawLines.slice(0, above).some((l) => l.trim() === rawLines[above].trim())) {
    return { text: rawLines[above].trim(), n: above + 1 };
  }
  return null;
}

function readContentHeader(lines: ContentLine[]): PlanHeader {
  // Prefer a line that is the title alone; else the first line that names one.
  let best: { line: ContentLine; match: RegExpExecArray } | null = null;
  const alones: { line: ContentLine; match: RegExpExecArray }[] = [];
  for (const line of lines.slice(0, 80)) {
    const t = titleForm(line.text);
    const match = TITLE.exec(t);
    if (!match) continue;
    if (isAlone(t, match)) alones.push({ line, match });
    else if (alones.length === 0) best ??= { line, match };
  }
  let note: PlanHeader['note'] = null;
  // Titles after the basic goal's heading are a list of other years' plans (a menu under the content).
  // Without a goal heading, the content starts at the first part heading or numbered heading: a dated
  // title after it is a link to another year ("平成27年度 戸塚区運営方針" under 関連ページ).
  const goalAt =
    lines.find((l) => partHeadingKind(l.norm) === 'goal')?.n ??
    lines.find((l) => partHeadingKind(l.norm) !== null || readNumberedHeading(l.text) !== null)?.n ??
    Infinity;
  const candidates = alones.filter((a) => a.line.n < goalAt);
  // A dated title above the goal that is not alone ("令和元年度 神奈川区運営方針が決まりました") still wins
  // over an alone one after it.
  if (candidates.length === 0 && alones.length > 0 && !(best && best.line.n < goalAt)) candidates.push(alones[0]);
  if (candidates.length > 0) {
    // Titles on consecutive lines are a menu of years (過去の区運営方針, a side menu): the plan's own title
    // stands apart; where every title is in a menu, it is the last one before the goal (a page's <h1>
    // right under its side menu), and the reader is told.
    const at = candidates.map((c) => lines.indexOf(c.line));
    const apart = candidates.filter((_, k) => at[k - 1] !== at[k] - 1 && at[k + 1] !== at[k] + 1);
    best = apart[0] ?? candidates[candidates.length - 1];
    const years = new Set(candidates.map((a) => fiscalYearFrom(a.match[0])));
    if (apart.length === 0 && years.size > 1) {
      const named = [...years].filter((y): y is number => y !== null).sort((a, b) => a - b).join(', ');
      note = { line: best.line.n, message: `titles name several fiscal years (${named}): took ${fiscalYearFrom(best.match[0])}, the title nearest above 基本目標 (line ${best.line.n}); pass --year if that is wrong` };
    }
  }
  if (!best) {
    // No dated title: a ward named with 運営方針 still gives the ward; a dated line still gives the year.
    // "保土ケ谷区 令和5年度 区運営方針": the year can sit between the ward and 区運営方針.
    const named = lines.slice(0, 80).map((l) => ({ l, m: WARD_NAMED.exec(l.text.normalize('NFKC')) })).find((x) => x.m);
    // A newsletter feature on the plan: "(特集2)2023年度 港北区で行う主な事業", "令和2年度 青葉区主要事業".
    const dated =
      lines.slice(0, 20).find((l) => /運営方針|基本目標/.test(l.text) && fiscalYearFrom(l.text) !== null) ??
      lines.slice(0, 30).find((l) => FEATURE.test(l.text) && fiscalYearFrom(l.text) !== null);
    // Its ward, where no line names it with 運営方針: the masthead (広報よこはま 港北区版, 横浜市港北区).
    const masthead = named ? null : lines.slice(0, 30).map((l) => MASTHEAD.exec(l.text.normalize('NFKC'))).find((m) => m);
    // "泉区運営方針（令和5年度）": the year after the name; a short line naming both is the title.
    const titled = named && fiscalYearFrom(named.l.text) !== null && [...named.l.text].length <= 40 ? named.l.text : null;
    return {
      title: titled,
      ward: named?.m?.[1] ? wardOnly(named.m[1]) : (masthead?.[1] ?? null),
      fiscal_year: dated ? fiscalYearFrom(dated.text) : null,
      line: named?.l.n ?? null,
      note: null
    };
  }
  const form = titleForm(best.line.text);
  const alone = form.startsWith(best.match[0]);
  return {
    title: alone && form.length <= best.match[0].length + 2 ? best.line.text : best.match[0],
    ward: wardOnly(best.match[best.match.length - 1]),
    fiscal_year: fiscalYearFrom(best.match[0]),
    line: best.line.n,
    note
  };
}
