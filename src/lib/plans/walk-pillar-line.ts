/**
 * Lines under Ⅱ 施策 that announce themselves: table rows, numbered pillar headings, repeated pillar
 * or organisation titles, program lists, 【…】 lines, glyph headings, bullets, legend rows.
 * Returns false for the rest (short headings and prose), which walk-heading-or-prose.ts decides.
 */
import type { ContentLine } from './lines';
import { extend } from './drafts';
import { isHeadingLike, isPillarFieldLabel, looksLikePillarTitle, OFFICE_SERVICE_TITLE, pillarTitlesMatch, readGluedHeading, readNumberedHeading, withoutNumbering } from './find-pillars';
import {
  isKanaEnumeration,
  ITEM_GLYPHS,
  MARKER_WORD,
  readBullet,
  readProgramList,
  readNamedProgramLine,
  readProgramNameLineWithNotes,
  splitSpacedRow,
  splitTableRow,
  takeProgramName,
  LIST_LEAD
} from './read-initiatives';
import { readLegendLines } from './read-marker-legend';
import { partHeadingKind } from './part-headings';
import { markerContext, stripMarkers } from './markers';
import { splitRenameNotes } from './rename-note';
import { markerOnlyLine, numberedItemHeading, numberedSentence } from './walk-item-extras';
import { cellTableLine, codeColonLegend, itemNote, labelledItem, labelledPrograms } from './walk-labelled-lines';
import { keepUnbrokenTitle } from './walk-sections';
import { breaksMidWord, endsUnfinished } from './wrapped-lines';
import { FIELD_LINE, glyphHeading, programHeading } from './walk-glyph-heading';
import {
  type WalkState,
  addItem,
  addLegend,
  enterPillar,
  findByTitle,
  findOrgByTitle,
  findPillarByTitle,
  newPillar,
  orgPartPassed,
  shortText,
  warn
} from './walk-state';

export function handlePillarLine(st: WalkState, line: ContentLine, next: ContentLine | undefined): boolean {
  const text = line.text;
  // "（旧：ボランティア養成講座）" on a line of its own: the rename note of the item above, kept in its
  // description as printed (lineage reads it there), never a sub-theme of the items below.
  if (st.pillar && st.item && st.item.description.length > 0 && st.pillar.items.includes(st.item) && /旧/.test(text) && splitRenameNotes(text).rest === '') {
    st.item.description.push(text.trim());
    extend(st.item.lines, line.n);
    extend(st.pillar.lines, line.n);
    return true;
  }
  if (st.tableMode && st.pillar) {
    const row = splitTableRow(text) ?? (st.tableSpaced ? spacedRow(text) : null);
    // What ends a table: a pillar's heading (numbered, known, or worded like one after a blank line), or
    // an organisation item's title seen in the overview.
    const isPillar =
      readNumberedHeading(text)?.style === st.style ||
      findPillarByTitle(st, text) !== null ||
      findOrgByTitle(st, withoutNumbering(text)) !== null ||
      (line.gapBefore && isHeadingLike(text) && looksLikePillarTitle(text));
    // "正確・丁寧な行政サービスの提供" over its paragraph after the last pillar's table, before the Ⅲ part:
    // the closing office-service pillar (plan-formats.md), with its own table to come.
    const officePillar =
      !isPillar && line.gapBefore && isHeadingLike(text) && OFFICE_SERVICE_TITLE.test(text.trim()) && next !== undefined && !splitTableRow(next.text) &&
      st.style !== null && st.style !== 'none' && !orgPartPassed(st);
    if (officePillar) {
      st.tableMode = false;
      newPillar(st, null, 'none', text, line);
      return true;
    }
    // A row wrapped in both cells by `pdftotext -layout` ("★地域活動オンライン化  …支援するた" /
    // "支援  め、機材の貸出しと…"): the name and the text go on, no new row.
    const prev = st.item?.kind === 'row' ? st.item : null;
    const prevText = prev?.description[prev.description.length - 1] ?? '';
    // (the text cell going on: after a particle or comma, inside a word, or starting with a particle
    // before a word — "…防止" / "の支援を行います。" — which no description starts with)
    const goesOn = endsUnfinished(prevText) || breaksMidWord(prevText, row?.[1] ?? '') || /^(?:[、。]|[のをにがでとへやも][\p{Script=Han}\p{Script=Katakana}])/u.test(row?.[1] ?? '');
    // (a cell that ends as a sentence does, …を進めます with no 。, has ended: the next row is a row)
    if (row && !isPillar && prev && [...row[0]].length <= 12 && !/(?:[。)）]|ます|です|ません|ました|でした)$/.test(prevText.trim()) && goesOn) {
      prev.head = `${prev.head}${row[0]}`;
      prev.title = `${prev.title ?? ''}${row[0]}`;
      prev.description.push(row[1]);
      extend(prev.lines, line.n);
      extend(st.pillar.lines, line.n);
      return true;
    }
    if (row && !isPillar) {
      // The name cell can carry the program name as a heading does ("地域防災力の向上 【防災・減災推進事業】").
      // A name cell on two lines ("青少年指導員・" / "スポーツ推進委員活動の支援	…"): its first line waited here.
      const nameCell = `${st.rowNamePrefix ?? ''}${row[0]}`;
      st.rowNamePrefix = null;
      const { rest: named, notes } = splitRenameNotes(nameCell);
      const { rest: name, program } = takeProgramName(named);
      addItem(st, { kind: 'row', sub_theme: st.subTheme, head: nameCell, title: name, program_name: program, notes }, line, [row[1]]);
      st.itemOpen = true;
      st.r.lastRole = 'bullet';
      return true;
    }
    if (!isPillar && tableLine(st, line)) return true;
    st.tableMode = false;
  }
  if (cellTableLine(st, line)) return true;
  return (
    codeColonLegend(st, line) ||
    numberedPillar(st, line, next) ||
    numberedItemHeading(st, line, next) ||
    numberedSentence(st, line) ||
    markerOnlyLine(st, line, next) ||
    labelledItem(st, line) ||
    itemNote(st, line) ||
    repeatedTitle(st, line, next) ||
    programList(st, line) ||
    labelledPrograms(st, line) ||
    programNameLine(st, line) ||
    glyphHeading(st, line, next) ||
    programHeading(st, line) ||
    bulletLine(st, line, next) ||
    legendLine(st, line, text)
  );
}

/** A one-space row under a one-space header: its text after the name must read as a sentence. */
function spacedRow(text: string): [string, string] | null {
  const row = splitSpacedRow(text);
  return row && /。|ます|です/.test(row[1]) ? row : null;
}

/**
 * A line of a flattened 主な事業・取組 | 内容 table with no column break in it:
 * - the 内容 cell of the row above running on ("…拠点運営委員会の" / "活動を推進します。"): the row above
 *   stopped mid-sentence, or this line is a sentence of its own;
 * - the first line of a name cell printed on two lines ("青少年指導員・" / "スポーツ推進委員活動の支援	…");
 * - a row spanning both columns over the rows it groups ("地域の防災力の向上"): a sub-theme.
 * The table goes on below any of them; other lines (a bullet, a glyph, a numbered heading) end it.
 */
function tableLine(st: WalkState, line: ContentLine): boolean {
  const pillar = st.pillar;
  if (!pillar || readBullet(line.text) !== null || ITEM_GLYPHS.test(line.text) || readNumberedHeading(line.text) !== null) return false;
  const text = line.text.trim();
  const row = st.item?.kind === 'row' && st.itemOpen ? st.item : null;
  const above = row?.description[row.description.length - 1] ?? '';
  // A sentence, a line after one that stopped mid-way, or marker codes alone: the row's cell going on.
  const carries =
    !isHeadingLike(text) || endsUnfinished(above) || /[、,]$|^(?:また|さらに|なお|あわせて)[、,]/.test(text) || stripMarkers(text, markerContext(st.r.legend)) === '';
  if (row && !line.gapBefore && carries) {
    row.description.push(line.text);
    extend(row.lines, line.n);
  } else if (!isHeadingLike(text)) {
    return false;
  } else if (/・$/.test(text)) {
    st.rowNamePrefix = text;
  } else {
    st.subTheme = text.replace(/^[|｜]\s*|\s*[|｜]$/g, ''); // a cell spanning the row: "地域活動の推進 |"
    st.item = null;
    st.itemOpen = false;
  }
  extend(pillar.lines, line.n);
  return true;
}

/** `1 …`, `施策1`, `①`, `[1]`, `(1)`, `1.` in the document's own numbering style. */
function numberedPillar(st: WalkState, line: ContentLine, next: ContentLine | undefined): boolean {
  // Glued numbers (1地域力の強化) only where their series runs: its first pillar, or after one.
  const glued = st.style === 'glued' || (st.style === null && st.r.pillars.length === 0) ? readGluedHeading(line.text) : null;
  const numbered = readNumberedHeading(line.text) ?? (glued && (st.style === 'glued' || glued.number === 1) ? glued : null);
  if (!numbered) return false;
  if (st.style !== null && numbered.style !== st.style) {
    // Details numbered otherwise than the overview (1 … above, 施策1 … below): the title decides.
    const same = findPillarByTitle(st, numbered.title);
    if (same) {
      enterPillar(st, same, line);
      return true;
    }
    // 施策2 … under an overview numbered 1 2 3 with other wording: the same pillar by its number.
    // (Only an overview of pillars: with summaries or program lists, or titled as pillars; not a
    // numbered list of goals above the 施策, which opensShisakuSeries sets aside.)
    const overviewPillar = (p: { summary: string[]; overview_programs: string[]; title: string }) => p.summary.length > 0 || p.overview_programs.length > 0 || looksLikePillarTitle(p.title);
    const byNumber = numbered.style === 'shisaku' ? st.r.pillars.find((p) => p.number === numbered.number && p.number !== null && overviewPillar(p)) : undefined;
    if (byNumber) {
      if (!pillarTitlesMatch(byNumber.title, numbered.title)) warn(st, line.n, `pillar ${numbered.number} is titled "${byNumber.title}" earlier and "${numbered.title}" here`);
      enterPillar(st, byNumber, line);
      return true;
    }
    if (!opensShisakuSeries(st, numbered)) return false;
  }
  st.style = numbered.style;
  setAsideUmbrellaAbove(st, numbered.number);
  // The printed number decides; a title match only joins a pillar that has no number of its own.
  const existing =
    st.r.pillars.find((p) => p.number === numbered.number) ??
    findByTitle(st, st.r.pillars.filter((p) => p.number === null), numbered.title);
  if (existing) {
    // "施策2 子どもたちの成長を見守り" / "育むまち": the heading wrapped; its next line completes the title
    // the overview printed whole, and is read with it.
    if (!pillarTitlesMatch(existing.title, numbered.title) && next && !next.gapBefore && pillarTitlesMatch(existing.title, numbered.title + next.text.trim())) {
      st.skipThrough = next.n;
      enterPillar(st, existing, line);
      extend(existing.lines, next.n);
      st.pillarEnteredAt = next.n;
      return true;
    }
    if (!pillarTitlesMatch(existing.title, numbered.title)) {
      warn(st, line.n, `pillar ${numbered.number} is titled "${existing.title}" earlier and "${numbered.title}" here`);
    }
    enterPillar(st, existing, line);
  } else {
    newPillar(st, numbered.number, numbered.style, numbered.title, line);
  }
  return true;
}

/**
 * 施策1 after a few headings that hold no items (港南区: an umbrella 地域の皆さまと協働で進める地域づくり with
 * its summary over 施策1–4; a numbered list of digital goals above [施策 1]): those were headings over the
 * pillars, not pillars. They are set aside, each with a warning, and the 施策 series starts.
 */
function opensShisakuSeries(st: WalkState, numbered: { style: string; number: number | null }): boolean {
  const before = st.r.pillars;
  if (numbered.style !== 'shisaku' || numbered.number !== 1 || before.length === 0 || before.length > 3) return false;
  if (before.some((p) => p.items.length > 0 || p.style === 'shisaku')) return false;
  // An umbrella is unnumbered, or a numbered list with no summaries (digital goals); numbered headings
  // with summaries are an overview of the pillars (entered by number above).
  if (before.some((p) => p.number !== null && p.summary.length > 0)) return false;
  for (const p of before) warn(st, p.lines[0], `「${p.title}」 above 施策1 holds no items: read as a heading over the pillars, not a pillar`);
  st.r.pillars = [];
  st.pillar = null;
  st.item = null;
  st.style = null;
  return true;
}

/**
 * 施策2 …, then "正確・丁寧な行政サービスの提供" with its paragraph, then 施策3 …: the unnumbered heading
 * between numbered pillars, holding no items, heads the next one (港南区's second umbrella); it is no
 * pillar of its own (and would take the next one's position).
 */
function setAsideUmbrellaAbove(st: WalkState, number: number | null): void {
  const current = st.pillar;
  if (!current || current.number !== null || current.items.length > 0 || number === null) return;
  const numberedBefore = st.r.pillars.filter((p) => p.number !== null && p.order < current.order);
  if (numberedBefore.length === 0) return;
  st.r.pillars = st.r.pillars.filter((p) => p !== current);
  warn(st, current.lines[0], `「${current.title}」 between pillars ${numberedBefore[numberedBefore.length - 1].number} and ${number} holds no items: read as a heading over the next pillar, not a pillar`);
}

/** A heading that repeats a pillar's title (overview → details), or an organisation item's title. */
function repeatedTitle(st: WalkState, line: ContentLine, next: ContentLine | undefined): boolean {
  // 【子育てに寄りそうまち】 over a list: the pillar's title in brackets, no program name.
  const bracketed = /^[【\[［〔]([^【】\[\]［］〔〕]+)[】\]］〕]$/.exec(line.text.trim())?.[1];
  if (!isHeadingLike(line.text) && !bracketed) return false;
  const pillar = (isHeadingLike(line.text) ? findPillarByTitle(st, line.text) : null) ?? (bracketed ? findPillarByTitle(st, bracketed) : null);
  if (pillar) {
    enterPillar(st, pillar, line);
    return true;
  }
  const org = findOrgByTitle(st, withoutNumbering(line.text));
  if (!org) return false;
  // A pillar's sub-theme worded as an organisation item (地域との協働・共創 over ・ bullets): the pillar
  // heads its bullets with sub-themes, or more pillars follow, so the details of 組織運営 do not start here.
  const current = st.pillar;
  if (current && next && readBullet(next.text) !== null) {
    const lastPillar = st.r.pillars.reduce((a, b) => ((b.number ?? b.order) > (a.number ?? a.order) ? b : a));
    if (current.items.some((i) => i.sub_theme !== null) || current !== lastPillar) return false;
  }
  // 泉区 2022: the 組織運営 details follow the last pillar's items without a Ⅲ heading.
  st.mode = 'organisation';
  st.section = org;
  st.pillar = null;
  extend(org.lines, line.n);
  keepUnbrokenTitle(org, withoutNumbering(line.text));
  return true;
}

/** "定住・転入促進事業、いずみ文化振興事業 … 等" under a pillar of the overview. */
function programList(st: WalkState, line: ContentLine): boolean {
  const programs = readProgramList(line.text);
  if (!programs || !st.pillar) return false;
  const listed = st.pillar.overview_programs;
  // "…切れ目のない支援充実" / "事業 等": a name the column width broke; the line goes on with its end.
  const last = listed[listed.length - 1];
  const afterList = st.programListLine !== null && st.previous?.n === st.programListLine;
  if (last !== undefined && !/事業$/.test(last) && !line.gapBefore && afterList && /事業$/.test(last + programs[0])) {
    const joined = last + programs.shift();
    listed[listed.length - 1] = joined;
    st.pillar.overview_lines.set(joined, st.pillar.overview_lines.get(last) ?? line.n);
    st.pillar.overview_lines.delete(last);
  }
  st.programListLine = line.n;
  listed.push(...programs);
  for (const name of programs) if (!st.pillar.overview_lines.has(name)) st.pillar.overview_lines.set(name, line.n);
  extend(st.pillar.lines, line.n);
  return true;
}

/**
 * 【…事業】 (or "（事業名：…事業）") on a line of its own: the program name of the heading just above.
 * Markers after a 事業名 field count as the heading's; a bare label there ("　拡充") is one too.
 */
function programNameLine(st: WalkState, line: ContentLine): boolean {
  if (isPillarFieldLabel(line.text)) return false; // 【目指す姿】 labels a pillar's field, it names no program
  const named = readNamedProgramLine(line.text);
  const read = named ? { name: named.name, notes: [] as string[] } : readProgramNameLineWithNotes(line.text);
  if (read === null) return false;
  const { name, notes } = read;
  const last = st.item;
  if (last && last.kind === 'glyph' && last.program_name === null && last.description.length === 0) {
    last.program_name = name;
    if (notes.length > 0) last.notes = [...(last.notes ?? []), ...notes];
    if (named && named.after !== '') last.head += MARKER_WORD.test(named.after) ? ` （${named.after}）` : ` ${named.after}`;
    extend(last.lines, line.n);
    st.r.lastRole = 'item-heading';
  } else {
    warn(st, line.n, `program name 【${name}】 with no heading to attach to`);
  }
  return true;
}

/** A plan's name: 横浜市中期計画2022〜2025, 第5期保土ケ谷区地域福祉保健計画. */
const OTHER_PLAN = /^[^。、]{0,30}計画(?:\s*[0-9０-９]{4}\s*[〜~～\-ー－]\s*[0-9０-９]{4})?$/;

function bulletLine(st: WalkState, line: ContentLine, next: ContentLine | undefined): boolean {
  const bullet = readBullet(line.text);
  if (bullet === null) return false;
  if (!st.pillar) {
    const entries = readLegendLines(line.text, line.n);
    for (const entry of entries) addLegend(st, entry, line);
    // An introduction bullet before the pillars (戸塚区 line 66) is no item; one under 主な事業 with no pillar
    // heading read above it is an item whose pillar was lost: never dropped without a word (a sentence
    // there introduces the list: "・区役所では…様々な取組を行います。").
    if (st.inDetails && entries.length === 0 && !bullet.includes('。')) warn(st, line.n, `item outside any pillar ignored: ${shortText(line.text)}`);
    return true;
  }
  // "・横浜市中期計画2022〜2025" in the overview, after a pillar and before any list: a diagram's label
  // naming another plan the pillars follow, not an initiative.
  const overviewWithoutItems = !st.inDetails && st.listOpenFor === null && st.listLabelsPerPillar === 0 && st.r.pillars.every((p) => p.items.length === 0);
  // (only a run of such bullets closing the overview, right before the next part: 09's "・第5期…計画" over
  // other bullets is the pillar's first item)
  const closesOverview = next === undefined || partHeadingKind(next.norm) !== null || OTHER_PLAN.test(readBullet(next.text)?.trim() ?? '');
  if (overviewWithoutItems && closesOverview && OTHER_PLAN.test(bullet.trim())) {
    warn(st, line.n, `bullet naming another plan read as a label, not an initiative: ${shortText(bullet)}`);
    return true;
  }
  const current = st.item;
  if (current && st.itemOpen && FIELD_LINE.test(bullet)) {
    current.description.push(line.text.trim()); // "・予算額：…": a field of the item above
    extend(current.lines, line.n);
    return true;
  }
  // Bullets under a programme heading describe it, and so do those a heading's paragraph introduces
  // ("◆地域防災力の向上" / "…次の取組を進めます。" / "・…").
  const listLead = current !== null && current.kind === 'glyph' && current.description.some((d) => LIST_LEAD.test(d.trim()));
  if (current && current.kind === 'glyph' && st.itemOpen && (current.program_name !== null || listLead)) {
    // Bullets under a programme heading describe it; a lettered one (ア …) keeps its letter as printed.
    current.description.push(isKanaEnumeration(line.text) ? line.text.trim() : `・${bullet}`);
    extend(current.lines, line.n);
  } else {
    addItem(st, { kind: 'bullet', sub_theme: st.subTheme, head: bullet, title: null, program_name: null }, line, [bullet]);
    st.itemOpen = true;
  }
  st.r.lastRole = 'bullet';
  return true;
}

/** Outside pillars, a label with a bracketed code is a legend row (戸塚区's 4つの重点視点). */
function legendLine(st: WalkState, line: ContentLine, text: string): boolean {
  if (st.pillar) return false;
  const entries = readLegendLines(text, line.n);
  for (const entry of entries) addLegend(st, entry, line);
  return entries.length > 0;
}
