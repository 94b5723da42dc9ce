/**
 * The pieces of a pillar's item list: glyph headings with 【…事業】, ・ bullets, flattened table rows,
 * and overview program-name lists. Titles follow data-contract.md.
 */
import { cutTo40 } from './cut-title';
import { normalizeForMatch } from '../text/normalize';
import { type MarkerContext, MARKER_WORDS, stripMarkers } from './markers';
import { splitRenameNotes } from './rename-note';

export const ITEM_GLYPHS = /^[◆●■○◇◎★☆]/;

/** A sentence that introduces the list under it: "…次の取組を進めます。", "以下のとおり実施します。", "…：". */
export const LIST_LEAD = /(?:次の|以下の)[^。]{0,24}(?:ます|です)?。$|[:：]$/;

export interface GlyphHeading {
  glyph: string;
  title: string;
  program_name: string | null;
  /** 「(旧:…)」 rename notes printed with the heading (rename-note.ts). */
  notes: string[];
}

/** "◆泉区の魅力づくりと発信【定住・転入促進事業】" → title + program name. */
export function readGlyphHeading(text: string, ctx: MarkerContext): GlyphHeading | null {
  const m = /^([◆●■○◇◎★☆])\s*(.*)$/.exec(text.trim());
  if (!m || m[2].trim() === '') return null;
  // 【…事業】(旧:…事業): the note comes off first, or it hides the program name at the end.
  const { rest: heading, notes } = splitRenameNotes(m[2]);
  const { rest, program } = takeProgramName(heading);
  // "◆★…": the star is a marker, not part of the title.
  return { glyph: m[1], title: stripMarkers(rest.replace(/^[★☆]\s*/, ''), ctx).trim(), program_name: program, notes };
}

/** A marker word, printed in 【】 or bare next to a program name: never a program name itself. */
export const MARKER_WORD = new RegExp(`^(?:${MARKER_WORDS})$`);
/**
 * What a program name can be followed by and still end the heading: codes in brackets ((新) ［新規］ ＜新規＞
 * 《新規》 〈新〉), a marker word in 【】 or set apart (【拡充】, 　新規事業), ※-labels and stars.
 */
const MARKER_AFTER_NAME =
  `(?:[(（\\[［<＜《〈][^()（）\\[\\]［］<>＜＞《》〈〉]{1,8}[)）\\]］>＞》〉]|【(?:${MARKER_WORDS}|[^【】\\s]{1,2})】|(?:${MARKER_WORDS})(?=\\s|$)|※[^\\s【】]{1,8}|[★☆])`;
const isMarkerWord = (text: string): boolean => MARKER_WORD.test(text.trim());
/** Words in 【】 that say something about the entry, never its program's name: 【再掲】, 【継続】, 【一部新規】. */
const NOTE_WORD = /^(?:再掲|継続|一部新規|一部拡充|新規・拡充|拡充・新規|新規拡充|参考|終了|廃止)$/;
// 【新】【拡】: a code of one or two characters in 【】 (a legend's), never a program's name.
const isNoName = (text: string): boolean => isMarkerWord(text) || NOTE_WORD.test(text.trim()) || [...text.trim()].length <= 2;

/** Split off a trailing 【…】 program name (a marker in 【】 such as 【新規】 stays for the marker reader). */
export function takeProgramName(text: string): { rest: string; program: string | null } {
  // "【地域防災推進事業】地域防災力の向上": the program name printed first (a …事業 name only).
  const lead = /^【([^【】]*事業)】\s*(\S.*)$/.exec(text.trim());
  if (lead && !isNoName(lead[1]) && !/【[^【】]+】\s*(?:[(（\[［][^()（）\[\]［］]{1,8}[)）\]］]\s*)*$/.test(lead[2])) {
    return { rest: lead[2].trim(), program: lead[1].trim() };
  }
  const m = new RegExp(`^(.*?)\\s*【([^【】]+)】\\s*((?:${MARKER_AFTER_NAME}\\s*)*)$`).exec(text.trim());
  if (!m || isNoName(m[2])) return { rest: text.trim(), program: null };
  return { rest: `${m[1]}${m[3] ? ' ' + m[3] : ''}`.trim(), program: m[2].trim() };
}

/** A line that is only a program name: "【妊娠期から子育て期まで切れ目のない支援充実事業】". */
export function readProgramNameLine(text: string): string | null {
  const m = /^【([^【】]+)】$/.exec(text.trim());
  return m ? m[1].trim() : null;
}

/** Only markers: bracketed codes, ※-labels, stars, or one bare marker word (新規, 拡充, 重点…). */
const MARKERS_ONLY = /^(?:(?:[(（\[［][^()（）\[\]［］]{1,8}[)）\]］]|※[^\s【】]{1,8}|[★☆])\s*)+$/;
const isMarkersOnly = (text: string): boolean => MARKERS_ONLY.test(text.trim()) || isMarkerWord(text);

/**
 * A program name on a line of its own with markers after it: "（事業名：地域防災力向上事業）　拡充",
 * "事業名：…", "【…事業】（新規）". `after` is what follows the name (markers only for 【…】).
 */
export function readNamedProgramLine(text: string): { name: string; after: string } | null {
  const t = text.trim();
  const field = /^(?:[(（]\s*事業名\s*[：:]\s*([^()（）]+?)\s*[)）]|事業名\s*[：:]\s*(\S+))\s*(.*)$/.exec(t);
  if (field) return { name: (field[1] ?? field[2]).trim(), after: field[3].trim() };
  const bracketed = /^【([^【】]+)】\s*(.+)$/.exec(t);
  if (bracketed && isMarkersOnly(bracketed[2]) && !isNoName(bracketed[1])) {
    return { name: bracketed[1].trim(), after: bracketed[2].trim() };
  }
  return null;
}

/** The same, with 「(旧:…)」 notes allowed after the name: "【…事業】（旧：…事業）". */
export function readProgramNameLineWithNotes(text: string): { name: string; notes: string[] } | null {
  const { rest, notes } = splitRenameNotes(text);
  const name = readProgramNameLine(rest);
  return name === null ? null : { name, notes };
}

/**
 * Katakana enumeration, the 公用文 sub-list under (1)(2)…: "ア …", "イ　…", "ウ、…", "（エ）…". A lone
 * letter of the sequence followed by a space, 、 or ．, or in brackets (so "アート…" is not one).
 */
const KANA_ENUMERATION = /^(?:[アイウエオカキクケコサシスセソタチツテト](?:[\s\u3000、．.]\s*)|[(（][アイウエオカキクケコサシスセソタチツテト][)）]\s*)(.+)$/;

/** Whether a line opens with a katakana enumeration letter (ア …, （イ）…). */
export const isKanaEnumeration = (text: string): boolean => KANA_ENUMERATION.test(text.trim());

/** "- ・…", "- …", "・…", "•…", "ア …" → the bullet's text, or null. */
export function readBullet(text: string): string | null {
  const t = text.trim();
  const m = /^(?:[-‐－]\s*)?[・•･]\s*(.+)$/.exec(t) ?? /^[-‐－]\s+(.+)$/.exec(t) ?? KANA_ENUMERATION.exec(t);
  return m ? m[1].trim() : null;
}

const NAME_LIKE = /(?:事業|プラン|プロジェクト|計画|制度|講座|運動|キャンペーン)$/;

/**
 * A bullet whose first clause ends with a program name ("・地域防災拠点の訓練支援【地域防災推進事業】(新)")
 * or opens with one: the bullet without it, and the name. Where it sits elsewhere it stays in the text.
 */
export function takeBulletProgram(text: string): { rest: string; program: string | null } {
  const stop = text.indexOf('。');
  const first = stop < 0 ? text : text.slice(0, stop);
  const { rest, program } = takeProgramName(first);
  // In a bullet, 【…】 is a name only where it reads as one (…事業, …プラン) or is longer than a label.
  if (program === null || !(NAME_LIKE.test(program) || [...program].length > 6)) return { rest: text, program: null };
  return { rest: rest + (stop < 0 ? '' : text.slice(stop)), program };
}

/** Title of a bullet item: text to the first 。 without marker codes, cut to 40 characters with …. */
export function bulletTitle(text: string, ctx: MarkerContext): string {
  const sentence = text.split('。')[0];
  const title = stripMarkers(sentence, ctx).replace(/\s+$/, '');
  return cutTo40(title);
}

/** Header of a flattened 主な事業・取組 | 内容 table. */
export function isTableHeader(text: string): boolean {
  const cells = splitTableRow(text) ?? splitSpacedRow(text);
  if (cells === null) return false;
  // 主な事業・取組 | 内容, 事業名 | 概要, 取組 | 取組内容 …: a header names the columns and nothing else.
  const name = /^主な(?:事業・取組|事業|取組|取り組み)/.test(cells[0]) || /^(?:事業・取組|事業・取り組み|事業名|取組名|事業|取組|取り組み)$/.test(cells[0]);
  return name && /^(?:内容|概要|取組内容|事業内容|事業概要|説明)/.test(cells[1]);
}

/**
 * A row whose columns the extraction left one space apart ("自助・共助推進事業 防災講演会を開催します。"): split at
 * the first space, where the name before it holds no sentence and the text after it reads as one. Only
 * used under a header printed the same way (a name can hold a space elsewhere).
 */
export function splitSpacedRow(text: string): [string, string] | null {
  const m = /^(\S[^\s。]{0,40}?)[ \u3000](\S.*)$/.exec(text.trim());
  if (!m) return null;
  return [m[1], m[2].trim()];
}

/** "name<TAB | 2+ spaces | |>description" → [name, description], or null. */
export function splitTableRow(text: string): [string, string] | null {
  const t = text.trim().replace(/^\|\s*/, '').replace(/\s*\|$/, '');
  const m = /^(.+?)(?:\s*[|｜]\s*|\t+\s*|[ \u3000]{2,})(.+)$/.exec(t);
  if (!m) return null;
  const name = m[1].trim();
  const rest = m[2].replace(/\s*[|｜]\s*/g, ' ').trim();
  if (name === '' || rest === '' || name.includes('。')) return null;
  return [name, rest];
}

/**
 * "定住・転入促進事業、いずみ文化振興事業 水・緑・みち魅力づくり支援事業 等" → the names.
 * Returns null where the line is not such a list.
 */
export function readProgramList(text: string): string[] | null {
  // A ◆ heading whose 「(旧:…事業、…事業)」 note lists names is an item, not an overview list.
  // ("主な事業：金沢防災“えん”づくり事業、… 等": the label is no part of the first name)
  const t = splitRenameNotes(text.trim()).rest.replace(/^[【\[]?(?:主な|主要)?(?:事業|取組)[】\]]?\s*[:：]\s*/, '');
  if (t.includes('。') || !/事業/.test(t) || ITEM_GLYPHS.test(t)) return null;
  if (!/(?:等|など|ほか)$/.test(t) && !/事業[、,]/.test(t)) return null;
  const body = t.replace(/\s*(?:等|など|ほか)$/, '');
  const names = body
    .split(/[、,]|(?<=事業)[\s\u3000]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (names.length === 0 || !names.every((n) => /事業/.test(n) || [...n].length <= 30)) return null;
  return names;
}

/** Key for comparing program names and titles. */
export function nameKey(text: string): string {
  return normalizeForMatch(text);
}
