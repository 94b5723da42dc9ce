/**
 * Table-driven checks of the synthetic fixtures (tests/fixtures/plans), one per document shape.
 * Expected values were written from reading each fixture.
 */
import { describe, it, expect } from 'vitest';
import { allInitiatives, parseFixture } from './helpers';

interface Expected {
  fixture: string;
  ward: string;
  fiscal_year: number;
  basic_goal: string;
  pillars: { position: number; title: string; items: string[] }[];
  truncated?: boolean;
}

const NUMBERED_VARIANT_PILLARS = [
  { position: 1, title: '子育てしやすいまちづくり', items: ['子育て広場の運営', '保育の質の向上'] },
  { position: 2, title: '健康に暮らせるまちづくり', items: ['健康講座の開催'] },
  { position: 3, title: 'にぎわいのあるまちづくり', items: ['駅前のにぎわいづくり'] }
];

const CASES: Expected[] = [
  {
    fixture: 'numbered-glyph.txt',
    ward: 'テスト区',
    fiscal_year: 2023,
    basic_goal: 'みんなで つくる テストのまち ～ひと・まち・みどり～',
    pillars: [
      { position: 1, title: 'みどりと水辺のまちづくり', items: ['テスト川の水辺再生', '公園愛護会の支援'] },
      { position: 2, title: '安心して暮らせるまちづくり', items: ['防災訓練の充実'] },
      { position: 3, title: 'つながろう! 地域の力', items: ['地域活動の担い手育成', '商店街のにぎわい', '子ども食堂の支援'] }
    ]
  },
  ...(['shisaku', 'circled', 'square', 'paren', 'dot'] as const).map((style) => ({
    fixture: `numbering-${style}.txt`,
    ward: 'テスト区',
    fiscal_year: 2021,
    basic_goal: 'ひとが輝くテストのまち',
    pillars: NUMBERED_VARIANT_PILLARS
  })),
  {
    fixture: 'glyph-variants.txt',
    ward: 'テスト区',
    fiscal_year: 2022,
    basic_goal: 'たのしい テストのまち',
    pillars: [
      { position: 1, title: '学びのまち', items: ['図書館の充実', '生涯学習講座'] },
      { position: 2, title: '福祉のまち', items: ['見守り活動'] },
      { position: 3, title: '環境のまち', items: ['ごみの削減', '緑化の推進'] }
    ]
  },
  {
    fixture: 'table-rows.txt',
    ward: 'テスト区',
    fiscal_year: 2018,
    basic_goal: '笑顔あふれるテストのまち',
    pillars: [
      { position: 1, title: '健康で安心なまちづくり', items: ['健康ウォーキング', '防災フェア'] },
      { position: 2, title: '元気なまちづくり', items: ['商店街スタンプラリー', '花いっぱい運動'] }
    ]
  },
  {
    fixture: 'unnumbered-subthemes.txt',
    ward: 'テスト区',
    fiscal_year: 2024,
    basic_goal: 'こころ つながる テストのまち',
    pillars: [
      {
        position: 1,
        title: 'ふれあいのあるまちづくり',
        items: ['自治会町内会の活動を支援します', '地域の居場所づくりを新たに進めます', '世代をこえた交流イベントを開きます']
      },
      {
        position: 2,
        title: '安全に暮らせるまちづくり',
        items: ['防災マップを全戸に配布し、避難の方法を周知します', 'マンション向けの防災講座を開きます']
      },
      {
        position: 3,
        title: '信頼される区役所づくり',
        items: ['窓口の混雑状況をウェブで発信するなど、来庁される区民の皆様の待ち時間を短くするた…', '広報紙を見やすくします']
      }
    ]
  },
  {
    fixture: 'marker-words.txt',
    ward: 'テスト区',
    fiscal_year: 2019,
    basic_goal: 'あたらしい テストのまち',
    pillars: [
      { position: 1, title: 'こどものまち', items: ['放課後の居場所づくり', '子育て相談の充実', '読み聞かせの推進'] },
      { position: 2, title: 'デジタルのまち', items: ['オンライン申請の拡大', '窓口案内の改善', '相談会の開催'] }
    ]
  },
  {
    fixture: 'overview-out-of-order.txt',
    ward: 'テスト区',
    fiscal_year: 2022,
    basic_goal: 'みらいへ テストのまち',
    pillars: [
      { position: 1, title: 'ひろげよう! テストの魅力', items: ['魅力の発信', '伝統文化の継承', '花と緑の支援事業'] },
      { position: 2, title: 'そだてよう! 地域の力', items: ['地域活動の支援'] },
      { position: 3, title: 'まもろう! 暮らしの安心', items: ['防災訓練', '交通安全教室'] }
    ]
  },
  {
    fixture: 'truncated.txt',
    ward: 'テスト区',
    fiscal_year: 2022,
    basic_goal: 'つづく テストのまち',
    truncated: true,
    pillars: [
      { position: 1, title: 'あんぜんなまちづくり', items: ['防災訓練', '防犯パトロール'] },
      { position: 2, title: 'げんきなまちづくり', items: ['健康教室'] },
      { position: 3, title: 'にぎやかなまちづくり', items: [] }
    ]
  }
];

describe.each(CASES)('fixture $fixture', (c) => {
  const plan = parseFixture(c.fixture);

  it('reads ward, year and basic goal', () => {
    expect(plan.ward).toBe(c.ward);
    expect(plan.fiscal_year).toBe(c.fiscal_year);
    expect(plan.basic_goal).toBe(c.basic_goal);
  });

  it('finds each pillar once, at its printed position', () => {
    expect(plan.pillars.map((p) => [p.position, p.title])).toEqual(c.pillars.map((p) => [p.position, p.title]));
  });

  it('finds the initiatives with their titles, numbered 1.. within each pillar', () => {
    for (const [k, expected] of c.pillars.entries()) {
      const pillar = plan.pillars[k];
      expect(pillar.initiatives.map((i) => i.title)).toEqual(expected.items);
      expect(pillar.initiatives.map((i) => i.position)).toEqual(expected.items.map((_, j) => j + 1));
    }
  });

  it('reports truncation only where the text stops early', () => {
    expect(plan.truncated).toBe(c.truncated ?? false);
  });

  it('never yields an empty title or an empty description', () => {
    for (const it of allInitiatives(plan)) {
      expect(it.title.trim()).not.toBe('');
      expect(it.description.trim()).not.toBe('');
      expect(it.lines[0]).toBeLessThanOrEqual(it.lines[1]);
    }
  });
});
