/**
 * The text as content lines: debris stripped, captions and furniture removed, with the original
 * 1-based line numbers kept so every item can point back into the text the parser was given.
 */
import { normalizeForMatch } from '../text/normalize';
import { isCaption, isContactLine, isFurniture, isNavigationLabel, isPictureLabel, startsContactBlock, startsFurnitureBlock, stripEmphasis } from './strip-debris';
import { isPartHeading } from './part-headings';
import { readNumberedHeading } from './find-pillars';
import { findPageFurniture } from './page-furniture';
import { joinSplitHeadings } from './split-headings';
import { expandPillarTables } from './pillar-table';
import { circledIndex, circledNumber } from './unflatten';

export interface ContentLine {
  /** 1-based line number in the given text. */
  n: number;
  /** Emphasis stripped, trimmed: the published form. */
  text: string;
  /** normalizeForMatch(text): for matching only. */
  norm: string;
  /** A blank line, caption or dropped line separates this line from the previous content line. */
  gapBefore: boolean;
  /** The pillar cell of a flattened 施策 | 主な事業・取組 | 内容 table (pillar-table.ts): a pillar heading. */
  pillarCell?: true;
}

/**
 * Item glyphs some documents use for the ones the walk reads: ◯ ⚫ as ○ ●, □ as ◇, ▽ (a newsletter's item
 * under its ■ box) as ◆, arrowheads as ・ bullets.
 */
const GLYPH_ALIASES: Record<string, string> = { '◯': '○', '⚫': '●', '□': '◇', '▽': '◆', '▶': '・', '▷': '・', '►': '・', '▸': '・', '▹': '・', '➢': '・', '➤': '・' };

// @ A … I (① … ⑩) before a word; never a letter before katakana (Jリーグ, Bリーグ are names).
const CIRCLED_MOJIBAKE_LINE = /^\s*(@(?=\s?[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}「])|[A-I](?=\s?[\p{Script=Han}\p{Script=Hiragana}「]))\s?/u;

/** The label of a newsletter's notices: お知らせ, 区からのお知らせ, イベント情報, 催し・講座. */
const NOTICES_LABEL = /^[【\[■◆]?\s*(?:(?:区(?:役所)?から|その他)の)?(?:お知らせ|イベント(?:情報|案内)|催し(?:・講座)?|講座・催し|募集)\s*[】\]]?$/;

/**
 * An overview printed in two columns and extracted side by side, "(1) 地域のつながりづくり      (3) 安全・安心な
 * まちづくり": two numbered headings of one style with wide space between them are two lines.
 */
function twoColumnHeadings(cleaned: string): [string, string] | null {
  const parts = sideBySide(cleaned);
  if (!parts) return null;
  const [a, b] = parts.map((p) => readNumberedHeading(p));
  // (a table row "1 訓練を実施した拠点数      2 全28拠点" is no pair of headings: titles hold no figures)
  return a && b && a.style === b.style && a.number !== b.number && ![a.title, b.title].some((t) => /[0-9０-９]/.test(t) || [...t].length < 4) ? parts : null;
}

/** Two texts printed side by side, wide space between them. */
function sideBySide(cleaned: string): [string, string] | null {
  const parts = cleaned.split(/[ \t]{3,}|\u3000{2,}|\t+/).map((p) => p.trim()).filter((p) => p !== '');
  return parts.length === 2 ? [parts[0], parts[1]] : null;
}

export function toContentLines(text: string): ContentLine[] {
  const rawLines = text.split('\n');
  const page = findPageFurniture(rawLines);
  const out: ContentLine[] = [];
  let gap = false;
  let inFurnitureBlock = false;
  let contactOnly = false;
  let inNotices = false;
  /** The right-hand heading of a side-by-side pair, until the line under the pair is seen. */
  let heldColumn: ContentLine | null = null;
  let contentSeen = false;
  // ▽ marks a newsletter's items under its ■ boxes; under ◆ items it marks their points (left as they are).
  const triangleItems = !rawLines.some((l) => /^\s*◆(?!\s*(?:お?問(?:い)?合(?:わ)?せ|問\s))/.test(l));
  // ① ② ③ extracted as @ A B (unflatten.ts): where a line opens with "@" before a word, so do its siblings.
  const circledMojibake = rawLines.some((l) => CIRCLED_MOJIBAKE_LINE.test(l) && l.trim().startsWith('@'));
  let highestCircled = -1;
  rawLines.forEach((raw, index) => {
    if (page.isFurniture(index)) return; // no gap: the text runs on across the page
    // 〇 (the kanji zero) opening a line before a space is the ○ glyph typed with the wrong character;
    // other look-alike glyphs read as the ones the walk knows (GLYPH_ALIASES).
    const cleaned = stripEmphasis(raw.replace(/\r$/, '').replace(/\f/g, ''))
      .trim()
      .replace(/^〇(?=[\s\u3000])/, '○')
      .replace(triangleItems ? /^[◯⚫□▽▶▷►▸▹➢➤]/ : /^[◯⚫□▶▷►▸▹➢➤]/, (glyph) => GLYPH_ALIASES[glyph])
      .replace(CIRCLED_MOJIBAKE_LINE, (whole: string, letter: string) => {
        // In sequence: a number at most two past the highest read (an overview printed in columns reads
        // ① ③ ②); "@区民招待デー" then "Bリーグ" or "J…" is no series.
        const k = circledIndex(letter);
        if (!circledMojibake || k > highestCircled + 2) return whole;
        highestCircled = Math.max(highestCircled, k);
        return circledNumber(k);
      });
    // A part heading is never a picture label, even when it names one (コラム① 区のマスコット).
    const label = isPictureLabel(cleaned) && !isPartHeading(normalizeForMatch(cleaned));
    // A side menu's links come before the content, under 本文ここから: the content goes on from there.
    if (inFurnitureBlock && /^(?:本文ここから|ここから本文)/.test(cleaned)) inFurnitureBlock = false;
    if (cleaned === '' || isCaption(cleaned) || isFurniture(cleaned) || label) {
      gap = true;
      return;
    }
    const norm = normalizeForMatch(cleaned);
    // Navigation (関連ページ, 過去の運営方針 …) drops what follows only after the content has started: a
    // side menu above the title is left to the header's reading of dated titles.
    if (startsFurnitureBlock(cleaned) && (contentSeen || !isNavigationLabel(cleaned))) {
      inFurnitureBlock = true;
      contactOnly = startsContactBlock(cleaned);
      gap = true;
      return;
    }
    // A newsletter's notices after the plan's feature ("お知らせ" / "1 区民ホールで写真展を開催します"): other
    // articles, to the next part heading of the plan if any.
    if (contentSeen && NOTICES_LABEL.test(cleaned)) {
      inNotices = true;
      gap = true;
      return;
    }
    if (inNotices) {
      if (!isPartHeading(norm)) return;
      inNotices = false;
    }
    // A contact block inside the plan ends at its first line that is no contact line (the next pillar's
    // unnumbered heading, a paragraph): never a silent loss of what follows.
    if (inFurnitureBlock && contactOnly && !isContactLine(cleaned)) inFurnitureBlock = false;
    if (inFurnitureBlock) {
      // A contact block ends where the plan goes on: a part heading, a pillar heading (施策2 …), or an
      // item (◆…, ・…) of a newsletter box that printed its contact between items.
      if (!isPartHeading(norm) && readNumberedHeading(cleaned) === null && !/^[◆●■○◇◎★☆・]/.test(cleaned)) return;
      inFurnitureBlock = false;
    }
    if (!contentSeen && (isPartHeading(norm) || readNumberedHeading(cleaned) !== null)) contentSeen = true;
    const line = (text: string, gapBefore: boolean): ContentLine => ({ n: index + 1, text, norm: normalizeForMatch(text), gapBefore });
    // The line under a pair of side-by-side headings, itself side by side ("つながりを深めます。   災害に強い…"):
    // each half goes under its own heading.
    if (heldColumn !== null) {
      const halves = gap ? null : sideBySide(cleaned);
      if (halves && !halves.some((h) => readNumberedHeading(h) !== null)) {
        out.push(line(halves[0], false), heldColumn, line(halves[1], false));
        heldColumn = null;
        gap = false;
        return;
      }
      out.push(heldColumn);
      heldColumn = null;
    }
    const columns = twoColumnHeadings(cleaned);
    if (columns) {
      out.push(line(columns[0], gap));
      heldColumn = line(columns[1], false);
      gap = false;
      return;
    }
    out.push({ n: index + 1, text: cleaned, norm, gapBefore: gap });
    gap = false;
  });
  if (heldColumn !== null) out.push(heldColumn);
  return expandPillarTables(joinSplitHeadings(out));
}
