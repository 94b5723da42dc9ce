/**
 * A 256-bit signature of the character bigrams of a search_text (eight 32-bit words), stored with each
 * initiative. A substring's bigrams are a subset of its text's, so `(bits_k & q_k) = q_k` for every word
 * k is a necessary condition for `contains(search_text, q)`: cheap integer tests discard most rows
 * before the string scan, which is what keeps substring search fast at 100k–1M rows. Never a false
 * negative; false positives are removed by the contains() that follows.
 */
import { searchTextOf } from './normalize';

export const SEARCH_BITS_WORDS = 8;
export const SEARCH_BITS_COLUMNS = Array.from({ length: SEARCH_BITS_WORDS }, (_, k) => `search_bits_${k}`);

/** Bit 0–255 of the bigram (a, b) of UTF-16 code units: a multiplicative hash, top 8 bits. */
function bigramBit(a: number, b: number): number {
  return Math.imul(Math.imul(a, 0x10001) ^ b, 0x9e3779b1) >>> 24;
}

/** The signature words of already folded text (see searchTextOf); all zero for text shorter than 2. */
export function searchBits(folded: string): number[] {
  const words = new Array<number>(SEARCH_BITS_WORDS).fill(0);
  for (let i = 0; i + 1 < folded.length; i++) {
    const bit = bigramBit(folded.charCodeAt(i), folded.charCodeAt(i + 1));
    words[bit >>> 5] |= 1 << (bit & 31);
  }
  return words;
}

/** The signature as table columns: { search_bits_0: …, …, search_bits_7: … }. */
export function searchBitsColumns(folded: string): Record<string, number> {
  const words = searchBits(folded);
  return Object.fromEntries(SEARCH_BITS_COLUMNS.map((name, k) => [name, words[k]]));
}

/** An initiative's search columns from its texts: search_text and its signature words. */
export function searchColumns(parts: readonly (string | null | undefined)[]): { search_text: string } & Record<string, number | string> {
  const search_text = searchTextOf(parts);
  return { search_text, ...searchBitsColumns(search_text) };
}
