/**
 * Text copies with no line breaks: the city's .txt versions of plan PDFs and ward newsletters can come as
 * one long line where headings, bullets and paragraphs run on with spaces between them ("…の提供 U 目標
 * 達成に向けた施策 1 地域のつながりづくり ・…"). Such a line is split back into lines where a part heading,
 * a numbered heading, a bullet, a bracketed label, a subtitle or a paragraph starts, so the walk reads it
 * as it reads any other text. Every split line remembers the line of the given text it came from.
 */
import { normalizeForMatch } from '../text/normalize';
import { partHeadingKind } from './part-headings';
import { MARKER_WORDS } from './markers';
import type { ParsedPlan } from './types';

/**
 * A line this long with this many places to split is a flattened text, not a long paragraph. A plan's
 * text copy is tens of KB: a line over MAX_LINE characters is no plan and is left as it is.
 */
const LONG_LINE = 300;
const MAX_LINE = 200_000;
const MIN_SPLITS = 3;

export interface Unflattened {
  text: string;
  /** For each line of `text` (index 0 = line 1), the 1-based line of the given text it came from. */
  origin: number[];
  /** How many given lines were split. */
  splitLines: number;
}

const GLYPH_START = /^[・●◆■○◇◎▽▼▲△★☆□◯•⚫]/;
// A heading number at a token's start: 1, 1., 1、, 1), 施策1, 1地域力の強化 (glued). Not a count, date or
// amount: the character after the number must not be a unit or another digit.
const NUMBER_START = /^(?:施策|柱)?[1-9][0-9]?(?:[.．、)）]|$|(?![0-9０-９年月日号面頁ペ歳人件万億円時分秒%％〜~\-ー:：/,.・周代回名か校台期世倍割点種階丁番つヶケ]|地区|事業))/;
const CIRCLED_START = /^[①-⑳➀-➉❶-❿]/;
const BRACKET_NUMBER_START = /^(?:[(（][0-9１-９]{1,2}[)）]|[\[［【〔][0-9１-９]{1,2}[\]］】〕]|[\[［【〔]\s*(?:施策|柱))/;
const ANGLE_START = /^[〈<《＜]/;
// 【主な事業】…, [+D]令和5年度…: a bracketed label with text after it. A marker alone (【新規】, [+D]) at
// an item's end stays with the item.
const LABEL_START = /^[【\[［][^】\]］]{1,20}[】\]］]\S/;
const LONE_MARKER = new RegExp(`^[【\\[［](?:${MARKER_WORDS}|\\+D|新)[】\\]］]$`);
const TILDE_START = /^[〜~～]/;

type Piece = { sep: string; tok: string };

/** How a part heading can start (checked before the costlier normalisation of every token). */
const MAY_OPEN_PART = /^(?:[TUVIⅠⅡⅢ1-3第【\[〔■□◆◇<＜(（]|基本|目標|主な|重点|組織|施策|各|コラム|取組|取り組み)/;

/** Where a token opens a new line of its own (a heading, a bullet, a label). */
function startsStructure(tok: string, nextTok: string | undefined): boolean {
  if (GLYPH_START.test(tok) || CIRCLED_START.test(tok) || BRACKET_NUMBER_START.test(tok) || ANGLE_START.test(tok)) return true;
  if (NUMBER_START.test(tok)) return true;
  if (LABEL_START.test(tok) || (/^[【［\[]/.test(tok) && /[】\]］]$/.test(tok) && !LONE_MARKER.test(tok))) return true;
  if (MAY_OPEN_PART.test(tok) && partHeadingKind(normalizeForMatch(tok)) !== null) return true;
  if (/^(?:問合せ|問い合わせ|お問い合わせ|問合わせ)/.test(tok) || tok === '問') return true; // a contact line
  // Ⅱ / U alone, then 目標達成に向けた施策: the part number and its heading.
  return /^(?:[TUV]|I{1,3}|[ⅠⅡⅢ])$/.test(tok) && nextTok !== undefined && partHeadingKind(normalizeForMatch(tok + nextTok)) !== null;
}

const bracketOpen = (text: string) => (text.match(/[「『(（【]/g) ?? []).length > (text.match(/[」』)）】]/g) ?? []).length;
const endsSentence = (text: string) => /。[」』)）]?$/.test(text);
const tildeOpen = (text: string) => (text.length > 200 ? false : ((text.match(/[〜~～]/g) ?? []).length % 2) === 1);

function breaksBefore(pieces: Piece[], i: number, current: string): boolean {
  const { sep, tok } = pieces[i];
  if (current === '') return false;
  // "[施策" then "1]安全・安心のまちづくり": a bracket opened just before the space is closed after it.
  if (/[\[［【〔(（〈<「][^\]］】〕)）〉>」]{0,8}$/.test(current)) return false;
  // "U" then "目標達成に向けた施策": one heading, its number and its words.
  if (/^(?:[TUV]|I{1,3}|[ⅠⅡⅢ])$/.test(current) && partHeadingKind(normalizeForMatch(current + tok)) !== null) return false;
  if ([...sep].length >= 2) return true; // a paragraph's indent, or a blank line, flattened
  if (endsSentence(current)) return true;
  if (TILDE_START.test(tok) && !tildeOpen(current)) return true; // 〜subtitle〜 after its heading
  if (/^[〜~～]/.test(current) && /[〜~～]$/.test(current) && !tildeOpen(current)) return true; // after a closed subtitle
  // A part heading stands alone; "【基本目標】愛あふれる ふるさと港南に" carries the goal on its line.
  // (Headings are short: a long run of text is never normalised again at every space.)
  const part = current.length <= 60 ? partHeadingKind(normalizeForMatch(current)) : null;
  if (part !== null && (part !== 'goal' || /基本目標[】\]〕]?$/.test(normalizeForMatch(current)))) return true;
  return startsStructure(tok, pieces[i + 1]?.tok);
}

/**
 * "つながりを大切に 誰もが にこやか くらせるまち 西区 昨年の…行います。": a title whose words are
 * spaced, then the paragraph under it, on one line. Split before the first word group with a comma or
 * full stop after the first, when what follows is a sentence and the title is short and no sentence.
 * Only on heading lines, where a title is expected.
 */
function splitTitleFromParagraph(line: string): string[] {
  const chunks = line.split(' ');
  for (let k = 1; k < chunks.length; k++) {
    if (!/[、。]/.test(chunks[k])) continue;
    const title = chunks.slice(0, k).join(' ');
    const rest = chunks.slice(k).join(' ');
    if (title.includes('。') || [...title].length > 50 || !endsSentence(rest) || bracketOpen(title)) return [line];
    if (/[A-Za-z0-9]$/.test(chunks[k - 1])) return [line];
    return [title, rest];
  }
  return [line];
}

function isHeadingStart(line: string): boolean {
  const [first, second] = line.split(' ');
  return startsStructure(first, second) && !GLYPH_START.test(first);
}

/** A PDF's page number run into the text ("… - 1 - …", "－２－"): page furniture, never a heading. */
const PAGE_NUMBER = /(^|[ \u3000])[-‐－―—−]\s?[0-9０-９]{1,3}\s?[-‐－―—−](?=[ \u3000]|$)/g;

/**
 * ① ② ③ extracted as @ A B (Shift_JIS 0x8740… with only the low byte kept, as Ⅰ Ⅱ Ⅲ become T U V):
 * where "@" opens a word, letters @, A, B … opening words are those circled numbers.
 */
// @ before any word; A … I never before katakana (Bリーグ, Jアラート are names).
const CIRCLED_MOJIBAKE = /(^|[ \u3000])(@(?=[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}「])|[A-I](?=[\p{Script=Han}\p{Script=Hiragana}「]))/gu;
/** The circled number's index a mojibake letter stands for: @ → 0 (①), A → 1 (②) … */
export const circledIndex = (letter: string): number => (letter === '@' ? 0 : letter.charCodeAt(0) - 0x40);
export const circledNumber = (index: number): string => String.fromCodePoint(0x2460 + index);

export function restoreCircledNumbers(text: string): string {
  if (!/(?:^|[ \u3000])@[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}「]/u.test(text)) return text;
  return text.replace(CIRCLED_MOJIBAKE, (_, before: string, letter: string) => before + circledNumber(circledIndex(letter)));
}

function unflattenLine(given: string): string[] | null {
  const line = restoreCircledNumbers(given.replace(PAGE_NUMBER, '$1'));
  const parts = line.split(/([ \u3000]+)/);
  const pieces: Piece[] = [{ sep: '', tok: parts[0] }];
  for (let i = 1; i < parts.length; i += 2) pieces.push({ sep: parts[i], tok: parts[i + 1] ?? '' });
  const out: string[] = [];
  let current = pieces[0].tok;
  for (let i = 1; i < pieces.length; i++) {
    if (pieces[i].tok === '') continue;
    if (breaksBefore(pieces, i, current)) {
      out.push(current);
      current = pieces[i].tok;
    } else {
      current = current === '' ? pieces[i].tok : `${current}${pieces[i].sep}${pieces[i].tok}`;
    }
  }
  out.push(current);
  if (out.length - 1 < MIN_SPLITS) return null;
  // A heading line, or the line after a 基本目標 heading, can hold its title and the paragraph under it.
  const lines: string[] = [];
  for (const l of out) {
    const afterGoal = lines.length > 0 && partHeadingKind(normalizeForMatch(lines[lines.length - 1])) === 'goal';
    lines.push(...(isHeadingStart(l) || afterGoal ? splitTitleFromParagraph(l) : [l]));
  }
  return lines.filter((l) => l.trim() !== '');
}

export function unflattenText(text: string): Unflattened {
  const given = text.split('\n');
  // A flattened copy is (nearly) all one line: a long paragraph inside a text with line breaks is left alone.
  const filled = given.filter((l) => l.trim() !== '').length;
  const isFlat = (line: string) => filled <= 5 || line.length * 2 > text.length;
  const lines: string[] = [];
  const origin: number[] = [];
  let splitLines = 0;
  given.forEach((line, index) => {
    const split = line.length > LONG_LINE && line.length <= MAX_LINE && isFlat(line) ? unflattenLine(line) : null;
    if (split === null) {
      lines.push(line);
      origin.push(index + 1);
      return;
    }
    splitLines++;
    for (const l of split) {
      lines.push(l);
      origin.push(index + 1);
    }
  });
  return { text: lines.join('\n'), origin, splitLines };
}

/**
 * The plan's line numbers point into the split text; map them back to the given text's lines (a
 * one-line text: every item is on line 1), in the spans and in the warnings' messages.
 */
export function toGivenLines(plan: ParsedPlan, origin: number[]): ParsedPlan {
  const at = (n: number) => origin[n - 1] ?? n;
  const span = (s: [number, number]): [number, number] => [at(s[0]), at(s[1])];
  return {
    ...plan,
    stance: plan.stance.map((s) => ({ ...s, lines: span(s.lines) })),
    legend: plan.legend.map((e) => ({ ...e, line: at(e.line) })),
    pillars: plan.pillars.map((p) => ({
      ...p,
      lines: span(p.lines),
      initiatives: p.initiatives.map((i) => ({ ...i, lines: span(i.lines) }))
    })),
    sections: plan.sections.map((s) => ({ ...s, lines: span(s.lines) })),
    warnings: plan.warnings.map((w) => ({ line: at(w.line), message: w.message.replace(/\bline (\d+)/g, (_, n: string) => `line ${at(Number(n))}`) }))
  };
}
