import { describe, it, expect } from 'vitest';
import { charNgrams, diceOfGrams, textSimilarity } from '../../src/lib/lineage/ngram';

describe('charNgrams', () => {
  it.each([
    ['', []],
    ['防', ['防']],
    ['防災', ['防災']],
    ['防災訓練', ['防災', '災訓', '訓練']],
    ['𠮷野家', ['𠮷野', '野家']]
  ])('%s → %j', (text, grams) => {
    expect(charNgrams(text)).toEqual(grams);
  });
});

describe('textSimilarity (bigram Dice over folded text)', () => {
  it.each([
    // [a, b, expected, why]
    ['防災訓練の充実', '防災訓練の充実', 1, 'identical'],
    ['', '', 1, 'both empty are equal'],
    ['', '防災', 0, 'empty vs text'],
    ['防', '災', 0, 'single characters that differ'],
    ['ＡＢＣ 事業', 'ABC事業', 1, 'NFKC and spaces folded'],
    ['霞ヶ丘', '霞ケ丘', 1, 'ヶ folded to ケ'],
    ['防災訓練', '防災訓練の充実', 6 / 9, '3 shared of 3 + 6 bigrams'],
    ['子育で期', '子育て期', 2 / 6, 'OCR slip: 1 shared of 3 + 3'],
    ['ああああ', 'ああ', 2 / 4, 'multiset: ああ×3 vs ああ×1 share one'],
    ['公園愛護会', '花壇づくり', 0, 'disjoint']
  ])('%s ~ %s = %d (%s)', (a, b, expected) => {
    expect(textSimilarity(a, b)).toBeCloseTo(expected as number, 10);
    expect(textSimilarity(b, a)).toBeCloseTo(expected as number, 10);
  });

  it('diceOfGrams counts repeated grams once per occurrence', () => {
    expect(diceOfGrams(['ab', 'ab', 'cd'], ['ab', 'cd', 'cd'])).toBeCloseTo(4 / 6, 10);
  });
});
