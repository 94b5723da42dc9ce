import { describe, expect, it } from 'vitest';
import { assignThemes, declaredThemes } from '../../src/lib/themes/assign-themes';
import { markerLabel } from '../../src/lib/themes/marker-label';
import type { LegendEntry, ParsedInitiative } from '../../src/lib/plans/types';

function item(p: Partial<ParsedInitiative>): ParsedInitiative {
  return { position: 1, sub_theme: null, title: '', program_name: null, description: '', markers: [], lines: [1, 1], ...p };
}

const entry = (marker: string, label: string, line: number, means_new = false): LegendEntry => ({
  marker,
  label,
  description: null,
  means_new,
  line
});

// A legend like 戸塚区 2022's, and one where another ward uses the same code for something else.
const TOTSUKA: LegendEntry[] = [
  entry('コ', 'Withコロナ', 70),
  entry('デ', 'デジタル', 71),
  entry('減', '防災・減災', 72),
  entry('脱', '脱炭素・環境', 73),
  entry('新', '令和4年度からの新規事業を含んだ取組', 75, true)
];
const OTHER_WARD: LegendEntry[] = [entry('コ', 'コミュニティ・協働', 12), entry('重', '重点事業', 13)];

type Row = {
  name: string;
  init: Partial<ParsedInitiative>;
  legend: LegendEntry[];
  /** slug → provenance, in the expected order. */
  expected: Array<[string, 'declared' | 'rule']>;
  evidence?: Record<string, string>;
};

const rows: Row[] = [
  {
    name: 'legend label maps the code (減) to bousai, with the legend line as evidence',
    init: { description: '区民向けの講座を実施します。(減)', markers: ['減'] },
    legend: TOTSUKA,
    expected: [['bousai', 'declared']],
    evidence: { bousai: '(減) 防災・減災 (legend line 72)' }
  },
  {
    name: 'the same code means what the legend of its own document says (コ = コミュニティ・協働 here)',
    init: { description: '講座を実施します。(コ)', markers: ['コ'] },
    legend: OTHER_WARD,
    expected: [['chiiki-kyodo', 'declared']]
  },
  {
    name: 'a new-work marker gives no theme, a 重点 label gives no theme',
    init: { description: '講座を実施します。', markers: ['新', '重'] },
    legend: [...TOTSUKA, ...OTHER_WARD.slice(1)],
    expected: []
  },
  {
    name: 'code fallback where the document has no legend: [+D] → digital',
    init: { description: '手続の案内を行います。[+D]', markers: ['+D'] },
    legend: [],
    expected: [['digital', 'declared']],
    evidence: { digital: '(+D) marker code, no legend entry' }
  },
  {
    name: 'full-width marker matches the legend code',
    init: { description: '説明会を開きます。', markers: ['（脱）'] },
    legend: TOTSUKA,
    expected: [['datsutanso', 'declared']]
  },
  {
    name: 'a legend label we cannot map gives no declared theme and no guess from another ward’s code',
    init: { description: '講座を実施します。', markers: ['減'] },
    legend: [entry('減', '減量推進', 9)],
    expected: []
  },
  {
    name: 'a marker that is a word carries its theme without a legend',
    init: { description: '取組です。', markers: ['防災'] },
    legend: [],
    expected: [['bousai', 'declared']]
  },
  {
    name: 'declared wins over a rule for the same slug; rules add other slugs after',
    init: { description: '地域防災拠点に備蓄品を配備し、町内会と訓練を行います。(減)', markers: ['減'] },
    legend: TOTSUKA,
    expected: [
      ['bousai', 'declared'],
      ['chiiki-kyodo', 'rule']
    ]
  },
  {
    name: 'program name in 【】 themes the item (商店街 → keizai)',
    init: { title: '賑わいの創出', program_name: '商店街振興支援事業', description: 'キャンペーンを行います。' },
    legend: [],
    expected: [
      ['miryoku-bunka', 'rule'],
      ['keizai', 'rule']
    ],
    evidence: { keizai: '「商店街」 in program_name', 'miryoku-bunka': '「賑わい」 in title' }
  },
  {
    name: 'full-width / spaced text still matches (ＳＮＳ, 子 育 て)',
    init: { description: 'ＳＮＳで 子 育 て 情報を届けます。' },
    legend: [],
    expected: [
      ['kosodate', 'rule'],
      ['digital', 'rule']
    ]
  },
  {
    name: 'sub-theme heading themes its bullets',
    init: { sub_theme: '地域の防犯・交通安全対策', description: '関係機関と連携した啓発活動を行います。' },
    legend: [],
    expected: [['bouhan-kotsu', 'rule']],
    evidence: { 'bouhan-kotsu': '「防犯」 in sub_theme' }
  },
  {
    name: 'heading-only words do not theme from a paragraph aside (児童 in a 防犯 paragraph)',
    init: { title: '防犯対策', description: '登下校時間にパトロールを行い、児童を狙った犯罪を防ぎます。' },
    legend: [],
    expected: [['bouhan-kotsu', 'rule']]
  },
  {
    name: '商店街づくり is not 街づくり (toshi-kiban); 養育環境 is not environment',
    init: { description: '活気ある商店街づくりを支援し、養育環境の改善を図ります。' },
    legend: [],
    expected: [['keizai', 'rule']]
  },
  {
    name: 'word play is not a phrase: いそごみんな is not ごみ, 地域づくり大学校 is not 学校',
    init: { title: 'いそごみんなの食卓設置事業', program_name: '協働の「地域づくり大学校」事業' },
    legend: [],
    expected: [['chiiki-kyodo', 'rule']]
  },
  {
    name: 'nothing matches: unthemed (empty), never a catch-all',
    init: { title: '職員の意識向上', description: '職員が学び合います。' },
    legend: [],
    expected: []
  }
];

describe('assignThemes', () => {
  it.each(rows)('$name', ({ init, legend, expected, evidence }) => {
    const got = assignThemes(item(init), legend);
    expect(got.map((a) => [a.slug, a.provenance])).toEqual(expected);
    for (const [slug, text] of Object.entries(evidence ?? {})) {
      expect(got.find((a) => a.slug === slug)?.evidence).toBe(text);
    }
  });

  it('gives one row per slug even where two markers declare the same theme', () => {
    const got = assignThemes(item({ markers: ['減', '防災'] }), TOTSUKA);
    expect(got.filter((a) => a.slug === 'bousai')).toHaveLength(1);
    expect(got[0].evidence).toContain('legend line 72');
  });

  it('declaredThemes of a legend-new marker is empty even if its label mentions a theme word', () => {
    expect(declaredThemes('新', [entry('新', '新規(防災)事業', 3, true)])).toEqual([]);
  });
});

describe('markerLabel', () => {
  it.each([
    ['コ', TOTSUKA, 'Withコロナ'],
    ['（デ）', TOTSUKA, 'デジタル'],
    ['+D', TOTSUKA, '+D'],
    ['新', [], '新']
  ] as Array<[string, LegendEntry[], string]>)('%s → %s', (marker, legend, label) => {
    expect(markerLabel(marker, legend)).toBe(label);
  });
});
