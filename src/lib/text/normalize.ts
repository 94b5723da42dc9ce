/**
 * Text folding for matching (guides/data-contract.md "Text"): NFKC plus the folds NFKC misses.
 * Always match on these, always show the published text.
 */

/** NFKC, 〜/～ → ~, ヶ → ケ, all white space removed. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u301C\uFF5E\u2053]/g, '~')
    .replace(/[ヶヵ]/g, (c) => (c === 'ヶ' ? 'ケ' : 'カ'))
    .replace(/\s+/g, '');
}

/**
 * The initiatives.search_text column: the item's texts folded for matching and lower-cased once here,
 * so a search is a plain `contains()` (lower() per row at query time cost ~0.35 s at 100k rows).
 */
export function searchTextOf(parts: readonly (string | null | undefined)[]): string {
  return normalizeForMatch(parts.filter(Boolean).join(' ')).toLowerCase();
}

/** NFKC with white space collapsed (not removed): for display-adjacent keys. */
export function normalizeSpaces(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** Levenshtein distance over code points (OCR variants such as 子育で/子育て are distance 1). */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[t.length];
}

/** Edit distance allowed between two names of this length: about one slip per eight characters. */
export function nameTolerance(length: number): number {
  return Math.max(1, Math.floor(length / 8));
}

/** True where two names match after folding, within the OCR tolerance. */
export function namesMatch(a: string, b: string): boolean {
  const x = normalizeForMatch(a);
  const y = normalizeForMatch(b);
  if (x === y) return true;
  return editDistance(x, y) <= nameTolerance(Math.min([...x].length, [...y].length));
}
