/**
 * Layouts of other wards and years (guides/plan-formats.md) that the two sample documents do not show.
 * Table-driven: one case per fixture in tests/fixtures/plans/variant-*.txt, expectations written from
 * reading each fixture (what a person counts as pillar, initiative and section), not from the parser.
 */
import { describe, it, expect } from 'vitest';
import { renamePointers } from '../../src/lib/lineage/rename-pointer';
import type { ParsedPlan, SectionKind } from '../../src/lib/plans/types';
import { allInitiatives, parseFixture } from './helpers';

interface Item {
  title: string;
  markers?: string[];
  program?: string | null;
  sub_theme?: string | null;
  /** Substrings the description must contain. */
  description?: string[];
}

interface Case {
  fixture: string;
  ward: string;
  fiscal_year: number;
  basic_goal: string;
  truncated?: boolean;
  pillars: { position: number; title: string; summary?: string | null; items: Item[] }[];
  /** Stance item titles, in order (default: none). */
  stance?: string[];
  /** Every section of these kinds, in order; organisation, department and column default to none. */
  sections?: Partial<Record<SectionKind, string[]>>;
  /** The document's own marker legend, [code, label] in order (default: not checked). */
  legend?: [string, string][];
}

const CASES: Case[] = [
  {
    fixture: 'variant-shisaku-omona-torikumi.txt',
    ward: '港北区',
    fiscal_year: 2023,
    basic_goal: '「住みたい 住み続けたい 港北」～多様な主体との協働による魅力と活力あふれるまちづくり～',
    pillars: [
      {
        position: 1,
        title: '地域の防災力の向上',
        summary: '大規模災害に備え、自助・共助の取組を進めます。',
        items: [
          { title: '地域防災拠点の運営支援', program: '地域防災力向上事業', markers: ['新規'], description: ['運営委員会の訓練'] },
          { title: 'マンション防災の推進', program: 'マンション防災推進事業', markers: [] }
        ]
      },
      {
        position: 2,
        title: '子育てしやすいまちづくり',
        summary: null,
        items: [{ title: '子育て支援拠点の充実', program: 'こうほく子育て支援事業', markers: ['拡充'] }]
      },
      { position: 3, title: '区民に信頼される区役所', items: [{ title: '窓口サービスの向上', program: '窓口サービス向上事業' }] }
    ],
    sections: { organisation: ['区民目線のサービス'] }
  },
  {
    fixture: 'variant-table-dot-numbering.txt',
    ward: '戸塚区',
    fiscal_year: 2021,
    basic_goal: 'こころ豊かに つながる笑顔 元気なとつか',
    pillars: [
      {
        position: 1,
        title: '人と人とがつながるまちづくり',
        items: [
          { title: '地域の居場所づくり支援', markers: ['新'], description: ['地域の居場所の運営を支援します。'], sub_theme: null },
          { title: 'ICT講座の開催', markers: [], description: ['スマホ講座を開催します。'] }
        ]
      },
      {
        position: 2,
        title: '安全・安心を実感できるまちづくり',
        items: [
          { title: '地域防災拠点の強化', markers: [] },
          { title: '防犯活動の支援', markers: [], description: ['防犯パトロール'] }
        ]
      }
    ]
  },
  {
    fixture: 'variant-circled-bullets.txt',
    ward: '緑区',
    fiscal_year: 2024,
    basic_goal: 'みどりあふれる 住みよいまち 緑区',
    pillars: [
      {
        position: 1,
        title: '安心・安全のまちづくり',
        items: [
          { title: '地域防災拠点の訓練を支援します', markers: ['新規'], sub_theme: null },
          { title: '交通安全教室を開きます', markers: [] }
        ]
      },
      {
        position: 2,
        title: '健やかに暮らせるまちづくり',
        items: [
          { title: '高齢者の見守り体制を充実します', markers: [] },
          { title: '子育て世代の相談窓口を充実します', markers: ['★'] }
        ]
      },
      { position: 3, title: '魅力あるまちづくり', items: [{ title: '区民まつりを開催します', markers: [] }] }
    ]
  },
  {
    // Known gap (a): pillars are bare headings directly over bullets, no numbers, no overview.
    fixture: 'variant-unnumbered-no-overview.txt',
    ward: 'さくら区',
    fiscal_year: 2023,
    basic_goal: '花と緑に囲まれた さくらのまち',
    pillars: [
      {
        position: 1,
        title: '安心して暮らせるまちづくり',
        items: [
          { title: '地域防災拠点の訓練を支援します', markers: ['新'], sub_theme: null },
          { title: '防犯灯の設置を進めます', sub_theme: null }
        ]
      },
      {
        position: 2,
        title: '子育てを応援するまちづくり',
        items: [
          { title: '子育て支援拠点の相談を充実します', sub_theme: null },
          { title: '保育所の入所案内をオンラインで行います', markers: ['デ'] }
        ]
      },
      { position: 3, title: 'にぎわいのあるまちづくり', items: [{ title: '商店街のイベントを支援します' }] },
      {
        position: 4,
        title: '信頼される区役所づくり',
        items: [{ title: '窓口の待ち時間を短くします' }, { title: '区役所の案内表示をわかりやすくします' }]
      }
    ],
    sections: { organisation: ['チームで取り組む組織'] }
  },
  {
    // The other side of gap (a): sub-theme headings (one ending in まちづくり) stay sub-themes.
    fixture: 'variant-unnumbered-subthemes-no-overview.txt',
    ward: 'もみじ区',
    fiscal_year: 2023,
    basic_goal: 'ともに つくる もみじのまち',
    pillars: [
      {
        position: 1,
        title: '安心して暮らせるまちづくり',
        items: [
          { title: '地域防災拠点の訓練を支援します', sub_theme: '災害に強いまちづくり' },
          { title: 'マンション防災の講座を開きます', sub_theme: '災害に強いまちづくり', markers: ['新'] },
          { title: '防犯パトロールを支援します', sub_theme: '防犯の推進' }
        ]
      },
      {
        position: 2,
        title: '子育てを応援するまちづくり',
        items: [{ title: '親子の居場所を増やします', sub_theme: '子育て支援の充実' }]
      },
      { position: 3, title: '信頼される区役所づくり', items: [{ title: '窓口の待ち時間を短くします', sub_theme: null }] }
    ]
  },
  {
    // Known gap (b): 「(旧:…)」 after 】 or after a title.
    fixture: 'variant-rename-notes.txt',
    ward: 'テスト区',
    fiscal_year: 2024,
    basic_goal: 'みどりと笑顔のテストのまち',
    pillars: [
      {
        position: 1,
        title: '緑を育むまちづくり',
        summary: '区内の緑を守り、育てます。',
        items: [
          { title: '花と緑のまちづくりの推進', program: '花と緑のまちづくり事業', markers: [], description: ['(旧:花壇づくり事業、街路樹緑化事業)'] },
          { title: '公園の魅力向上', program: '公園活用事業', markers: ['新'], description: ['（旧：公園愛護会支援事業）'] }
        ]
      },
      {
        position: 2,
        title: '健やかに暮らせるまちづくり',
        items: [
          { title: '健康づくりの推進', program: null, description: ['健康講座を開きます。', '（旧：健康みなぎる事業）'] },
          { title: '食育の推進', program: '食育推進事業', description: ['料理教室を開きます。', '（旧：食生活改善事業）'] }
        ]
      }
    ]
  },
  {
    // Known gap (c): a glyph heading without 【…】 over a paragraph is an item; over bullets, a sub-theme.
    fixture: 'variant-glyph-no-program.txt',
    ward: 'テスト区',
    fiscal_year: 2022,
    basic_goal: 'ともに歩むテストのまち',
    pillars: [
      {
        position: 1,
        title: '地域で支え合うまちづくり',
        items: [
          { title: '見守り活動の充実', program: null, sub_theme: null, description: ['高齢者の見守り'] },
          { title: '空き店舗を活用した居場所を開きます', sub_theme: '地域の居場所づくり', markers: ['新'] },
          { title: '子ども食堂の立ち上げを支援します', sub_theme: '地域の居場所づくり' }
        ]
      },
      {
        position: 2,
        title: '環境にやさしいまちづくり',
        items: [
          { title: 'ごみの減量', description: ['分別の啓発を進めます。\nプラスチックの回収を広げます。'] },
          { title: '地球温暖化対策', markers: ['新規'] }
        ]
      }
    ]
  },
  {
    // A ward newsletter page: 重点事業 heads each pillar's list; ※新規事業 inline or on its own line.
    fixture: 'variant-newsletter-juten.txt',
    ward: '西区',
    fiscal_year: 2023,
    basic_goal: '「ひと・まち・みらい」がつながる西区',
    pillars: [
      {
        position: 1,
        title: '安全・安心なまちづくり',
        items: [
          { title: '地域防災力の向上', markers: ['重点事業'], sub_theme: null },
          { title: '交通安全の推進', markers: [], sub_theme: null }
        ]
      },
      {
        position: 2,
        title: '子育て・健康のまちづくり',
        items: [
          { title: '子育て支援の充実', markers: ['新規事業'] },
          { title: '健康づくりの推進', markers: [] }
        ]
      },
      { position: 3, title: 'にぎわいと魅力のまちづくり', items: [{ title: 'みなとみらい地区のにぎわいづくり', markers: ['新規事業'] }] }
    ]
  },
  {
    // [1] pillars, 主な事業 under each, program-name bullets with (新規事業) / [拡充]; 組織運営 as bullets.
    fixture: 'variant-square-program-bullets.txt',
    ward: 'テスト区',
    fiscal_year: 2020,
    basic_goal: '誰もが笑顔で暮らせる テストのまち〜つながり・支え合い・育ち合い〜',
    pillars: [
      {
        position: 1,
        title: '支え合いのまちづくり',
        summary: '地域の皆様とともに、支え合いの仕組みをつくります。',
        items: [
          { title: '地域ケアプラザ連携事業', markers: ['新規事業'], sub_theme: null },
          { title: '見守りネットワーク事業', markers: [] }
        ]
      },
      {
        position: 2,
        title: '子どもが育つまちづくり',
        summary: null,
        items: [
          { title: '放課後居場所づくり事業', markers: ['新規事業'] },
          { title: '子育てサロン支援事業', markers: ['拡充'] }
        ]
      },
      { position: 3, title: '区民に身近な区役所づくり', items: [{ title: '窓口サービス向上事業' }] }
    ],
    sections: { organisation: ['区民の声を大切にし、施策に生かします', '職員一人ひとりが学び合う職場をつくります'] }
  },
  {
    // PDF text: page numbers (- 2 -, a bare ３) and the title repeated on each page, a sentence running
    // on across a page break, form feeds.
    fixture: 'variant-pdf-page-furniture.txt',
    ward: '青葉区',
    fiscal_year: 2023,
    basic_goal: '緑豊かで 誰もが住み続けたいまち 青葉',
    pillars: [
      {
        position: 1,
        title: '災害に強いまちづくり',
        summary: '地域の防災力を高めます。',
        items: [
          { title: '地域防災拠点の機能強化', program: '地域防災拠点運営事業', description: ['運営訓練を支援し', 'ます。'] },
          { title: '土砂災害への備え', program: 'がけ地対策事業', sub_theme: null }
        ]
      },
      {
        position: 2,
        title: '健康で安心して暮らせるまちづくり',
        items: [
          { title: '健康寿命の延伸', program: '健康づくり推進事業' },
          { title: '認知症への理解促進', program: '認知症支援事業', markers: ['新規'] }
        ]
      },
      { position: 3, title: '魅力あるまちづくり', items: [{ title: '地域の魅力発信', description: ['区の魅力をSNSで発信します。'] }] }
    ]
  },
  {
    // Full-width digits and spaces; （１） items under `１　…` pillars, one of them over bullets.
    fixture: 'variant-fullwidth-paren-subitems.txt',
    ward: '旭区',
    fiscal_year: 2022,
    basic_goal: 'みんなでつくる　笑顔あふれる旭区',
    pillars: [
      {
        position: 1,
        title: '安心して暮らせるまちづくり',
        summary: null,
        items: [
          { title: '地域防災力の向上', description: ['地域防災拠点の訓練を支援します。'], markers: [] },
          { title: '交通安全の推進', markers: ['新規'] }
        ]
      },
      {
        position: 2,
        title: '子どもを育むまちづくり',
        items: [
          { title: '親子の居場所を増やします', sub_theme: '子育て支援の充実' },
          { title: '子育て相談の窓口を広げます', sub_theme: '子育て支援の充実', markers: ['拡充'] }
        ]
      },
      {
        position: 3,
        title: '魅力と活力あるまちづくり',
        items: [
          { title: '地域の魅力発信', program: null },
          { title: '商店街の活性化', program: '商店街支援事業' }
        ]
      }
    ],
    sections: { organisation: ['区民に寄り添う区役所', 'チーム旭区'] }
  },
  {
    // Ⅲ before the department list (各課の取組) and a column at the end.
    fixture: 'variant-org-before-departments.txt',
    ward: 'テスト区',
    fiscal_year: 2023,
    basic_goal: 'つながり 支え合う テストのまち',
    pillars: [
      { position: 1, title: '地域のつながりを育むまちづくり', items: [{ title: '自治会町内会への支援', program: '地域活動支援事業' }] },
      { position: 2, title: '安心して暮らせるまちづくり', items: [{ title: '地域防災拠点の充実', program: '防災計画推進事業' }] }
    ],
    sections: {
      organisation: ['信頼される区役所', '協働・共創の推進'],
      department: ['総務課', '地域振興課', 'こども家庭支援課'],
      column: ['コラム① テスト区の花']
    }
  },
  {
    // 第1/第2/第3 part numbers, numbered stance viewpoints, 施策の柱N pillars, a 事業名 | 概要 table.
    fixture: 'variant-dai-parts-jigyomei-table.txt',
    ward: '金沢区',
    fiscal_year: 2025,
    basic_goal: '海と緑と歴史のまち 金沢〜みんなでつくる 住みよいまち〜',
    stance: ['区民目線', '協働'],
    pillars: [
      {
        position: 1,
        title: '海と緑を生かしたまちづくり',
        summary: '海の公園を活用します。',
        items: [
          { title: '海の公園活用事業', markers: ['新規'], description: ['海の公園でイベントを開きます。'] },
          { title: '緑化推進事業', markers: [] }
        ]
      },
      { position: 2, title: '健やかに暮らせるまちづくり', summary: null, items: [{ title: '健康づくり事業' }] }
    ],
    sections: { organisation: ['信頼される区役所'] }
  },
  {
    // Overview with program lists, a ◆ organisation item, then 主な取組（Ⅱ …） details with (旧:…) and ★.
    fixture: 'variant-overview-details-org-glyph.txt',
    ward: '都筑区',
    fiscal_year: 2023,
    basic_goal: '「ふれあい 支えあい 都筑」',
    pillars: [
      {
        position: 1,
        title: 'とどけよう! 都筑の魅力',
        summary: '区の魅力を発信します。',
        items: [
          { title: '魅力の発信', program: '都筑魅力発信事業' },
          { title: '文化の振興', program: 'つづき文化振興事業', description: ['（旧：文化事業）'] }
        ]
      },
      {
        position: 2,
        title: 'はぐくもう! 地域の力',
        items: [{ title: '担い手の育成', program: '地域活動支援事業', markers: ['★'] }]
      }
    ],
    sections: { organisation: ['区民に信頼される区役所'] }
  },
  {
    // No 施策 part heading: pillars start after the goal; ～subtitle～ under a pillar; ● before sentences.
    fixture: 'variant-no-part-heading-glyph-sentences.txt',
    ward: '栄区',
    fiscal_year: 2022,
    basic_goal: '水と緑とふれあいのまち 栄',
    pillars: [
      {
        position: 1,
        title: '安心して暮らせるまちづくり',
        summary: '～災害に強い地域をめざして～',
        items: [
          { title: '地域防災拠点の訓練を支援します', markers: ['新'], description: ['地域防災拠点の訓練を支援します。(新)'] },
          { title: '防犯パトロールを支援します', markers: [] }
        ]
      },
      {
        position: 2,
        title: '健康で元気なまちづくり',
        summary: null,
        items: [{ title: '健康ウォーキングを開催します' }, { title: 'スポーツ大会を開きます' }]
      },
      { position: 3, title: '区民に信頼される区役所づくり', items: [{ title: '窓口の案内を充実します' }] }
    ]
  },
  {
    // Overview numbered `1 …`, details `施策1 …` with （1） item headings, after Ⅲ.
    fixture: 'variant-details-renumbered.txt',
    ward: '南区',
    fiscal_year: 2021,
    basic_goal: '誰もが安心して暮らせるまち 南区',
    pillars: [
      {
        position: 1,
        title: '安心して暮らせるまちづくり',
        summary: '災害に備えます。',
        items: [
          { title: '地域防災拠点の支援', program: '防災事業', description: ['訓練を支援します。'] },
          { title: '防犯の推進', program: null }
        ]
      },
      { position: 2, title: '子育てしやすいまちづくり', summary: '子育てを応援します。', items: [{ title: '子育て広場の運営' }] }
    ],
    sections: { organisation: ['区民に寄り添う組織'] }
  },
  {
    // (1) pillars, ① sub-themes over bullets or an item over a paragraph, ◆ organisation items, and a
    // goal heading with a (めざすまちの姿) note.
    fixture: 'variant-paren-pillars-circled-subthemes.txt',
    ward: '保土ケ谷区',
    fiscal_year: 2024,
    basic_goal: '「住みたい 住み続けたい 保土ケ谷」',
    pillars: [
      {
        position: 1,
        title: '安心して暮らせるまちづくり',
        items: [
          { title: '訓練を支援します', sub_theme: '地域防災力の向上' },
          { title: '防災マップを配ります', sub_theme: '地域防災力の向上', markers: ['新規'] },
          { title: '防犯灯を増やします', sub_theme: '防犯の推進' }
        ]
      },
      {
        position: 2,
        title: '子育てしやすいまちづくり',
        items: [{ title: '子育て広場の運営', sub_theme: null, description: ['広場を運営します。'] }]
      }
    ],
    sections: { organisation: ['信頼される区役所', '協働の推進'] }
  },
  {
    // ◇ points under a ◆ item, and a column (whose title names a mascot) between two pillars.
    fixture: 'variant-column-between-pillars.txt',
    ward: '港南区',
    fiscal_year: 2023,
    basic_goal: '笑顔と元気あふれる港南区',
    pillars: [
      {
        position: 1,
        title: '安心して暮らせるまちづくり',
        items: [
          { title: '地域防災の推進', program: '地域防災事業', description: ['◇地域防災拠点の訓練を支援します。', '◇防災マップを配ります。'] },
          { title: '防犯の推進', program: '防犯事業', description: ['防犯灯を増やします。'] }
        ]
      },
      { position: 2, title: '子育てしやすいまちづくり', items: [{ title: '子育て広場の運営', program: '子育て事業' }] }
    ],
    sections: { column: ['コラム① 港南区のマスコット'], organisation: ['信頼される区役所'] }
  },
  {
    // ① … sentences as the list entries under `1 …` pillars, each pillar with its own 主な取組.
    fixture: 'variant-circled-sentences.txt',
    ward: '瀬谷区',
    fiscal_year: 2020,
    basic_goal: '「住みたい 住み続けたい 瀬谷」',
    pillars: [
      {
        position: 1,
        title: '安全・安心なまちづくり',
        items: [
          { title: '地域防災拠点の訓練を支援します', markers: ['新規'], description: ['地域防災拠点の訓練を支援します。（新規）'] },
          { title: '防犯灯の設置を進めます', markers: [] }
        ]
      },
      { position: 2, title: '健やかに暮らせるまちづくり', items: [{ title: '健康講座を開きます' }] }
    ]
  },
  {
    // An umbrella line over bare pillar headings that stand directly over their bullets.
    fixture: 'variant-umbrella-unnumbered-bullets.txt',
    ward: '中区',
    fiscal_year: 2022,
    basic_goal: 'ひと・まち・みなと つながる中区',
    pillars: [
      {
        position: 1,
        title: '安心して暮らせるまちづくり',
        items: [
          { title: '地域防災拠点の訓練を支援します', markers: ['新'], sub_theme: null },
          { title: '防犯灯の設置を進めます', sub_theme: null }
        ]
      },
      { position: 2, title: '子育てを応援するまちづくり', items: [{ title: '子育て支援拠点の相談を充実します', sub_theme: null }] },
      { position: 3, title: 'にぎわいのあるまちづくり', items: [{ title: '商店街のイベントを支援します', sub_theme: null }] },
      { position: 4, title: '信頼される区役所づくり', items: [{ title: '窓口の待ち時間を短くします', sub_theme: null }] }
    ]
  },
  {
    // ■-marked part headings, 【主な取組】, a summary wrapped over two lines, 【…事業】 on its own line,
    // a trailing ★ and ［新規］ after the program name, full-width spaces throughout.
    fixture: 'variant-square-glyph-parts-wrapped-summary.txt',
    ward: '磯子区',
    fiscal_year: 2025,
    basic_goal: '「住みたい　住み続けたい　磯子」～安心と笑顔があふれるまち～',
    pillars: [
      {
        position: 1,
        title: '安全・安心なまちづくり',
        summary: '災害に強いまちをつくるため、\n地域の防災力を高めます。',
        items: [
          { title: '地域防災拠点の機能強化', program: '地域防災拠点運営事業', markers: ['★'], description: ['訓練を支援します。'] },
          { title: 'がけ地対策の推進', program: 'がけ地防災対策事業', markers: ['新規'] }
        ]
      },
      { position: 2, title: '健やかに暮らせるまちづくり', summary: null, items: [{ title: '健康づくりの推進', program: '健康づくり事業' }] }
    ],
    sections: { organisation: ['区民に信頼される区役所', '職員の育成'] }
  },
  {
    // 1-1 / 2－1 item headings under `1 …` pillars: over a paragraph an item, over bullets a sub-theme.
    fixture: 'variant-hyphen-subnumbered.txt',
    ward: '泉テスト区',
    fiscal_year: 2024,
    basic_goal: 'ひとが つながる テストのまち',
    pillars: [
      {
        position: 1,
        title: '安心して暮らせるまちづくり',
        items: [
          { title: '地域防災力の向上', program: null, description: ['地域防災拠点の訓練を支援します。'] },
          { title: '防犯の推進', program: '防犯事業', markers: ['新規'] }
        ]
      },
      {
        position: 2,
        title: '子育てしやすいまちづくり',
        items: [
          { title: '親子の居場所を増やします', sub_theme: '子育て支援の充実' },
          { title: '相談窓口を広げます', sub_theme: '子育て支援の充実' }
        ]
      }
    ]
  },
  {
    // Unnumbered pillars, each with めざす姿 over its summary and its own 主な取組 over bullets.
    fixture: 'variant-field-labels-unnumbered.txt',
    ward: '西テスト区',
    fiscal_year: 2023,
    basic_goal: 'つながる 支え合う 西テストのまち',
    pillars: [
      {
        position: 1,
        title: '安心して暮らせるまちづくり',
        summary: '誰もが災害に備え、安心して暮らしています。',
        items: [{ title: '地域防災拠点の訓練を支援します', sub_theme: null }, { title: '防犯灯を増やします', sub_theme: null }]
      },
      {
        position: 2,
        title: '子育てを応援するまちづくり',
        summary: '子育て世帯が地域で孤立せずに暮らしています。',
        items: [{ title: '親子の居場所を増やします', sub_theme: null }]
      }
    ]
  }
];

// A web-page shape: 施策Ｎ, 【主な事業・取組】 over （Ｎ） items with 【…事業】 and （新規）, and a 組織運営 part
// that only lists its numbered item titles, under an unnumbered label (not an item).
CASES.push({
  fixture: 'variant-org-titles-only.txt',
  ward: '青葉テスト区',
  fiscal_year: 2024,
  basic_goal: 'みんなでつくる　住み続けたい　あおばテストのまち',
  pillars: [
    {
      position: 1,
      title: '安全・安心に暮らせるまちづくり',
      summary: '災害に備え、地域の防災力を高めます。',
      items: [
        { title: '地域防災力の向上', program: '地域防災推進事業', markers: ['新規'], description: ['避難所運営の担い手'] },
        { title: '交通安全の推進', program: null, markers: [], description: ['交通安全教室'] }
      ]
    },
    {
      position: 2,
      title: '子育て世代が住みやすいまちづくり',
      items: [{ title: '子育て支援の充実', program: '子育て応援事業', markers: ['拡充'] }]
    }
  ],
  sections: { organisation: ['区民に信頼される区役所', '職員の育成', '協働・共創の推進'] }
});

// A PDF summary: page headers and numbers between items, a legend row with two entries and leaders
// (★…重点… [+D]…), a paragraph wrapped mid-word after a comma, and a photo title over a paragraph.
CASES.push({
  fixture: 'variant-pdf-leaders-legend.txt',
  ward: '鶴見テスト区',
  fiscal_year: 2023,
  basic_goal: '「多様な人々が集い、つながり、未来へ続くまち 鶴見テスト」',
  pillars: [
    {
      position: 1,
      title: '誰もが安心して暮らせるまちづくり',
      items: [
        { title: '地域防災力の強化', program: '地域防災推進事業', markers: ['★'], description: ['訓練の充実を図るとともに、マンション\n防災の啓発'] },
        { title: '見守り活動の推進', program: null, markers: ['+D'], description: ['ICTを活用した見守り'] }
      ]
    },
    {
      position: 2,
      title: '子どもたちが健やかに育つまちづくり',
      items: [
        { title: '子育て支援の充実', program: 'つるみ子育て応援事業', markers: [], description: ['切れ目ない支援を行い\nます。'] },
        { title: '放課後の居場所づくり', program: null, markers: ['★'], description: ['放課後キッズクラブ等と連携し'] }
      ]
    },
    {
      position: 3,
      title: '魅力とにぎわいのあるまちづくり',
      items: [{ title: '鶴見の魅力発信', program: '区魅力発信事業', markers: ['+D'], description: ['SNSを活用して'] }]
    }
  ],
  sections: { organisation: ['区民に信頼される区役所', 'チームつるみ'] }
});

// 公用文 numbering: (1) headings over ア / イ (and （イ）) lines, which are the initiatives; lettered lines
// under a ◆ programme heading describe it and keep their letters.
CASES.push({
  fixture: 'variant-kana-enumeration.txt',
  ward: '南テスト区',
  fiscal_year: 2022,
  basic_goal: '人と人がつながり、安心して住み続けられるまち 南テスト区',
  pillars: [
    {
      position: 1,
      title: '安全・安心なまちづくり',
      items: [
        { title: '地域防災拠点の訓練を支援します', sub_theme: '地域防災力の向上', markers: ['新規'] },
        { title: '防災マップを全戸に配布します', sub_theme: '地域防災力の向上', markers: [] },
        { title: '防犯灯の設置を進めます', sub_theme: '防犯対策の推進', markers: [] }
      ]
    },
    {
      position: 2,
      title: '健やかに暮らせるまちづくり',
      items: [
        { title: '健康講座を開催します', sub_theme: '健康づくり', markers: [] },
        { title: '食育を推進します', sub_theme: '健康づくり', markers: ['拡充'] }
      ]
    },
    {
      position: 3,
      title: '魅力あるまちづくり',
      items: [{ title: '区の魅力発信', program: '区魅力発信事業', sub_theme: null, description: ['ア 区の魅力をSNSで発信します。\nイ 写真展を開催します。'] }]
    }
  ],
  sections: { organisation: ['区民サービスの向上'] }
});

// Pillars numbered 【施策Ｎ】, program names as a field under each ■ heading: （事業名：…）, 事業名：…, and
// 【…事業】 with its marker after it (（新規）, or a bare 拡充 after the field).
CASES.push({
  fixture: 'variant-bracketed-shisaku-program-field.txt',
  ward: '中テスト区',
  fiscal_year: 2024,
  basic_goal: '多様な文化が交わり、にぎわいと安心が調和するまち　中テスト区',
  pillars: [
    {
      position: 1,
      title: '安心して暮らせるまちづくり',
      items: [
        { title: '災害に強い地域づくり', program: '地域防災力向上事業', markers: [], description: ['外国人住民への防災情報'] },
        { title: '高齢者の見守り', program: '地域見守り推進事業', markers: ['拡充'], description: ['地域ケアプラザと連携'] }
      ]
    },
    {
      position: 2,
      title: 'にぎわいのあるまちづくり',
      items: [
        { title: '商店街の活性化', program: '商店街支援事業', markers: ['新規'], description: ['商店街のイベント'] },
        { title: '観光の振興', program: '中テスト区観光振興事業', markers: [], description: ['多言語'] }
      ]
    }
  ],
  sections: { organisation: ['多文化共生の区役所'] }
});

// Parts numbered １ ２ ３, pillars 施策の柱Ｎ with 【目指す姿】 (a field label: not a program name, not
// summary text) and ① items with no paragraph (their description is the item as printed).
CASES.push({
  fixture: 'variant-pillar-fields-circled-items.txt',
  ward: '磯子テスト区',
  fiscal_year: 2023,
  basic_goal: '海と緑と笑顔があふれ、安心して暮らせるまち 磯子テスト',
  pillars: [
    {
      position: 1,
      title: '地域で支え合うまちづくり',
      summary: '地域の人がつながり、支え合っています。',
      items: [
        { title: '見守り活動の推進', markers: ['新'], description: ['① 見守り活動の推進（新）'] },
        { title: '地域ケアプラザとの連携強化', markers: [], description: ['② 地域ケアプラザとの連携強化'] }
      ]
    },
    {
      position: 2,
      title: '子どもが健やかに育つまちづくり',
      summary: '子育て家庭が孤立せず、地域で見守られています。',
      items: [
        { title: '子育て支援拠点の充実', markers: [] },
        { title: '学校と地域の連携', markers: ['拡充'], description: ['② 学校と地域の連携（拡充）'] }
      ]
    }
  ],
  sections: { organisation: ['区民に寄り添う区役所', '職員の人材育成'] }
});

// Ⅰ 区の基本目標, a page number, and a pillar heading repeated over the next page's items as …（続き）.
CASES.push({
  fixture: 'variant-continued-pillar.txt',
  ward: '旭テスト区',
  fiscal_year: 2023,
  basic_goal: 'みんなでつくる 笑顔あふれるまち あさひ',
  pillars: [
    {
      position: 1,
      title: '安心して暮らせるまちづくり',
      items: [
        { title: '地域防災力の向上', program: '地域防災事業' },
        { title: '防犯対策の推進', program: '防犯事業' },
        { title: '交通安全の推進', program: '交通安全事業' }
      ]
    },
    { position: 2, title: '健康で元気なまちづくり', items: [{ title: '健康づくりの推進', program: '健康づくり事業' }] }
  ],
  sections: { organisation: ['信頼される区役所'] }
});

// Markers in 【】, ＜＞ and 《》 before the text, and symbols a legend row defines (◎：重点事業 ☆：新規事業).
CASES.push({
  fixture: 'variant-marker-brackets-symbols.txt',
  ward: '神奈川テスト区',
  fiscal_year: 2021,
  basic_goal: 'ひと・まち・みらい つながる かながわ',
  pillars: [
    {
      position: 1,
      title: '安心・安全なまちづくり',
      items: [
        { title: '地域防災拠点の訓練を支援します', markers: ['新規'] },
        { title: '防犯パトロールを支援します', markers: ['拡充'] },
        { title: 'がけ地の安全対策を進めます', markers: ['◎'] },
        // The legend defines ☆ (☆：新規事業): the item's marker is that code, as printed.
        { title: 'マンション防災の講座を開きます', markers: ['☆'] }
      ]
    },
    {
      position: 2,
      title: '健康なまちづくり',
      items: [
        { title: '健康講座を開きます', markers: ['新規'] },
        { title: '食育を推進します', markers: ['重点'] }
      ]
    }
  ],
  sections: { organisation: ['区民に信頼される区役所をつくります'] }
});

// Items opened by 〇 (the kanji zero, typed for the ○ glyph) and a space.
CASES.push({
  fixture: 'variant-kanji-zero-bullets.txt',
  ward: '西テスト区',
  fiscal_year: 2023,
  basic_goal: 'みんなで創る 誰もが暮らしやすいまち 西テスト区',
  pillars: [
    {
      position: 1,
      title: '安全・安心なまちづくり',
      items: [
        { title: '地域防災拠点の訓練を支援します', markers: ['新規'], description: ['地域防災拠点の訓練を支援します。（新規）'] },
        { title: '防犯灯の設置を進めます', markers: [] }
      ]
    },
    {
      position: 2,
      title: '子育てしやすいまちづくり',
      items: [
        { title: '子育て広場を運営します', markers: [] },
        { title: '放課後の居場所を広げます', markers: ['拡充'] }
      ]
    }
  ],
  sections: { organisation: ['区民の声を大切にします。'] }
});

// ● lines holding a title and its sentence, split by a full-width colon (● 地域防災力の向上：…します。).
CASES.push({
  fixture: 'variant-title-colon-text.txt',
  ward: '青葉テスト区',
  fiscal_year: 2023,
  basic_goal: 'みんなでつくる 住みたい 住み続けたい あおばのまち',
  pillars: [
    {
      position: 1,
      title: '安全・安心なまちづくり',
      items: [
        { title: '地域防災力の向上', markers: ['新規'], description: ['地域防災拠点の訓練を支援します。（新規）'] },
        { title: '防犯対策の推進', markers: [], description: ['防犯灯を設置します。'] }
      ]
    },
    { position: 2, title: '子育てしやすいまちづくり', items: [{ title: '子育て支援の充実', description: ['子育て広場を運営します。'] }] }
  ],
  sections: { organisation: ['区民に信頼される区役所'] }
});

// A three-column table 「施策 | 主な事業・取組 | 内容」 flattened, the pillar cell only on its first row.
CASES.push({
  fixture: 'variant-pillar-column-table.txt',
  ward: '瀬谷テスト区',
  fiscal_year: 2023,
  basic_goal: '魅力と活力にあふれるまち 瀬谷',
  pillars: [
    {
      position: 1,
      title: '安全・安心なまちづくり',
      items: [
        { title: '地域防災力向上事業', markers: ['新規'], description: ['地域防災拠点の訓練を支援します。'] },
        { title: '防犯対策事業', markers: [], description: ['防犯灯を設置します。'] }
      ]
    },
    { position: 2, title: '健康なまちづくり', items: [{ title: '健康づくり事業', description: ['健康講座を開催します。'] }] }
  ],
  sections: { organisation: ['信頼される区役所'] }
});
// The same with unnumbered pillar cells.
CASES.push({ ...CASES[CASES.length - 1], fixture: 'variant-pillar-column-table-unnumbered.txt' });

// Items numbered 1) 2) under １ ２ pillars, each over its paragraph; 組織運営 items numbered the same way.
CASES.push({
  fixture: 'variant-half-paren-items.txt',
  ward: '金沢テスト区',
  fiscal_year: 2023,
  basic_goal: '海と緑と歴史のまち 金沢',
  pillars: [
    {
      position: 1,
      title: '安全・安心なまちづくり',
      items: [
        { title: '地域防災力の向上', markers: ['新規'], description: ['地域防災拠点の訓練を支援します。'] },
        { title: '防犯対策の推進', markers: [], description: ['防犯灯を設置します。'] }
      ]
    },
    { position: 2, title: '健康なまちづくり', items: [{ title: '健康づくりの推進', description: ['健康講座を開きます。'] }] }
  ],
  sections: { organisation: ['信頼される区役所'] }
});

// 【現状と課題】【施策の方向性】【主な取組】 fields under 施策Ｎ, (新)/(拡) codes on bullets, and a ◇予算額： line
// that belongs to the bullet above.
CASES.push({
  fixture: 'variant-fields-and-budget-lines.txt',
  ward: '保土ケ谷テスト区',
  fiscal_year: 2024,
  basic_goal: 'ひとがつながり 笑顔があふれるまち ほどがや',
  pillars: [
    {
      position: 1,
      title: '安心して暮らせるまちづくり',
      summary: '災害の激甚化が進んでいます。\n地域防災力を高めます。',
      items: [
        { title: '地域防災拠点の訓練を支援します', markers: ['新'] },
        { title: '防犯灯を設置します', markers: ['拡'] }
      ]
    },
    {
      position: 2,
      title: '健康なまちづくり',
      summary: '高齢化が進んでいます。',
      items: [{ title: '健康講座を開催します', description: ['健康講座を開催します。\n◇予算額：1,200千円'] }]
    }
  ],
  sections: { organisation: ['区民目線の区役所をつくります'] }
});

// The 港北区 variant cut off after 施策２ and its 主な取組: what is there, flagged as stopping early.
CASES.push({
  ...CASES[0],
  fixture: 'variant-truncated-shisaku.txt',
  truncated: true,
  pillars: [CASES[0].pillars[0], { position: 2, title: '子育てしやすいまちづくり', summary: null, items: [] }],
  sections: {}
});

// The 緑区 variant with ❶ dingbat numbers, its 【施策】 printed as ＜施策＞ (read as a caption and
// dropped: the pillars must still be found) and a full-width space after 基本目標.
CASES.push({ ...CASES[2], fixture: 'variant-dingbat-circled.txt' });
// The 戸塚区 table variant with full-width １． numbering and ｜ column bars.
CASES.push({ ...CASES[1], fixture: 'variant-fullwidth-table-bars.txt' });

// The 港北区 variant again, with each pillar's 施策N and title split over two lines by the extraction.
CASES.push({ ...CASES[0], fixture: 'variant-split-pillar-headings.txt' });

CASES.push({
  // A newsletter page: bullets carrying their program names, a bare 拡充 after a name, the legend
  // printed after the pillars with single spaces between entries, a contact line with numbers.
  fixture: 'variant-newsletter-legend-after.txt',
  ward: '緑区',
  fiscal_year: 2024,
  basic_goal: '人と人とがつながり 誰もが安心して暮らせる 緑区',
  pillars: [
    {
      position: 1,
      title: '安全・安心なまちづくり',
      summary: '地震や風水害に備え、地域の防災力を高めます。',
      items: [
        { title: '地域防災拠点の訓練支援', program: '地域防災推進事業', markers: ['新'], description: ['【地域防災推進事業】(新)'] },
        { title: '土砂災害警戒区域の周知', program: null, markers: [] },
        { title: '特殊詐欺被害防止の啓発', program: null, markers: ['拡充'], description: ['啓発　拡充'] }
      ]
    },
    {
      position: 2,
      title: '子育て・健康のまちづくり',
      items: [
        { title: '親子の居場所づくり', program: '子育て支援拠点事業', markers: [] },
        { title: '健康づくり講座の開催', program: null, markers: ['デ'] },
        { title: '高齢者の見守り活動の支援', program: null, markers: [], description: ['新たに見守り協定を広げます。'] }
      ]
    },
    {
      position: 3,
      title: '区民に身近な区役所づくり',
      items: [
        { title: '窓口サービスの向上', markers: ['デ'] },
        { title: '区役所のDX推進', program: '区役所デジタル化推進事業', markers: ['新', 'デ'] }
      ]
    }
  ],
  sections: { organisation: ['区民目線で考え行動する職員', '地域と協働する組織'] },
  legend: [
    ['新', '新規事業'],
    ['デ', 'デジタル活用']
  ]
});

CASES.push({
  // A PDF summary's column width wraps sentences, bullets, an organisation bullet and both pillar titles
  // (overview and details); a wrapped line belongs to the line above, even where it looks like a heading.
  fixture: 'variant-pdf-wrapped-lines.txt',
  ward: '港南区',
  fiscal_year: 2024,
  basic_goal: '笑顔がつながる 港南',
  pillars: [
    {
      position: 1,
      title: '誰もが自分らしく健やかに暮らせるまちづくり',
      items: [
        { title: '地域包括ケアの推進', program: '地域包括ケア推進事業', description: ['見守りの\n仕組みづくりを進めます。'] },
        { title: '健康づくりの推進', program: '健康づくり推進事業' }
      ]
    },
    {
      position: 2,
      title: '災害に強く安全・安心に暮らせるまちづくり',
      items: [
        { title: '地域防災拠点の機能強化', program: '地域防災力強化事業', description: ['女性や要援護者の視点を取り入れた拠点運営の', '推進や備蓄品の更新を行います。'] },
        { title: '土砂災害警戒区域の住民を対象とした避難行動の啓発', sub_theme: '災害に強い地域づくり', markers: ['新'] },
        { title: '津波避難訓練の実施', sub_theme: '災害に強い地域づくり', markers: [] }
      ]
    }
  ],
  sections: { organisation: ['信頼される区役所'] }
});

CASES.push({
  // Flattened 主な事業・取組 | 内容 tables whose 内容 cell runs onto a second line (with or without 。), by
  // double spaces and by tabs: the line carries on its row, and the rows below stay rows.
  fixture: 'variant-table-wrapped-rows.txt',
  ward: '磯子区',
  fiscal_year: 2018,
  basic_goal: '住み続けたい磯子',
  pillars: [
    {
      position: 1,
      title: '安全で安心して暮らせるまち',
      items: [
        { title: '地域防災拠点運営支援', description: ['拠点運営委員会の\n活動を推進します。'] },
        { title: '自助・共助推進事業', description: ['防災講演会を開催します。'] },
        { title: '防犯カメラ設置補助', description: ['地域の\n防犯力の向上を図ります'] },
        { title: '交通安全推進事業' }
      ]
    },
    {
      position: 2,
      title: '健やかなまち',
      items: [
        { title: '子育て支援事業', markers: ['★'], description: ['行います。\nまた、乳幼児健診'] },
        { title: '健康づくり事業', markers: [] }
      ]
    }
  ],
  sections: { organisation: ['地域との協働'] }
});

CASES.push({
  // A web page's legend table (header row マーク | 内容) right under the 施策 heading, before the first pillar.
  fixture: 'variant-legend-table-under-shisaku.txt',
  ward: '青葉区',
  fiscal_year: 2022,
  basic_goal: '「住みつづけたい・住みたいまち」青葉の実現',
  pillars: [
    {
      position: 1,
      title: '誰もがいきいきと、健やかに暮らせるまち',
      items: [{ title: 'あおば健康スタイルの推進', program: '健康づくり推進事業', markers: ['+D'] }]
    },
    {
      position: 2,
      title: '安全で安心して暮らせるまち',
      items: [{ title: '防災情報のデジタル発信', program: '防災情報発信事業', markers: ['新規', '+D'] }]
    }
  ],
  legend: [
    ['新規', '令和4年度から新たに取り組む事業'],
    ['+D', 'ぷらすデジタル']
  ]
});

CASES.push({
  // A PDF summary's legend box with a title of its own (4つの重点視点) between Ⅱ and the first pillar.
  fixture: 'variant-legend-box-before-pillars.txt',
  ward: '金沢区',
  fiscal_year: 2023,
  basic_goal: '海と緑のまち 金沢',
  pillars: [
    {
      position: 1,
      title: '安全なまち',
      items: [
        { title: '地域防災拠点の支援', program: '地域防災力向上事業', markers: ['新', 'デ'] },
        { title: '防犯の推進', program: '防犯事業', markers: ['デ'] }
      ]
    },
    {
      position: 2,
      title: '元気なまち',
      items: [
        { title: '商店街のイベントを支援し、にぎわいをつくります', markers: ['新'] },
        { title: '区の魅力を発信します', markers: ['デ'] },
        { title: 'GREEN×EXPO 2027に向けた花の装飾を行います', markers: ['新', 'デ'] }
      ]
    }
  ],
  sections: { organisation: ['信頼される区役所'] },
  legend: [
    ['デ', 'デジタル'],
    ['新', '令和5年度からの新規事業を含む取組']
  ]
});

CASES.push({
  // Marker labels after a program name in 【】, ＜＞ or set apart; a program name in a table's name cell;
  // a download link with its size under the title; a コラム heading that has a title of its own.
  fixture: 'variant-program-markers-column.txt',
  ward: '鶴見区',
  fiscal_year: 2022,
  basic_goal: 'いつまでも住み続けたいまち・鶴見',
  pillars: [
    {
      position: 1,
      title: '地域力の強化',
      summary: '地域の皆様の活動を支援します。',
      items: [
        { title: '地域防災力の向上', program: '防災活動推進事業', markers: ['拡充'] },
        { title: '自治会町内会の支援', program: '自治会町内会振興事業', markers: ['新規'] },
        { title: '多文化共生の推進', program: '多文化共生推進事業', markers: ['新規事業'], description: ['多言語での情報発信を進めます。'] }
      ]
    },
    {
      position: 2,
      title: '健やかなまち',
      items: [
        { title: '地域の見守り', program: '高齢者見守り事業', description: ['民生委員と連携して見守りを進めます。'] },
        { title: '健康づくりの推進', program: null }
      ]
    }
  ],
  sections: { organisation: ['信頼される区役所'], column: ['コラム 鶴見川の生き物'] }
});

CASES.push({
  // 主な取組 over each pillar's list, and a middle pillar whose list is missing: the next pillar's items
  // stay its own, and an empty pillar between others is said, not taken for an early stop.
  fixture: 'variant-empty-middle-pillar.txt',
  ward: '旭区',
  fiscal_year: 2021,
  basic_goal: '『ふるさと旭』の実現',
  pillars: [
    { position: 1, title: '安心・健やかな暮らしの推進', items: [{ title: '災害に強い区づくり事業', description: ['地域防災拠点の訓練を支援します。'] }] },
    { position: 2, title: 'つながりづくりの推進', summary: '水・緑・花やスポーツ・文化を通じたつながりをつくります。', items: [] },
    { position: 3, title: '郊外部モデルの推進', items: [{ title: '大規模団地再生モデル事業', description: ['団地再生の取組を進めます。'] }] }
  ]
});

CASES.push({
  // Organisation titles wrapped over two lines in the overview and again in the details printed after
  // the last pillar without a Ⅲ heading: two organisation items, their ◆ sub-items no initiatives.
  fixture: 'variant-org-titles-wrapped.txt',
  ward: '西区',
  fiscal_year: 2022,
  basic_goal: 'つながる西区',
  pillars: [
    { position: 1, title: '地域の絆', items: [{ title: '地域活動の担い手支援', program: '地域活動推進事業' }] },
    { position: 2, title: '健やかな地域', items: [{ title: '健康づくりの推進', program: '健康づくり推進事業' }] }
  ],
  sections: { organisation: ['区民に寄り添い信頼される区役所', '地域とともに課題を解決する区役所'] }
});

CASES.push({
  // A legend of symbols on one line (★:新規事業 ○:拡充事業): ○ is then a marker, before a heading or a bullet.
  fixture: 'variant-symbol-legend-circle.txt',
  ward: '港北区',
  fiscal_year: 2023,
  basic_goal: 'つながり 支え合い 未来へ 港北',
  pillars: [
    {
      position: 1,
      title: '安全・安心なまち',
      summary: '地域の防災力を高めます。',
      items: [
        { title: '感震ブレーカー設置の啓発', program: '地震火災対策事業', markers: ['★'] },
        { title: '地域防災拠点の機能強化', program: '地域防災拠点支援事業', markers: ['○'] },
        { title: '防犯活動の支援', program: '防犯対策事業', markers: [] }
      ]
    },
    {
      position: 2,
      title: '健やかなまち',
      items: [
        { title: '子育て世代向けのオンライン相談を開始します', markers: ['★'] },
        { title: '認知症カフェの運営支援を拡充します', markers: ['○'] },
        { title: '健康ウォーキングを実施します', markers: ['新'] }
      ]
    }
  ],
  sections: { organisation: ['信頼に応える区役所'] },
  legend: [
    ['★', '新規事業'],
    ['○', '拡充事業']
  ]
});

CASES.push({
  // The legend as a note: ※(新)は令和5年度からの新規事業を含む取組です。
  fixture: 'variant-legend-note-line.txt',
  ward: '金沢区',
  fiscal_year: 2023,
  basic_goal: '海と緑のまち 金沢',
  pillars: [
    { position: 1, title: '安全なまち', items: [{ title: '防災訓練を支援します', markers: ['新'] }] },
    { position: 2, title: '元気なまち', items: [{ title: '商店街を支援します', markers: [] }] }
  ],
  sections: { organisation: ['信頼される区役所'] },
  legend: [['新', '令和5年度からの新規事業を含む取組']]
});

CASES.push({
  // A web page's text: <h3> pillars over a summary, <h4> item headings over paragraphs, only the first of
  // each pillar with a 【…事業】; the next <h3> carries on the pillars' series (…まち).
  fixture: 'variant-heading-items-no-glyph.txt',
  ward: '都筑区',
  fiscal_year: 2023,
  basic_goal: '「つながり」「活力と魅力」「安心」を実感できるまち、ふるさと都筑',
  pillars: [
    {
      position: 1,
      title: '安全・安心なまち',
      summary: '地域防災拠点の機能強化を進めます。',
      items: [
        { title: '防災・減災の推進', program: '防災・減災推進事業' },
        { title: '交通安全の推進', program: null, description: ['通学路の安全点検を行います。'] }
      ]
    },
    {
      position: 2,
      title: '健やかに暮らせるまち',
      summary: '誰もが健やかに暮らせるよう取り組みます。',
      items: [
        { title: '健康づくりの推進', program: '健康づくり推進事業' },
        { title: '地域の見守り', program: null }
      ]
    }
  ]
});

CASES.push({
  // An overview program list whose last name the column width broke ("…支援充実" / "事業 等"): one name,
  // so no program is reported missing.
  fixture: 'variant-program-list-wrapped.txt',
  ward: '西区',
  fiscal_year: 2022,
  basic_goal: 'つながる西区',
  pillars: [
    {
      position: 1,
      title: '地域の絆',
      items: [
        { title: '多文化共生の推進', program: '多文化共生推進事業' },
        { title: '地域活動の担い手支援', program: '地域活動推進事業' },
        { title: '西区の魅力発信', program: '西区魅力発信事業' }
      ]
    },
    {
      position: 2,
      title: '子どもの未来',
      items: [
        { title: '子育て世代の孤立防止', program: '子育て支援充実事業' },
        { title: '切れ目のない支援', program: '妊娠期から子育て期まで切れ目のない支援充実事業' }
      ]
    }
  ],
  sections: { organisation: ['区民に信頼される区役所'] }
});

CASES.push({
  // A PDF summary that prints Ⅲ's overview (titles only) before Ⅱ's details: the pillar's heading again,
  // numbered as in the overview, starts its details; the bare title is an organisation item.
  fixture: 'variant-details-after-org-overview.txt',
  ward: '栄区',
  fiscal_year: 2024,
  basic_goal: '水と緑を大切に 誰もが安心して笑顔で暮らせるまち さかえ',
  pillars: [
    {
      position: 1,
      title: '安全・安心に暮らせるまちづくり',
      items: [
        { title: '地域の防災力の向上', program: '地域防災力向上事業' },
        { title: '防犯・交通安全の推進', program: '防犯・交通安全推進事業' }
      ]
    }
  ],
  sections: { organisation: ['信頼される区役所'] }
});

CASES.push({
  // Unnumbered pillar headings each directly over their list's label (主な取組), no summary between.
  fixture: 'variant-unnumbered-pillar-over-label.txt',
  ward: '神奈川区',
  fiscal_year: 2019,
  basic_goal: 'だれもが住みやすく、つながりのあるまち かながわ',
  pillars: [
    { position: 1, title: '災害に強い安全・安心なまちづくり', items: [{ title: '地域防災拠点の運営委員会の活動を支援し、訓練の充実を図ります' }] },
    { position: 2, title: '地域で支え合い、健やかに暮らせるまちづくり', items: [{ title: '乳幼児健診や育児相談を通じて、子育て家庭を切れ目なく支援します' }] }
  ]
});

CASES.push({
  // An older 戸塚区-style web page: a legend table with its header row under Ⅱ and a sentence for (新);
  // tab-flattened 主な事業・取組 | 内容 tables with sub-theme rows, a name cell on two lines, (新) in names.
  fixture: 'variant-old-web-table-subthemes.txt',
  ward: '戸塚区',
  fiscal_year: 2018,
  basic_goal: 'こころ豊かに つながる笑顔 元気なとつか',
  stance: ['区民の皆様の声に耳を傾け、地域とともに課題の解決に取り組みます', '戸塚駅周辺の再開発で生まれたにぎわいを区全体に広げ、住みたい・住み続けたいまちづ…'],
  pillars: [
    {
      position: 1,
      title: '人と人とがつながるまちづくり',
      items: [
        { title: '自治会町内会活動の支援', sub_theme: '地域活動の推進', markers: [] },
        { title: '地域の居場所づくり支援', sub_theme: '地域活動の推進', markers: ['新', '子', '高'] },
        { title: '区民活動センター事業', sub_theme: '区民活動の支援', markers: [] },
        { title: '青少年指導員・スポーツ推進委員活動の支援', sub_theme: '青少年の健全育成', markers: ['子'] }
      ]
    },
    {
      position: 2,
      title: '安全・安心を実感できるまちづくり',
      items: [
        { title: '地域防災拠点の機能強化', sub_theme: '地域の防災力の向上', markers: ['減'] },
        { title: '戸塚減災フェアの開催', sub_theme: '地域の防災力の向上', markers: ['新', '子', '減'] },
        { title: '防犯活動の支援', sub_theme: '防犯・交通安全対策', markers: [] },
        { title: '交通安全教室', sub_theme: '防犯・交通安全対策', markers: ['子', '高'] }
      ]
    },
    {
      position: 3,
      title: '誰もが自分らしく健やかに暮らせるまちづくり',
      items: [
        { title: '第3期とつかハートプランの推進', markers: ['高'] },
        { title: '地域包括ケアシステムの構築', markers: ['高'] },
        { title: 'とつか子育てネットワーク', markers: ['子'] },
        { title: '健康づくり事業', markers: [] }
      ]
    },
    {
      position: 4,
      title: '活気に満ちた魅力あふれるまちづくり',
      items: [{ title: 'とつか宿場まつりの開催支援' }, { title: '「音楽の街とつか」の推進' }, { title: '商店街の活性化', markers: ['新'] }]
    },
    {
      position: 5,
      title: '区民に信頼され親しまれる区役所づくり',
      items: [{ title: '区役所窓口サービスの向上', markers: ['高'] }, { title: '広報とつかの充実', markers: [] }]
    }
  ],
  sections: { organisation: ['地域との協働', '活力ある組織づくり'] },
  legend: [
    ['子', '子育て'],
    ['高', '高齢者'],
    ['減', '防災・減災'],
    ['新', '平成30年度からの新規事業を含む取組']
  ]
});

CASES.push({
  // A legend in a sentence (★は…新規事業、☆は拡充事業です。): ☆ is a code of its own, not ★ printed hollow.
  fixture: 'variant-legend-sentence-stars.txt',
  ward: '港南区',
  fiscal_year: 2021,
  basic_goal: '「ひと・まち・みどり」が輝き　笑顔があふれる　こうなん',
  pillars: [
    {
      position: 1,
      title: 'みんなで守る　安全・安心のまち',
      items: [
        { title: '風水害に備えたまちづくり', program: '風水害対策事業', markers: ['★'] },
        { title: '子育て支援の充実', program: '子育て支援推進事業', markers: ['☆'] }
      ]
    }
  ],
  legend: [
    ['★', '令和３年度の新規事業'],
    ['☆', '拡充事業']
  ]
});

CASES.push({
  // A newsletter page ends with pointers to the web (詳しくは…ホームページ, 二次元コード, 全文は…) and a list of
  // past years' plans: none of it is the column's text, and the year stays this plan's.
  fixture: 'variant-newsletter-web-pointers.txt',
  ward: '港南区',
  fiscal_year: 2021,
  basic_goal: '「ひと・まち・みどり」が輝き　笑顔があふれる　こうなん',
  pillars: [{ position: 1, title: 'みんなで守る　安全・安心のまち', items: [{ title: '地域防災力の向上', program: '地域防災推進事業' }] }],
  sections: { column: ['コラム　港南区の桜の名所'] }
});

CASES.push({
  // A newsletter page: no Ⅱ heading, pillars as ■ boxes over 重点事業 / 主な施策 labels and bullets with ※
  // labels, a caption and a mascot line, 組織運営 as one paragraph, a コラム, web pointers, past plans.
  fixture: 'variant-newsletter-square-pillars.txt',
  ward: '神奈川区',
  fiscal_year: 2019,
  basic_goal: 'だれもが住みやすく、つながりのあるまち かながわ',
  pillars: [
    {
      position: 1,
      title: '災害に強い安全・安心なまちづくり',
      items: [
        { title: '地域防災拠点の運営委員会の活動を支援し、訓練の充実を図ります', markers: ['重点事業'] },
        { title: '台風や大雨に備え、洪水・内水ハザードマップを全戸配布します', markers: ['新規事業'] },
        { title: '自転車の安全利用と放置自転車対策を進めます', markers: [] }
      ]
    },
    {
      position: 2,
      title: '地域で支え合い、健やかに暮らせるまちづくり',
      items: [
        { title: '「かながわ区地域福祉保健計画」に基づき、地区別の支え合い活動を推進します', markers: [] },
        { title: '高齢者の見守りネットワークを広げるため、地域ケアプラザと連携した講座を開催します', markers: ['新規事業'] },
        { title: '乳幼児健診や育児相談を通じて、子育て家庭を切れ目なく支援します', markers: [] },
        { title: 'がん検診や特定健診の受診を呼びかけ、健康寿命の延伸を目指します', markers: [] }
      ]
    },
    {
      position: 3,
      title: '魅力とにぎわいのあるまちづくり',
      items: [
        { title: '東海道の宿場町「神奈川宿」の歴史を生かした散策イベントを開催します' },
        { title: '横浜駅周辺の商店街と連携し、にぎわいづくりを進めます' },
        { title: 'ラグビーワールドカップ2019の開催に合わせて、区内の魅力を発信します', markers: ['新規事業'] }
      ]
    },
    {
      position: 4,
      title: '区民に信頼される区役所づくり',
      items: [{ title: '窓口の待ち時間を短縮するため、受付方法を見直します' }, { title: '区民の皆様の声を区政に生かすため、区民意識調査を行います' }]
    }
  ],
  sections: { organisation: ['区民の皆様の視点に立ち、職員一人ひとりが「おもてなしの心」を持って、信頼される区…'], column: ['コラム 神奈川宿歴史の道'] }
});

CASES.push({
  // A PDF summary whose 主な事業・取組 内容 tables kept one space between the columns, header and rows
  // alike; ★ and ○ before a row's name are its markers, (新規事業) after it too.
  fixture: 'variant-table-single-space.txt',
  ward: '磯子区',
  fiscal_year: 2018,
  basic_goal: '"住みたい" "住み続けたい" 磯子 ~誰もが安心して笑顔で暮らせるまち~',
  pillars: [
    {
      position: 1,
      title: '安全で安心して暮らせるまち',
      items: [
        { title: '地域防災拠点運営支援', markers: ['★'], description: ['地域防災拠点の訓練や資機材の整備を支援し'] },
        { title: '自助・共助推進事業', markers: [] },
        { title: '防犯カメラ設置補助', markers: ['★', '新規事業'] },
        { title: '交通安全推進事業', markers: [] }
      ]
    },
    {
      position: 2,
      title: '健やかに支え合うまち',
      items: [
        { title: 'いそご地域福祉保健計画推進事業', markers: ['○'] },
        { title: '子育て支援事業', markers: [] },
        { title: '認知症支援事業', markers: ['○'] },
        { title: '健康づくり事業', markers: [] }
      ]
    },
    {
      position: 3,
      title: '地域の魅力とにぎわいのあるまち',
      items: [{ title: '磯子区魅力発信事業', markers: ['★'] }, { title: '商店街活性化事業' }, { title: 'いそご文化振興事業' }]
    },
    { position: 4, title: '区民に身近で信頼される区役所', items: [{ title: '窓口サービス向上事業' }, { title: '広報事業' }] }
  ],
  sections: { organisation: ['区民の皆様の視点に立った区政運営', '地域との協働', '職員の育成と働き方改革'] }
});

// Controls: ordinary shapes that the rules for wrapped lines, legend boxes, wrapped titles, bullet program
// names, year menus and download links must leave alone (each once misread while those rules were made).
CASES.push({
  fixture: 'control-pillar-over-coded-bullets.txt',
  ward: '栄区',
  fiscal_year: 2023,
  basic_goal: '未来につなぐ 住みよい さかえ',
  pillars: [
    {
      position: 1,
      title: '安全・安心なまちづくり',
      items: [
        { title: '感震ブレーカー設置の啓発', markers: ['新'] },
        { title: '防犯パトロールの支援', markers: [] }
      ]
    },
    { position: 2, title: '健やかに暮らせるまちづくり', items: [{ title: '認知症カフェの運営支援' }] }
  ],
  legend: []
});

CASES.push({
  fixture: 'control-plain-style-bullets.txt',
  ward: '瀬谷区',
  fiscal_year: 2023,
  basic_goal: '住みたい 住み続けたい 瀬谷',
  pillars: [
    {
      position: 1,
      title: '安全・安心なまちづくり',
      items: [
        { title: '地域防災拠点の訓練を支援する', sub_theme: '地域防災力の向上' },
        { title: '自主防犯活動を支援する', sub_theme: '防犯・交通安全対策' }
      ]
    }
  ],
  sections: { organisation: ['信頼される区役所', '学び合う組織'] }
});

CASES.push({
  fixture: 'control-title-ending-ru-over-subtheme.txt',
  ward: '港北区',
  fiscal_year: 2022,
  basic_goal: 'つながり 支え合い 未来へ 港北',
  pillars: [
    { position: 1, title: '安全に、安心して暮らせる', items: [{ title: '地域防災拠点の訓練を支援します', sub_theme: '防災・減災の推進' }] },
    { position: 2, title: '活気にあふれる', items: [{ title: '商店街のイベントを支援します', sub_theme: '商店街の賑わいづくり' }] }
  ]
});

CASES.push({
  fixture: 'control-bullet-note-brackets.txt',
  ward: '旭区',
  fiscal_year: 2023,
  basic_goal: '『ふるさと旭』の実現',
  pillars: [
    {
      position: 1,
      title: '安全・安心なまちづくり',
      items: [
        { title: '土砂災害警戒区域の周知', program: null },
        { title: '子どもの見守り活動の支援【再掲】', program: null }
      ]
    }
  ]
});

CASES.push({
  fixture: 'control-past-years-under-title.txt',
  ward: '戸塚区',
  fiscal_year: 2023,
  basic_goal: 'こころ豊かに つながる笑顔 元気なとつか',
  pillars: [{ position: 1, title: '人と人とがつながるまちづくり', items: [{ title: '地域の居場所の運営を支援します' }] }]
});

CASES.push({
  fixture: 'control-link-with-size.txt',
  ward: '中区',
  fiscal_year: 2023,
  basic_goal: 'にぎわいと安心のまち 中区',
  pillars: [
    {
      position: 1,
      title: '安全・安心なまちづくり',
      items: [{ title: '地域防災拠点の訓練支援' }, { title: '防災マップの配布（PDF：2.1MB）', description: ['（PDF：2.1MB）'] }]
    }
  ],
  sections: { organisation: ['信頼される区役所'] }
});

// Controls from a second review: tables whose cells run on with marker codes or a clause, a table that
// ends at the next unnumbered pillar or an organisation title, a publisher's footer, a pillar's subtitle
// over 主な取組, a contact label with its number on the next line.
CASES.push({
  fixture: 'control-table-marker-line.txt',
  ward: '戸塚区',
  fiscal_year: 2017,
  basic_goal: 'こころ豊かに つながる笑顔 元気なとつか',
  pillars: [
    {
      position: 1,
      title: '人と人とがつながるまちづくり',
      items: [{ title: '地域の居場所づくり支援', markers: ['子', '高'] }, { title: '区民活動センター事業', markers: [] }]
    }
  ]
});

CASES.push({
  fixture: 'control-table-marker-only-line.txt',
  ward: '戸塚区',
  fiscal_year: 2017,
  basic_goal: 'こころ豊かに つながる笑顔 元気なとつか',
  pillars: [
    {
      position: 1,
      title: '安全・安心を実感できるまちづくり',
      items: [{ title: '交通安全教室', markers: ['子', '高'] }, { title: '防犯活動の支援', sub_theme: null, markers: [] }]
    }
  ]
});

CASES.push({
  fixture: 'control-table-comma-line.txt',
  ward: '戸塚区',
  fiscal_year: 2017,
  basic_goal: 'こころ豊かに つながる笑顔 元気なとつか',
  pillars: [
    {
      position: 1,
      title: '安全・安心を実感できるまちづくり',
      items: [
        { title: '地域防災拠点の機能強化', description: ['また、要援護者の避難支援に向けて、\n地域の見守り活動を進めます。'] },
        { title: '防犯活動の支援' }
      ]
    }
  ]
});

CASES.push({
  fixture: 'control-table-unnumbered-next-pillar.txt',
  ward: '戸塚区',
  fiscal_year: 2017,
  basic_goal: 'こころ豊かに つながる笑顔 元気なとつか',
  pillars: [
    { position: 1, title: '人と人とがつながるまちづくり', items: [{ title: '区民活動センター事業' }] },
    { position: 2, title: '安全・安心を実感できるまちづくり', items: [{ title: '防犯活動の支援', sub_theme: null }] }
  ]
});

CASES.push({
  fixture: 'control-table-org-title-after.txt',
  ward: '戸塚区',
  fiscal_year: 2020,
  basic_goal: 'こころ豊かに つながる笑顔 元気なとつか',
  pillars: [{ position: 1, title: '安全・安心を実感できるまちづくり', items: [{ title: '防犯活動の支援', sub_theme: null, description: ['物品支援を行います。'] }] }],
  sections: { organisation: ['区民に信頼される区役所'] }
});

CASES.push({
  fixture: 'control-org-office-footer.txt',
  ward: '泉区',
  fiscal_year: 2022,
  basic_goal: '「住みたい 住み続けたい 泉区」',
  pillars: [{ position: 1, title: '安全・安心なまちづくり', items: [{ title: '地域防災力の向上', program: '地域防災力向上事業' }] }],
  sections: { organisation: ['区民に信頼される区役所'] }
});

CASES.push({
  fixture: 'control-pillar-subtitle-over-label.txt',
  ward: '神奈川区',
  fiscal_year: 2019,
  basic_goal: 'だれもが住みやすく、つながりのあるまち かながわ',
  pillars: [
    { position: 1, title: '災害に強い安全・安心なまちづくり', summary: '地域で備える防災・減災', items: [{ title: '地域防災拠点の運営委員会の活動を支援し、訓練の充実を図ります' }] },
    { position: 2, title: '地域で支え合い、健やかに暮らせるまちづくり', items: [{ title: '乳幼児健診や育児相談を通じて、子育て家庭を切れ目なく支援します' }] }
  ]
});

CASES.push({
  fixture: 'control-contact-label-number-next-line.txt',
  ward: '西区',
  fiscal_year: 2023,
  basic_goal: '人と人がつながり、誰もが安心して暮らせるまち 西区',
  pillars: [
    {
      position: 1,
      title: '安全・安心なまちづくり',
      items: [
        { title: '地域防災力の向上', program: '地域防災力向上事業' },
        { title: '防犯・交通安全の推進', program: '防犯推進事業' },
        { title: '子育て支援の充実', program: '子育て支援事業' }
      ]
    },
    { position: 2, title: '元気なまちづくり', items: [{ title: '商店街の活性化', program: '商店街支援事業' }] }
  ]
});

function sectionTitles(plan: ParsedPlan, kind: SectionKind): string[] {
  return plan.sections.filter((s) => s.kind === kind).map((s) => s.title);
}

describe.each(CASES)('variant $fixture', (c) => {
  const plan = parseFixture(c.fixture);

  it('reads ward, year and the basic goal as printed', () => {
    expect(plan.ward).toBe(c.ward);
    expect(plan.fiscal_year).toBe(c.fiscal_year);
    expect(plan.basic_goal).toBe(c.basic_goal);
  });

  it('finds each pillar once, at its printed position, titled without its numbering', () => {
    expect(plan.pillars.map((p) => [p.position, p.title])).toEqual(c.pillars.map((p) => [p.position, p.title]));
    for (const [k, expected] of c.pillars.entries()) {
      if (expected.summary !== undefined) expect(plan.pillars[k]?.summary).toBe(expected.summary);
    }
  });

  it('finds the initiatives of each pillar, in order', () => {
    for (const [k, expected] of c.pillars.entries()) {
      const pillar = plan.pillars[k];
      expect(pillar?.initiatives.map((i) => i.title)).toEqual(expected.items.map((i) => i.title));
      expect(pillar?.initiatives.map((i) => i.position)).toEqual(expected.items.map((_, j) => j + 1));
    }
  });

  it('reads program names, sub-themes, markers and descriptions', () => {
    for (const [k, expected] of c.pillars.entries()) {
      for (const [j, item] of expected.items.entries()) {
        const got = plan.pillars[k]?.initiatives[j];
        expect(got, `${expected.title} #${j + 1}`).toBeDefined();
        if (!got) continue;
        if (item.program !== undefined) expect(got.program_name).toBe(item.program);
        if (item.sub_theme !== undefined) expect(got.sub_theme).toBe(item.sub_theme);
        if (item.markers !== undefined) expect(got.markers).toEqual(item.markers);
        for (const piece of item.description ?? []) expect(got.description).toContain(piece);
      }
    }
  });

  it('reads the stance items', () => {
    expect(plan.stance.map((s) => s.title)).toEqual(c.stance ?? []);
  });

  it('files the sections it should, and the legend wherever it is printed', () => {
    const expected = { organisation: [], department: [], column: [], ...c.sections };
    for (const [kind, titles] of Object.entries(expected)) {
      expect(sectionTitles(plan, kind as SectionKind)).toEqual(titles);
    }
    if (c.legend) expect(plan.legend.map((e) => [e.marker, e.label])).toEqual(c.legend);
    // A download link with its size is page furniture, never an item's or a section's text.
    for (const text of plan.sections.map((x) => x.body)) expect(text).not.toMatch(/[0-9]\s*KB[)）]/);
    // Pointers to the web and lists of other years' plans are furniture, never a section's text.
    for (const section of plan.sections) expect(section.body).not.toMatch(/ホームページ|二次元コード|運営方針$/m);
    // The publisher's address at a page's foot is furniture.
    for (const section of plan.sections) expect(section.body).not.toMatch(/〒/);
    // A contact line (問合せ … 電話 …) is page furniture, never a section's text.
    for (const section of plan.sections) expect(section.body).not.toMatch(/電話\s*[0-9０-９]/);
  });

  it('is not truncated unless the text stops early, and drops nothing as "outside any pillar"', () => {
    expect(plan.truncated).toBe(c.truncated ?? false);
    const unexpected = c.truncated ? /outside any|MISSING/ : /outside any|TRUNCATED|MISSING/;
    expect(plan.warnings.filter((w) => unexpected.test(w.message))).toEqual([]);
  });

  it('never yields an empty title or description, nor a number left in a title', () => {
    for (const it of allInitiatives(plan)) {
      expect(it.title.trim()).not.toBe('');
      expect(it.description.trim()).not.toBe('');
    }
    for (const p of plan.pillars) expect(p.title).not.toMatch(/^(?:施策\s*)?[0-9０-９]+\s*[.．]?\s|^[①-⑳[［(（]/);
  });
});

describe('rename notes stay readable for lineage', () => {
  const items = allInitiatives(parseFixture('variant-rename-notes.txt'));

  it('keeps 「(旧:…)」 out of titles and program names', () => {
    for (const it of items) {
      expect(it.title).not.toContain('旧');
      expect(it.program_name ?? '').not.toContain('旧');
    }
  });

  it('lets renamePointers() find the former names in the description', () => {
    const pointers = (title: string) => renamePointers(items.find((i) => i.title === title)?.description ?? '');
    expect(pointers('花と緑のまちづくりの推進')).toEqual(['花壇づくり事業', '街路樹緑化事業']);
    expect(pointers('公園の魅力向上')).toEqual(['公園愛護会支援事業']);
    expect(pointers('健康づくりの推進')).toEqual(['健康みなぎる事業']);
    expect(pointers('食育の推進')).toEqual(['食生活改善事業']);
  });
});

describe('umbrella line', () => {
  it('says that the first line was read as an umbrella over the pillars', () => {
    const plan = parseFixture('variant-umbrella-unnumbered-bullets.txt');
    expect(plan.warnings.some((w) => w.message.includes('協働で進めるまちづくり') && w.message.includes('umbrella'))).toBe(true);
  });
});

describe('page furniture', () => {
  const plan = parseFixture('variant-pdf-page-furniture.txt');

  it('never turns page numbers or running headers into items or text', () => {
    for (const it of allInitiatives(plan)) {
      expect(it.title).not.toMatch(/運営方針|^[-－]?\s*[0-9０-９]+\s*[-－]?$/);
      expect(it.description).not.toMatch(/運営方針|- [0-9] -|^３$/m);
    }
  });

  it('keeps the title line as the document title', () => {
    expect(plan.title).toBe('令和５年度 青葉区運営方針');
  });
});

describe('sections of the organisation part and departments', () => {
  it('keeps each organisation bullet as its own section with its text', () => {
    const plan = parseFixture('variant-square-program-bullets.txt');
    const org = plan.sections.filter((s) => s.kind === 'organisation');
    expect(org.map((s) => s.body)).toEqual(['・区民の声を大切にし、施策に生かします。', '・職員一人ひとりが学び合う職場をつくります。']);
  });

  it('keeps the text of a column out of the items around it', () => {
    const plan = parseFixture('variant-column-between-pillars.txt');
    expect(plan.sections.find((s) => s.kind === 'column')?.body).toBe('区のマスコットを紹介します。');
    expect(allInitiatives(plan).some((i) => i.description.includes('マスコット'))).toBe(false);
  });

  it('gives departments their paragraph and keeps them out of pillars', () => {
    const plan = parseFixture('variant-org-before-departments.txt');
    expect(plan.sections.find((s) => s.title === '地域振興課')?.body).toBe('自治会町内会の活動を支援します。');
    expect(allInitiatives(plan).some((i) => /課/.test(i.title))).toBe(false);
  });
});

describe('a 組織運営 part that lists only numbered titles (variant-org-titles-only.txt)', () => {
  const plan = parseFixture('variant-org-titles-only.txt');

  it('keeps each numbered title as an item with an empty body', () => {
    expect(plan.sections.filter((s) => s.kind === 'organisation').map((s) => [s.title, s.body])).toEqual([
      ['区民に信頼される区役所', ''],
      ['職員の育成', ''],
      ['協働・共創の推進', '']
    ]);
  });

  it('says which unnumbered label before the items it left out, with its line', () => {
    expect(plan.warnings).toContainEqual({ line: 23, message: 'unnumbered line before any organisation item ignored: 区役所の姿勢' });
  });
});

describe('a PDF summary with leaders in its legend and a photo title (variant-pdf-leaders-legend.txt)', () => {
  const plan = parseFixture('variant-pdf-leaders-legend.txt');

  it('reads both entries of the legend row, without the leaders', () => {
    expect(plan.legend.map((e) => [e.marker, e.label, e.line])).toEqual([
      ['★', '重点的に取り組む事業', 6],
      ['+D', 'ぷらすデジタルの取組', 6]
    ]);
    expect(plan.sections.filter((s) => s.kind === 'legend').map((s) => s.body)).toEqual(['★…重点的に取り組む事業　[+D]…ぷらすデジタルの取組']);
  });

  it('leaves the photo title out of the description, and says so with its line', () => {
    const item = allInitiatives(plan).find((i) => i.title === '放課後の居場所づくり');
    expect(item?.description).toBe('放課後キッズクラブ等と連携し、居場所を広げます。');
    expect(plan.warnings).toEqual([{ line: 20, message: 'short line under an item taken for a photo title and left out: 放課後の居場所の様子' }]);
  });
});

describe('field labels in brackets (variant-pillar-fields-circled-items.txt)', () => {
  it('are not program names: no warning about them', () => {
    expect(parseFixture('variant-pillar-fields-circled-items.txt').warnings).toEqual([]);
  });
});

describe('a pillar heading repeated as …（続き） (variant-continued-pillar.txt)', () => {
  it('joins the pillar without a warning about its title', () => {
    expect(parseFixture('variant-continued-pillar.txt').warnings).toEqual([]);
  });
});
