/**
 * Marker labels attached to items ((新)(コ)(デ), （新）, [新規], (新規事業), ※重点事業, ★, [+D]).
 * Markers are NFKC with brackets removed. Words in running prose (新たに, 重点を置いて) are not markers:
 * only bracketed codes, ※-labels and a ★ opening or closing an item count.
 */
import type { LegendEntry } from './types';

/** Labels recognised in brackets anywhere in an item, with or without a legend. */
const KNOWN_LABELS = new Set(['新', '新規', '新規事業', '拡充', '重点', '重点事業', '+D', 'D', '継続', '充実', '新規・拡充']);

// Brackets around a code: ( ) [ ] 【 】, and the angle brackets some wards use (＜拡充＞, 《新規》, 〈新〉;
// NFKC turns ＜＞ into <>). Captions in angle brackets are no marker: their words are no known code.
const BRACKETED = /[(（\[［【<＜《〈]\s*([^()（）\[\]［］【】<>＜＞《》〈〉]{1,8}?)\s*[)）\]］】>＞》〉]/g;
const TRAILING_CODES = /(?:\s*[(（][^()（）]{1,3}[)）])+\s*$/;
/** The marker words plans print as labels (※新規事業, 【拡充】, …の啓発　拡充), longest first. */
export const MARKER_WORDS = '新規事業|重点事業|拡充事業|新規|重点|拡充';
// "※新規・重点", "※新規事業・重点事業": one ※ over several words.
const NOTE_LABEL = new RegExp(`※\\s*((?:${MARKER_WORDS})(?:\\s*[・、/]\\s*(?:${MARKER_WORDS}))*)`, 'g');
/** "…を呼びかけます。拡充": a marker word right after the text's last sentence (a table cell's end; a line
 * that goes on, "…進めます。新規" / "就農者への…", is a wrapped sentence). */
const AFTER_STOP = new RegExp(`(?<=。)(${MARKER_WORDS})(?=[ \\t\\u3000]*(?:[(（\\[［][^()（）\\[\\]［］\\n]{1,8}[)）\\]］][ \\t\\u3000]*)*$)`, 'g');
/** "新規：地域包括ケアシステムの推進": a marker word with a colon opening a line labels what follows. */
export const LEADING_LABEL = new RegExp(`^([ \\t\\u3000]*(?:[・\\-◆●■○◇◎][ \\t\\u3000]*)?)(${MARKER_WORDS})[ \\t\\u3000]*[:：][ \\t\\u3000]*`, 'gm');
/**
 * A marker word set apart at the end of a line ("特殊詐欺被害防止の啓発　拡充", "…の推進 新規 (デ)"): a label
 * printed after the name, not prose, which runs on without a space ("…を拡充します"), nor a line the
 * extraction broke after a particle ("…相談支援体制の 拡充").
 */
const SPACED_WORD = new RegExp(
  `(?<![のをとやにがへで\\s\\u3000])[ \\t\\u3000]+(${MARKER_WORDS})(?=(?:[ \\t\\u3000]+(?:${MARKER_WORDS}))*[ \\t\\u3000]*(?:[(（\\[［][^()（）\\[\\]［］\\n]{1,8}[)）\\]］][ \\t\\u3000]*)*$)`,
  'gm'
);

export interface MarkerContext {
  /** Codes from the document's own legend (NFKC, no brackets). */
  legendCodes: Set<string>;
}

export function markerContext(legend: LegendEntry[]): MarkerContext {
  return { legendCodes: new Set(legend.map((e) => e.marker)) };
}

const NEVER_A_CODE = /^[春夏秋冬月火水木金土日祝仮予済例注他外案英中韓]$/;

/** A code the document's legend names, or one of the labels plans print without one ((新), [新規], …). */
export function isDeclaredCode(code: string, ctx: MarkerContext): boolean {
  return ctx.legendCodes.has(code) || KNOWN_LABELS.has(code);
}

function isMarkerCode(code: string, ctx: MarkerContext, trailing: boolean): boolean {
  if (ctx.legendCodes.has(code) || KNOWN_LABELS.has(code)) return true;
  // Without a legend entry, a lone one-character code at the end of an item ((コ), (新)) is still a code
  // (a legend can be read only in part); a season, a weekday or (仮) is never one: 区民まつりの開催（秋）.
  return trailing && [...code].length === 1 && !/[0-9A-Za-z]/.test(code) && !NEVER_A_CODE.test(code);
}

/** Marker codes in order of appearance, deduplicated. */
export function extractMarkers(text: string, ctx: MarkerContext): string[] {
  const t = text.normalize('NFKC');
  const found: { at: number; code: string }[] = [];
  const trailingRun = TRAILING_CODES.exec(t);
  const trailingStart = trailingRun ? trailingRun.index : t.length;
  // ☆ is ★ printed hollow, unless the document's legend gives it a meaning of its own (☆…拡充事業).
  const star = (printed: string) => (printed === '☆' && ctx.legendCodes.has('☆') ? '☆' : '★');
  const leadingStar = /^\s*(?:[・\-◆●■○◇◎]\s*)?([★☆])/.exec(t);
  if (leadingStar) found.push({ at: 0, code: star(leadingStar[1]) });
  // "…を充実します。★": a star closing an item (or one of its lines) marks it as well.
  const trailingStar = /[★☆](?=\s*(?:[(（\[［][^()（）\[\]［］]{1,8}[)）\]］]\s*)*$)/m.exec(t);
  if (trailingStar) found.push({ at: trailingStar.index, code: star(trailingStar[0]) });
  for (const m of t.matchAll(BRACKETED)) {
    const code = m[1].trim();
    if (isMarkerCode(code, ctx, (m.index ?? 0) >= trailingStart)) found.push({ at: m.index ?? 0, code });
  }
  for (const m of t.matchAll(NOTE_LABEL)) for (const code of m[1].split(/\s*[・、/]\s*/)) found.push({ at: m.index ?? 0, code });
  for (const m of t.matchAll(LEADING_LABEL)) found.push({ at: m.index ?? 0, code: m[2] });
  for (const m of t.matchAll(AFTER_STOP)) found.push({ at: m.index ?? 0, code: m[1] });
  for (const m of t.matchAll(SPACED_WORD)) found.push({ at: m.index ?? 0, code: m[1] });
  // A symbol the legend defines (◎：重点事業) opening or closing an item marks it, as ★ does.
  for (const code of legendSymbols(ctx)) {
    const at = symbolAt(t, code);
    if (at !== null) found.push({ at, code });
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.code))];
}

/** The text without its marker codes (for titles). */
export function stripMarkers(text: string, ctx: MarkerContext): string {
  let out = text.replace(/^\s*[★☆]\s*/, '').replace(/\s*[★☆]\s*$/, '');
  for (const code of legendSymbols(ctx)) {
    if (out.trim().startsWith(code)) out = out.trim().slice(code.length);
    if (out.trim().endsWith(code)) out = out.trim().slice(0, -code.length);
  }
  out = out.replace(/[(（\[［【<＜《〈]\s*([^()（）\[\]［］【】<>＜＞《》〈〉]{1,8}?)\s*[)）\]］】>＞》〉]/g, (whole, code: string) => {
    const c = code.normalize('NFKC').trim();
    return ctx.legendCodes.has(c) || KNOWN_LABELS.has(c) || ([...c].length === 1 && /[^\x00-\x7f]/.test(c) && !NEVER_A_CODE.test(c) && isTrailingIn(text, whole)) ? '' : whole;
  });
  out = out.replace(NOTE_LABEL, '');
  out = out.replace(LEADING_LABEL, '$1');
  out = out.replace(AFTER_STOP, '');
  out = out.replace(SPACED_WORD, '');
  return out.trim();
}

/** Legend codes that are one symbol (◎, ○, ●…), not a letter or digit; ★ is read on its own above. */
function legendSymbols(ctx: MarkerContext): string[] {
  return [...ctx.legendCodes].filter((c) => [...c].length === 1 && c !== '★' && c !== '☆' && !/[\p{L}\p{N}]/u.test(c));
}

/** Where `symbol` opens (after a ・ or - bullet) or closes the text or one of its lines, else null. */
function symbolAt(text: string, symbol: string): number | null {
  const lead = /^\s*(?:[・\-]\s*)?/.exec(text)?.[0].length ?? 0;
  if (text.startsWith(symbol, lead)) return lead;
  for (const line of text.split('\n')) {
    const trimmed = line.trimEnd();
    if (trimmed.endsWith(symbol)) return text.indexOf(line) + trimmed.length - symbol.length;
  }
  return null;
}

function isTrailingIn(text: string, piece: string): boolean {
  const run = TRAILING_CODES.exec(text);
  return run !== null && run[0].includes(piece);
}

/** True where a marker says the work is new. */
export function markerMeansNew(code: string): boolean {
  return /^新/.test(code);
}
