/**
 * Character n-gram similarity for Japanese names and titles.
 *
 * Japanese has no spaces between words, so word tokens are unavailable without a dictionary; character
 * bigrams over the folded text (normalizeForMatch) capture compounds such as 防災 / 訓練 well and stay
 * tolerant of one-character OCR slips (子育で/子育て) and inserted particles (の, と).
 *
 * Choice: Dice coefficient over bigram *multisets* (2·|A∩B| / (|A|+|B|)). Dice rewards shared grams
 * more than Jaccard does, which suits short titles where one added qualifier would otherwise halve the
 * score; multisets (not sets) keep repeated compounds (担い手育成 … 担い手育成) from being undercounted.
 */
import { normalizeForMatch } from '../text/normalize';

/** Character n-grams of already-folded text. A string shorter than n yields itself as its only gram. */
export function charNgrams(folded: string, n = 2): string[] {
  const chars = [...folded];
  if (chars.length === 0) return [];
  if (chars.length < n) return [chars.join('')];
  const out: string[] = [];
  for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
  return out;
}

/** Dice coefficient of two gram multisets: 1 for equal bags, 0 for disjoint ones. Two empty bags are equal. */
export function diceOfGrams(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const g of a) counts.set(g, (counts.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of b) {
    const c = counts.get(g) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(g, c - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** Bigram Dice similarity of two texts after folding (NFKC, 〜→~, ヶ→ケ, spaces removed). In [0, 1]. */
export function textSimilarity(a: string, b: string): number {
  const x = normalizeForMatch(a);
  const y = normalizeForMatch(b);
  if (x === y) return 1;
  return diceOfGrams(charNgrams(x), charNgrams(y));
}
