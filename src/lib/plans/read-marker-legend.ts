/**
 * A document's own marker legend: lines outside any pillar's item list that pair a label with a
 * bracketed code, e.g. 戸塚区 2022's table of 4つの重点視点 ("Withコロナ コロナ禍で…への取組 (コ)") and
 * "・令和4年度からの新規事業を含んだ取組(新)". Read from the text, never hard-coded. A PDF legend row
 * can hold several entries with leaders: "★…重点的に取り組む事業　[+D]…ぷらすデジタルの取組".
 */
import type { LegendEntry } from './types';
import { MARKER_WORDS as MARKER_WORD_LIST } from './markers';

const CODE_LAST = /^(?:[・\-]\s*)*(.+?)\s*[(（]([^()（）]{1,4})[)）]$/;
/** Between a code and its meaning: a colon or equals sign, a leader (…, ‥, ..., ・・・), or a table's column break. */
const SEP = '(?:[:：=＝|｜]|[…‥]+|\\.{2,}|・{2,})?';
const CODE_FIRST = new RegExp(`^(?:[・\\-]\\s*)*[(（\\[［]([^()（）\\[\\]［］]{1,4})[)）\\]］]\\s*${SEP}\\s*(.+)$`);
/** "【新】：令和6年度の新規事業": a code of one or two characters in 【】, with a colon or leader after it. */
const LENTICULAR_FIRST = /^(?:[・\-]\s*)*【([^【】\s]{1,2})】\s*(?:[:：=＝]|[…‥]+)\s*(.+)$/;
const STAR_FIRST = new RegExp(`^([★☆◎])\\s*${SEP}\\s*(.{2,40})$`);
/** ○ and ● are item glyphs too: a legend entry only with a colon or leader after them ("○:拡充事業"). */
const CIRCLE_FIRST = /^([○●])\s*(?:[:：=＝]|[…‥]+)\s*(.{2,40})$/;
/** A note that explains a code: "※(新)は令和5年度からの新規事業を含む取組です。" */
const NOTE_FORM = /^※?\s*[(（\[［]([^()（）\[\]［］]{1,4})[)）\]］]\s*(?:は|：|:)\s*、?(.{2,60}?)(?:です|を示します|を表します|を示しています|を表しています)?。?$/;

/**
 * Every legend entry of a line: one, or several separated by wide spaces where each part is an entry
 * ("★…重点事業　[+D]…デジタルの取組"); none if any part is not one. Only call this outside pillars' item lists.
 */
/**
 * A legend written as a sentence: "★は令和３年度の新規事業、☆は拡充事業です。",
 * "平成30年度からの新規事業を含む取組には(新)を付けています。"
 */
const SYMBOL_IS = /^([★☆◎○●])\s*は\s*、?\s*(.{2,40}?)(?:です|を示します|を表します)?$/;
const MARKED_WITH = /^(.{2,50}?)には、?\s*[(（\[［]([^()（）\[\]［］]{1,4})[)）\]］]\s*を(?:付けて|付して|表示して|記載して|示して)(?:います|いる|あります)。?$/;

const MARKED_LIST_END = /^(.+?)を?(?:付けて|付して|表示して|記載して|示して)(?:います|いる|あります)。?$/;
const MARKED_PART = /^(.{2,50}?)に(?:は)?、?\s*[(（\[［【]([^()（）\[\]［］【】]{1,4})[)）\]］】]$/;
/** Where the codes are printed, said at the sentence's end: "…を、取組名の後ろに付けています。" */
const PLACEMENT = /、?\s*(?:取組名|事業名|項目名?|各取組|各事業)?の?(?:後ろ|末尾|最後|文末|前|頭)に$/;

function readLegendSentence(text: string, line: number): LegendEntry[] {
  // "主な事業・取組のうち、★は新規事業、☆は拡充事業を示します。": the lead-in names what the symbols mark.
  const t = text.trim().replace(/。$/, '').replace(/^[^★☆◎○●。]{1,20}(?:のうち|では|について|の中で)、\s*(?=[★☆◎○●]\s*は)/, '');
  const entry = (marker: string, label: string): LegendEntry => ({
    marker: marker.normalize('NFKC').trim(),
    label: label.trim(),
    description: null,
    means_new: /新規|新た|新しい|新設/.test(label) || marker === '新',
    line
  });
  // "新規・拡充の取組には(新)を、デジタルを活用した取組には(デ)を付けています。", after other sentences or not.
  const last = text.trim().split(/(?<=。)(?=.)/).pop()!.trim();
  const listed = MARKED_LIST_END.exec(last);
  if (listed) {
    // ("本方針では、…事業に【新規】、…事業に【拡充】を表示しています。": the lead-in names no code)
    const body = listed[1].replace(PLACEMENT, '').replace(/を$/, '').replace(/^[^、。]{1,12}では、\s*/, '');
    const parts = body.split(/を、\s*|(?<=[)）\]］】])、\s*/).map((p) => MARKED_PART.exec(p.trim()));
    if (parts.length > 1 && parts.every((m) => m !== null)) return parts.map((m) => entry(m![2], m![1]));
  }
  const marked = MARKED_WITH.exec(last);
  if (marked) return [entry(marked[2], marked[1])];
  const parts = t.split(/[、，,]\s*(?=[★☆◎○●]\s*は)/);
  const entries = parts.map((p) => SYMBOL_IS.exec(p.trim().replace(/を(?:示し|表し)ます$|です$/, '')));
  if (entries.every((m) => m !== null && /事業|取組|新規|重点|拡充/.test(m[2]))) return entries.map((m) => entry(m![1], m![2]));
  return [];
}

/** "※重点事業:…": a marker word, a colon and its meaning. */
const WORD_NOTE = new RegExp(`^※\\s*(${MARKER_WORD_LIST})\\s*[:：]\\s*(.{2,60}?)(?:です|を示します|を表します)?。?$`);
/** "重点：区として重点的に取り組む事業", a row of a 【凡例】 box. */
const WORD_ROW = new RegExp(`^(${MARKER_WORD_LIST})\\s*[:：]\\s*([^。]{2,40}?)(?:です)?。?$`);
/** A code's meaning names a kind of work (…事業, …取組); "令和5年度から対象を…広げます" is a footnote. */
const NAMES_A_KIND = /(?:事業|取組|取り組み|もの)$/;
/** "【新規】は…", "、【拡】は…": a short or marker-word code in 【】 opening a clause, read as (新規). */
const LENTICULAR_CODE_IS = new RegExp(`(^※?\\s*|、\\s*)【(${MARKER_WORD_LIST}|[^【】]{1,2})】(?=\\s*は)`, 'g');

/**
 * A sentence that explains a code, read wherever it is printed (under a table, between items):
 * "★は平成29年度の新規事業です。", "※（新）は令和5年度からの新規事業を含む取組です。".
 */
export function readLegendNote(text: string, line: number): LegendEntry[] {
  // "※重点事業:区の重点として特に力を入れて取り組む事業です。": a marker word and its meaning.
  // (several on one line: "※重点事業:… ※新規事業:…")
  const wordParts = text.trim().split(/\s+(?=※)/);
  const words = wordParts.map((p) => WORD_NOTE.exec(p));
  // (a meaning names a kind of work, …事業 / …取組; "※拡充:令和5年度から対象を…広げます。" is an item's footnote)
  if (words.every((m) => m !== null && NAMES_A_KIND.test(m[2].trim()))) return words.map((m) => ({ marker: m![1], label: m![2].trim(), description: null, means_new: /新規|新た/.test(m![1] + m![2]), line }));
  // "※事業名の後ろの(新規事業)は…", "【新規】は…": a lead-in naming where the code is printed, and 【】 codes.
  const t = text
    .trim()
    .replace(/^(※?\s*)[^。()（）【】]{1,12}の(?=[(（\[［【])/, '$1')
    .replace(LENTICULAR_CODE_IS, '$1($2)');
  const opensWithCode = /^※?\s*(?:[★☆◎]|[(\[][^()[\]]{1,4}[)\]])\s*は/.test(t.normalize('NFKC'));
  if (!opensWithCode || !/(?:です|を示します|を表します|を示しています|を表しています)。?$/.test(t)) return [];
  const sentence = readLegendSentence(t.replace(/^※\s*/, ''), line);
  if (sentence.length > 0) return sentence;
  // "※（重）は区の重点的な取組、（新）は新規事業を含む取組です。": one entry per code.
  const parts = t.split(/、\s*(?=[(（\[［][^()（）\[\]［］]{1,4}[)）\]］]\s*は)/);
  const entries = parts.map((p, k) => readLegendLine(k < parts.length - 1 ? `${p}です。` : p, line));
  return entries.every((e) => e !== null) ? (entries as LegendEntry[]) : [];
}

export function readLegendLines(text: string, line: number): LegendEntry[] {
  const sentence = readLegendSentence(text, line);
  if (sentence.length > 0) return sentence;
  const wide =
    everyPart(text.trim().split(/\u3000+|\s{2,}/), line) ??
    everyPart(text.trim().split(BEFORE_SYMBOL), line) ??
    everyPart(text.trim().split(BEFORE_CODE_COLON), line);
  if (wide) return wide;
  const one = readLegendLine(text, line);
  return one ? [one] : [];
}

/** A bracketed code of 1–4 characters, as legend rows print it. */
const CODE = '[(（\\[［][^()（）\\[\\]［］]{1,4}[)）\\]］]';
const BEFORE_CODE = new RegExp(`\\s+(?=${CODE})`);
/** Before a symbol code: "★:新規事業 ○:拡充事業". */
const BEFORE_SYMBOL = /\s+(?=[★☆◎○●]\s*(?:[:：=＝]|[…‥]+))/;
const AFTER_CODE = new RegExp(`(?<=${CODE})\\s+`);
/** Before a code with a colon after it: "★:新規・拡充の取組 [+D]:ぷらすデジタルの取組". */
const BEFORE_CODE_COLON = new RegExp(`\\s+(?=(?:${CODE}|[★☆◎])\\s*[:：])`);
/** A line that opens with a code and a colon ("★:…", "[+D]:…"): a legend row wherever it is printed. */
export const CODE_COLON_LINE = new RegExp(`^(?:${CODE}|[★☆◎])\\s*[:：]`);

/** Entries of every part, or null where there is one part or a part is not an entry. */
function everyPart(parts: string[], line: number): LegendEntry[] | null {
  const kept = parts.filter((p) => p.trim() !== '');
  if (kept.length < 2) return null;
  const entries = kept.map((p) => readLegendLine(p, line));
  return entries.every((e) => e !== null) ? (entries as LegendEntry[]) : null;
}

/** 「凡例」 as a label: alone ("【凡例】"), or before its entries on the same line ("凡例 (新)新規事業 (デ)…"). */
const LEGEND_LABEL = /^[【\[［<＜《〈(（]?\s*凡\s*例\s*[】\]］>＞》〉)）]?\s*[:：]?\s*(.*)$/;
/** A legend table's caption or header row: "マークの見方", "記号について", "マーク | 内容", "記号　説明". */
const LEGEND_CAPTION = /^[【\[［<＜]?(?:マーク|記号|アイコン)(?:の見方|の説明|の意味|について|一覧)[】\]］>＞]?$|^(?:マーク|記号|アイコン)\s*[|｜\t]?\s*(?:内容|説明|意味)$/;

/** Words a legend table's header row is made of: "重点視点 | 内容 | 表示", "マーク	説明". */
const HEADER_CELL = /^(?:重点視点|視点|マーク|記号|アイコン|表示|内容|説明|意味|区分|略号|凡例)$/;

function isLegendHeaderRow(text: string): boolean {
  const cells = text.trim().split(/\s*[|｜]\s*|\t+|[ \u3000]{2,}/).filter((c) => c !== '');
  return cells.length >= 2 && cells.length <= 4 && cells.every((c) => HEADER_CELL.test(c)) && cells.some((c) => /視点|マーク|記号|アイコン|表示/.test(c));
}

/**
 * A line labelled 凡例, or a legend table's caption or header row (anywhere in the document: some plans
 * print it after the pillars, or at the top of Ⅱ): its entries,
 * which may be separated by single spaces ("(新)新規事業 (デ)デジタル活用", "新規事業(新) デジタル(デ)").
 * Null where the line is no such label; an empty list for the label alone (its rows follow).
 */
export function readLegendLabelLine(text: string, line: number): LegendEntry[] | null {
  if (LEGEND_CAPTION.test(text.trim()) || isLegendHeaderRow(text)) return [];
  const m = LEGEND_LABEL.exec(text.trim());
  if (!m) return null;
  const rest = m[1].trim();
  if (rest === '') return [];
  const entries = everyPart(rest.split(BEFORE_CODE), line) ?? everyPart(rest.split(AFTER_CODE), line) ?? readLegendLines(rest, line);
  return entries.length > 0 ? entries : null;
}

/** Brackets that qualify a price or a name, never a marker: (税込), (仮称), (予定), (無料). */
const NOT_A_CODE = /^(?:税込|税抜|税別|仮称|予定|無料|有料|要予約|先着順|抽選|再掲|続き|抜粋|例|特集|注|参考|別紙|写真)$/;

/** Legend entry in a line, or null. Only call this outside pillars' item lists. */
export function readLegendLine(text: string, line: number): LegendEntry | null {
  const t = text.trim();
  // A plan's title with its ward in brackets ("令和5年度区運営方針（青葉区）") is no legend row.
  if (t.length > 120 || t.includes('運営方針')) return null;
  // "重点：区として重点的に取り組む事業" under 【凡例】: a marker word, a colon, its meaning.
  const bareWord = WORD_ROW.exec(t);
  if (bareWord && NAMES_A_KIND.test(bareWord[2].trim())) {
    return { marker: bareWord[1], label: bareWord[2].trim(), description: null, means_new: /新規|新た/.test(bareWord[1] + bareWord[2]), line };
  }
  const note = NOTE_FORM.exec(t);
  if (note && /新規|新た|新しい|重点|拡充|デジタル|事業|取組/.test(note[2]) && !NOT_A_CODE.test(note[1].normalize('NFKC').trim())) {
    const marker = note[1].normalize('NFKC').trim();
    return { marker, label: note[2].trim(), description: null, means_new: /新規|新た|新しい|新設/.test(note[2]) || marker === '新' || marker === '新規', line };
  }
  let marker: string;
  let rest: string;
  const last = CODE_LAST.exec(t);
  const first = CODE_FIRST.exec(t) ?? LENTICULAR_FIRST.exec(t);
  const star = STAR_FIRST.exec(t);
  const circle = CIRCLE_FIRST.exec(t);
  if (last && !/[(（]/.test(last[1].slice(-1))) {
    marker = last[2];
    rest = last[1];
  } else if (first) {
    marker = first[1];
    rest = first[2];
  } else if (star && /事業|取組|新規|重点|拡充/.test(star[2]) && !star[2].includes('。')) {
    marker = star[1]; // ☆ stays ☆: a legend can give it a meaning of its own (☆…拡充事業)
    rest = star[2];
  } else if (circle && /事業|取組|新規|重点|拡充/.test(circle[2]) && !circle[2].includes('。')) {
    marker = circle[1];
    rest = circle[2];
  } else {
    return null;
  }
  marker = marker.normalize('NFKC').trim();
  // A sentence that happens to end in brackets is not a legend row; a code with a digit is a number
  // ((1), (特集2), (注1)), never a marker.
  // "■ 転入者向け地域情報の発信 (新規事業)": an item behind its glyph, with its code, is no legend row.
  if (rest.includes('。') || marker === '' || /[0-9]/.test(marker) || NOT_A_CODE.test(marker) || /^[◆■◇□▽]/.test(rest.trim())) return null;
  const split = /^(\S{1,16})\s+(\S.*)$/.exec(rest.trim()) ?? /^([^:：\s]{1,16})[:：]\s*(\S.*)$/.exec(rest.trim());
  const label = split ? split[1] : rest.trim();
  const description = split ? split[2].trim() : null;
  const meansNew = /新規|新た|新しい|新設/.test(rest) || marker === '新' || marker === '新規';
  return { marker, label, description, means_new: meansNew, line };
}
