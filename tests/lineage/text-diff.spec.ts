import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { diffLists, diffText, type DiffPart } from '../../src/lib/lineage/text-diff';

const same = (text: string): DiffPart => ({ op: 'same', text });
const added = (text: string): DiffPart => ({ op: 'added', text });
const removed = (text: string): DiffPart => ({ op: 'removed', text });

describe('diffText', () => {
  it.each([
    ['identical', '防災訓練の充実', '防災訓練の充実', [same('防災訓練の充実')]],
    ['both empty', '', '', []],
    ['all removed', '防災', '', [removed('防災')]],
    ['all added', '', '防災', [added('防災')]],
    ['prefix added', '防災訓練の充実', '地域防災訓練の充実', [added('地域'), same('防災訓練の充実')]],
    ['middle added', 'みどりと水辺のまちづくり', 'みどりと水辺の豊かなまちづくり', [same('みどりと水辺の'), added('豊かな'), same('まちづくり')]],
    ['catch phrase replaced: removal first', 'つながろう! 地域の力', 'はぐくもう! 地域の力', [removed('つながろ'), added('はぐくも'), same('う! 地域の力')]],
    ['wave dash and width folded, later text shown', 'ひと・まち〜みどり', 'ひと・まち～みどり', [same('ひと・まち～みどり')]],
    ['surrogate pairs kept whole', '𠮷田の道', '𠮷野の道', [same('𠮷'), removed('田'), added('野'), same('の道')]],
    ['swap: LCS keeps one, removal preferred at a tie', 'abcd', 'acbd', [same('a'), removed('b'), same('c'), added('b'), same('d')]]
  ])('%s', (_why, a, b, expected) => {
    expect(diffText(a, b)).toEqual(expected);
  });

  it('rebuilds both texts and never leaves two runs of one op side by side', () => {
    const text = fc.string({ unit: fc.constantFrom('あ', 'い', 'う', '区', '𠮷', 'a', 'b'), maxLength: 30 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const parts = diffText(a, b);
        expect(parts.filter((p) => p.op !== 'added').map((p) => p.text).join('')).toBe(a);
        expect(parts.filter((p) => p.op !== 'removed').map((p) => p.text).join('')).toBe(b);
        for (let i = 1; i < parts.length; i++) expect(parts[i].op).not.toBe(parts[i - 1].op);
        expect(parts.every((p) => p.text.length > 0)).toBe(true);
      })
    );
  });
});

describe('diffLists (pillar titles of two years)', () => {
  const r5 = ['みどりと水辺のまちづくり', '安心して暮らせるまちづくり', 'つながろう! 地域の力', '学びのまちづくり'];
  const r6 = ['安心して暮らせるまちづくり', 'みどりと水辺の豊かなまちづくり', 'つながろう! 地域の力', 'デジタルで便利な区役所づくり'];

  it('pairs by similarity, not position: kept, changed with its diff, added, removed', () => {
    const out = diffLists(r5, r6);
    expect(out.map((c) => [c.op, 'a_index' in c ? c.a_index : null, 'b_index' in c ? c.b_index : null])).toEqual([
      ['kept', 1, 0],
      ['changed', 0, 1],
      ['kept', 2, 2],
      ['added', null, 3],
      ['removed', 3, null]
    ]);
    const changed = out[1];
    expect(changed.op === 'changed' && changed.diff).toEqual([same('みどりと水辺の'), added('豊かな'), same('まちづくり')]);
    // みどりと水辺のまちづくり (11 bigrams) vs …の豊かな… (14): 10 shared
    expect(changed.op === 'changed' && changed.score).toBeCloseTo(20 / 25, 4);
  });

  it('counts a title that differs only in width or spacing as kept', () => {
    expect(diffLists(['つながろう！　地域の力'], ['つながろう! 地域の力']).map((c) => c.op)).toEqual(['kept']);
  });

  it('prefers an exact twin over a similar title', () => {
    const out = diffLists(['地域の力', '地域の力を育む'], ['地域の力を育む', '地域の力']);
    expect(out.map((c) => c.op === 'kept' && [c.a_index, c.b_index])).toEqual([[1, 0], [0, 1]]);
  });

  it('reports everything as added/removed across unrelated lists', () => {
    expect(diffLists(['学びのまちづくり'], ['デジタルで便利な区役所づくり']).map((c) => c.op)).toEqual(['added', 'removed']);
    expect(diffLists([], [])).toEqual([]);
  });
});
