import { describe, expect, it } from 'vitest';
import { parseJapaneseAmount } from '../../src/lib/facts/japanese-number';
import { parseStatedFigure } from '../../src/lib/facts/stated-figures';

describe('parseJapaneseAmount', () => {
  it.each([
    ['1億1,888万7千', 118_887_000],
    ['9千560万', 95_600_000],
    ['99,090千', 99_090_000],
    ['9605.3万', 96_053_000],
    ['約1億', 100_000_000],
    ['1億4136万1000', 141_361_000],
    ['5億5869万', 558_690_000],
    ['100万', 1_000_000],
    ['653万4000/215万', null],
    ['千円単位', null],
    ['', null]
  ])('%s → %s', (text, expected) => {
    expect(parseJapaneseAmount(text)).toBe(expected);
  });
});

describe('parseStatedFigure', () => {
  const cases: Array<[string, string, Array<[string, number | null]>]> = [
    ['33', '自主企画事業', [['project_count', 33]]],
    ['0', '新規事業', [['new_project_count', 0]]],
    ['34事業', '自主企画事業', [['project_count', 34]]],
    ['30事業 9306万1千円', '自主企画事業', [['project_count', 30], ['budget_yen', 93_061_000]]],
    ['4体系', '柱', [['pillar_count', 4]]],
    ['3体系→4体系', '施策の柱(安心/ぬくもり/活力から変更)', [['pillar_count', 4]]],
    ['5つの柱', '施策', [['pillar_count', 5]]],
    ['3', '重点事業', [['focus_project_count', 3]]],
    ['1億1258万6千円', '自主企画事業(前年度比1100万円減)', [['budget_yen', 112_586_000]]],
    ['268万円増', '教育関連予算', [['other', null]]],
    ['13 / 6 / 18', '柱ごとの事業数(安心/健やか/ふるさと)', [['other', null]]],
    ['4', '安全・安心分野の新規事業', [['other', 4]]],
    ['648万/3,220万/1,974万/1,808万円', '柱①〜④の予算', [['other', null]]],
    ['5項目', '事業区分', [['other', null]]],
    ['5つ', '事業・取組で区政を推進(基本目標説明文)', [['other', null]]],
    ['37', '事業(合計)', [['project_count', 37]]],
    ['19事業', '自主企画事業(12年度は45事業を統合整理)', [['project_count', 19]]]
  ];
  it.each(cases)('%s | %s', (value, counts, expected) => {
    const got = parseStatedFigure(value, counts).map((f) => [f.metric, f.value]);
    expect(got).toEqual(expected);
  });
  it('keeps the scope and the raw text on every figure', () => {
    const [f] = parseStatedFigure('34事業', '4つの柱合計');
    expect(f).toMatchObject({ scope: '4つの柱合計', raw: '34事業', unit: '事業' });
  });
});
