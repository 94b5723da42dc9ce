/**
 * The search signature may only ever skip rows that cannot match: every bigram of a substring is a
 * bigram of the text, so the substring's bits are a subset of the text's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEARCH_BITS_COLUMNS, SEARCH_BITS_WORDS, searchBits, searchColumns } from '../../src/lib/text/search-bits';

const subsetOf = (a: number[], b: number[]) => a.every((w, k) => (w & b[k]) === w);
const japaneseText = fc.string({ unit: fc.constantFrom(...'子育て支援見守り活動地域防災区役所デジタル商店街の魅力ＤＸdx０1 　【】（新）'), minLength: 0, maxLength: 300 });

describe('searchBits', () => {
  it('gives every substring of two or more characters a subset of the text’s bits', () => {
    fc.assert(
      fc.property(japaneseText, fc.nat(), fc.nat(), (text, a, b) => {
        const folded = searchColumns([text]).search_text;
        const from = folded.length === 0 ? 0 : a % folded.length;
        const to = Math.min(folded.length, from + 2 + (b % 12));
        const q = folded.slice(from, to);
        expect(subsetOf(searchBits(q), searchBits(folded))).toBe(true);
      }),
      { numRuns: 500 }
    );
  });

  it('is all zero below two characters and sets one bit per distinct bigram at most', () => {
    expect(searchBits('')).toEqual(new Array(SEARCH_BITS_WORDS).fill(0));
    expect(searchBits('子')).toEqual(new Array(SEARCH_BITS_WORDS).fill(0));
    const popcount = (ws: number[]) => ws.reduce((n, w) => n + [...(w >>> 0).toString(2)].filter((c) => c === '1').length, 0);
    expect(popcount(searchBits('子育'))).toBe(1);
    expect(popcount(searchBits('子育て支援'))).toBeGreaterThanOrEqual(1);
    expect(popcount(searchBits('子育て支援'))).toBeLessThanOrEqual(4);
  });

  it('tells different texts apart (a text without a bigram usually lacks its bit)', () => {
    // Over many unrelated short pairs, most are rejected by the signature alone.
    let rejected = 0;
    const pairs = [['見守り', '子育て支援'], ['防災', '商店街の魅力'], ['デジタル', '地域防災'], ['特殊詐欺', '区役所サービス']];
    for (const [q, text] of pairs) if (!subsetOf(searchBits(q), searchBits(text))) rejected++;
    expect(rejected).toBeGreaterThanOrEqual(3);
  });

  it('stores the words as signed 32-bit integers in columns search_bits_0…7', () => {
    const cols = searchColumns(['子育てサロン', 'ＤＸ推進']);
    expect(cols.search_text).toBe('子育てサロンdx推進');
    expect(Object.keys(cols)).toEqual(['search_text', ...SEARCH_BITS_COLUMNS]);
    for (const name of SEARCH_BITS_COLUMNS) {
      const v = cols[name] as number;
      expect(Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31).toBe(true);
    }
  });
});
