/**
 * Shape-specific details of the fixtures: program names, markers, sub-themes, legend, sections,
 * recovery, truncation warnings, HTML input, options, and input that is not a plan.
 */
import { describe, it, expect } from 'vitest';
import { parsePlan } from '../../src/lib/plans/parse-plan';
import { PlanInputError } from '../../src/lib/plans/types';
import { htmlToText } from '../../src/lib/text/html-to-text';
import { readNumberedHeading } from '../../src/lib/plans/find-pillars';
import { allInitiatives, parseFixture, readFixture } from './helpers';

describe('◆ headings with 【…事業】', () => {
  const plan = parseFixture('numbered-glyph.txt');
  const items = allInitiatives(plan);

  it.each([
    ['テスト川の水辺再生', '水辺再生事業', [12, 14]],
    ['公園愛護会の支援', '公園愛護会支援事業', [16, 18]], // a space before 【
    ['地域活動の担い手育成', '担い手育成事業', [30, 34]] // 【…】 on its own line
  ])('%s → program %s, lines %j', (title, program, lines) => {
    const item = items.find((i) => i.title === title);
    expect(item?.program_name).toBe(program);
    expect(item?.lines).toEqual(lines);
  });

  it('keeps the paragraph as description and drops the caption', () => {
    const item = items.find((i) => i.title === '公園愛護会の支援');
    expect(item?.description).toBe('公園を管理する愛護会の活動を支援します。');
    expect(items.some((i) => i.description.includes('写真'))).toBe(false);
  });

  it('keeps the pillar summary', () => {
    expect(plan.pillars[0].summary).toBe('テスト川沿いの緑を守り、水辺に親しむ機会を広げます。');
  });
});

describe('marker labels', () => {
  const items = allInitiatives(parseFixture('marker-words.txt'));
  it.each([
    ['放課後の居場所づくり', ['新規事業']],
    ['子育て相談の充実', ['新規']],
    ['読み聞かせの推進', ['重点事業']], // 重点を置いて in the prose is not a marker
    ['オンライン申請の拡大', ['★', '+D']],
    ['窓口案内の改善', ['新']], // full-width （新）
    ['相談会の開催', ['新規事業']]
  ])('%s has markers %j', (title, markers) => {
    expect(items.find((i) => i.title === title)?.markers).toEqual(markers);
  });

  it('keeps markers in the description as printed', () => {
    expect(items.find((i) => i.title === 'オンライン申請の拡大')?.description).toBe('申請をオンラインで受け付けます。[+D]');
  });
});

describe('unnumbered pillars, sub-themes, bullets and a legend (戸塚区-like)', () => {
  const plan = parseFixture('unnumbered-subthemes.txt');

  it('reads the legend from the document, with means_new only for (新)', () => {
    expect(plan.legend.map((e) => [e.marker, e.label, e.means_new])).toEqual([
      ['み', 'みらい', false],
      ['安', 'あんしん', false],
      ['ス', 'スマート', false],
      ['新', '令和6年度からの新規事業を含んだ取組', true]
    ]);
    expect(plan.legend[0].description).toBe('次世代につながる取組');
    expect(plan.sections.filter((s) => s.kind === 'legend').map((s) => s.title)).toEqual(['3つの視点']);
  });

  it('gives bullets their sub-theme, or null where the pillar has none', () => {
    const [p1, , p3] = plan.pillars;
    expect(p1.initiatives.map((i) => i.sub_theme)).toEqual(['地域活動の支援', '地域活動の支援', '多世代交流の推進']);
    expect(p3.initiatives.map((i) => i.sub_theme)).toEqual([null, null]);
  });

  it('takes the bullet as description and its codes as markers', () => {
    const item = plan.pillars[0].initiatives[1];
    expect(item.description).toBe('地域の居場所づくりを新たに進めます。(新)(み)(ス)');
    expect(item.markers).toEqual(['新', 'み', 'ス']);
    expect(item.lines).toEqual([52, 52]);
  });

  it('keeps the overview summaries', () => {
    expect(plan.pillars.map((p) => p.summary)).toEqual([
      '地域のつながりを深める活動を支援します。',
      '防災と防犯の取組を進めます。',
      '窓口サービスを向上させます。'
    ]);
  });

  it('files stance bullets, the organisation item and departments as sections, not initiatives', () => {
    expect(plan.stance.map((s) => s.title)).toEqual(['区民の皆様とともに、住み続けたいまちをつくります', 'デジタルを活用し、便利な区役所をめざします']);
    const kinds = (k: string) => plan.sections.filter((s) => s.kind === k).map((s) => s.title);
    expect(kinds('stance')).toHaveLength(2);
    expect(kinds('organisation')).toEqual(['対話を大切にする組織']);
    expect(kinds('department')).toEqual(['戸籍課', 'テスト土木事務所']); // not the contact block's 区政推進課
  });

  it('drops page furniture', () => {
    const text = JSON.stringify(plan);
    for (const furniture of ['このページの先頭です', '最終更新日', '電話', 'ページID', '区政推進課']) {
      expect(text).not.toContain(furniture);
    }
  });
});

describe('flattened 主な事業・取組 | 内容 tables', () => {
  const plan = parseFixture('table-rows.txt');
  it('reads name and description from |, tab and double-space rows', () => {
    const rows = allInitiatives(plan).map((i) => [i.title, i.description, i.markers]);
    expect(rows).toEqual([
      ['健康ウォーキング', '区内の散策コースでウォーキング大会を開きます。', []],
      ['防災フェア', '防災の知識を楽しく学べるフェアを開催します。(新規事業)', ['新規事業']],
      ['商店街スタンプラリー', '商店街を巡るスタンプラリーを実施します。', []],
      ['花いっぱい運動', '駅前に花を植えます。', []]
    ]);
  });
});

describe('overview out of order, lost heading', () => {
  const plan = parseFixture('overview-out-of-order.txt');
  it('keeps the overview program lists per pillar', () => {
    expect(plan.pillars.map((p) => p.overview_programs)).toEqual([
      ['魅力発信事業', '文化振興事業', '花と緑の支援事業'],
      ['地域力支援事業'],
      ['防災事業', '交通安全事業']
    ]);
  });
  it('recovers the paragraph whose ◆ heading was lost, with a warning', () => {
    const item = plan.pillars[0].initiatives[2];
    expect(item).toMatchObject({
      title: '花と緑の支援事業',
      program_name: '花と緑の支援事業',
      description: '花壇の手入れを行うボランティア団体を支援します。',
      recovered: true,
      lines: [35, 35]
    });
    expect(plan.warnings.some((w) => w.line === 35 && w.message.includes('花と緑の支援事業'))).toBe(true);
  });
  it('warns nothing missing when every overview name has its item', () => {
    expect(plan.warnings.filter((w) => w.message.includes('MISSING'))).toEqual([]);
  });
});

describe('truncated documents', () => {
  const plan = parseFixture('truncated.txt');
  it('returns what is there and says what is missing', () => {
    expect(plan.truncated).toBe(true);
    const messages = plan.warnings.map((w) => w.message).join('\n');
    expect(messages).toContain('にぎやかなまちづくり');
    expect(messages).toContain('スポーツ事業');
    expect(messages).toContain('mid-sentence');
  });
  it('never invents items', () => {
    expect(allInitiatives(plan)).toHaveLength(3);
  });
  it('flags a pillar heading at the end of the text', () => {
    const cut = parsePlan('Ⅰ 基本目標 テストのまち\n\n施策\n\n1 はじめのまち\n\n◆公園【公園事業】\n公園を整えます。\n\n2 おわりのまち\n');
    expect(cut.truncated).toBe(true);
    expect(cut.pillars.map((p) => p.initiatives.length)).toEqual([1, 0]);
  });
  it('does not flag a complete document', () => {
    expect(parseFixture('numbered-glyph.txt').truncated).toBe(false);
  });
});

describe('HTML input through htmlToText', () => {
  const plan = parsePlan(htmlToText(readFixture('page.html')), { fileName: 'page.html' });
  it('parses the page as a plan', () => {
    expect(plan.title).toBe('令和5年度テスト区運営方針');
    expect(plan.basic_goal).toBe('ひかる&つながる テストのまち');
    expect(plan.pillars.map((p) => p.title)).toEqual(['学びのまちづくり', '健康のまちづくり']);
  });
  it('reads the table rows and list bullets as initiatives', () => {
    expect(plan.pillars[0].initiatives.map((i) => [i.title, i.markers])).toEqual([
      ['図書館の充実', ['新']],
      ['生涯学習講座', []]
    ]);
    expect(plan.pillars[1].initiatives.map((i) => i.description)).toEqual(['健康講座を開きます。', '検診を<無料>で受けられます。']);
  });
  it('never takes script, noscript, template or comment content', () => {
    const text = JSON.stringify(plan);
    for (const hidden of ['alert', 'スクリプト', 'テンプレート', 'コメント', 'javascript']) expect(text).not.toContain(hidden);
  });
});

describe('options and headers', () => {
  it('lets options.ward and options.fiscal_year win', () => {
    const plan = parsePlan(readFixture('numbered-glyph.txt'), { ward: '架空区', fiscal_year: 2030 });
    expect([plan.ward, plan.fiscal_year]).toEqual(['架空区', 2030]);
  });
  it.each([
    ['令和元年度 テスト区運営方針', 2019],
    ['平成31年度テスト区運営方針', 2019],
    ['令和７年度 テスト区運営方針', 2025],
    ['2016年度 テスト区運営方針', 2016]
  ])('%s → %i', (title, year) => {
    const plan = parsePlan(`${title}\n\n基本目標\nテストのまち\n`);
    expect(plan.fiscal_year).toBe(year);
    expect(plan.ward).toBe('テスト区');
  });
  it('reads the goal under a letter-spaced heading (I　基 本 目 標), not the heading', () => {
    const plan = parsePlan('令和５年度　テスト区運営方針\n\nI　基 本 目 標\n豊かな自然のまち　テスト\n\nII　目標達成に向けた施策\n施策1　災害に強いまちづくり\n・訓練を支援します。\n');
    expect(plan.basic_goal).toBe('豊かな自然のまち　テスト');
  });
  it('joins a slogan wrapped inside its brackets', () => {
    const plan = parsePlan('令和５年度 テスト区運営方針\n\nⅠ 基本目標\n「誰もが安心して\n住み続けられるまち テスト区」\n\nⅡ 目標達成に向けた施策\n１ 安全・安心なまちづくり\n・訓練を支援します。\n');
    expect(plan.basic_goal).toBe('「誰もが安心して住み続けられるまち テスト区」');
    const sameLine = parsePlan('令和５年度 テスト区運営方針\n\n基本目標：「誰もが安心して\n住み続けられるまち」\n\n施策1 安全なまちづくり\n・訓練を支援します。\n');
    expect(sameLine.basic_goal).toBe('「誰もが安心して住み続けられるまち」');
  });
  it.each([
    ['令和５年度 川崎市中原区運営方針', '中原区'],
    ['令和５年度　中原区区政運営方針', '中原区'],
    ['令和５年度　中原区区運営方針', '中原区'],
    ['令和５年度 港区運営方針', '港区']
  ])('%s → ward %s (no city, no 区政)', (title, ward) => {
    const plan = parsePlan(`${title}\n\n基本目標\nテストのまち\n`);
    expect([plan.ward, plan.fiscal_year]).toEqual([ward, 2023]);
  });
  it('reads a title that puts the year after the name', () => {
    const plan = parsePlan('テスト区運営方針（令和５年度）\n\n基本目標\nテストのまち\n');
    expect([plan.title, plan.ward, plan.fiscal_year]).toEqual(['テスト区運営方針（令和５年度）', 'テスト区', 2023]);
  });
});

describe('input that is not a plan', () => {
  it('throws PlanInputError naming the file for a novel', () => {
    expect(() => parsePlan(readFixture('not-a-plan.txt'), { fileName: 'novel.txt' })).toThrow(PlanInputError);
    expect(() => parsePlan(readFixture('not-a-plan.txt'), { fileName: 'novel.txt' })).toThrow(/novel\.txt/);
  });
  it('throws for an unrelated HTML page', () => {
    const html = '<html><body><h1>お知らせ</h1><p>1 月の休館日</p><ul><li>月曜日</li></ul></body></html>';
    expect(() => parsePlan(htmlToText(html))).toThrow(PlanInputError);
  });
});

describe('titles are never empty', () => {
  it('falls back on the printed bullet where the bullet is only a marker code, and warns', () => {
    const plan = parsePlan('Ⅰ 基本目標 テストのまち\n\n施策\n\n1 テストのまち\n\n・(新)\n');
    const item = plan.pillars[0].initiatives[0];
    expect(item.title).toBe('(新)');
    expect(item.markers).toEqual(['新']);
    expect(plan.warnings.some((w) => w.line === 7 && w.message.includes('no title'))).toBe(true);
  });
});

describe('markers without a legend, and bullet forms', () => {
  const plan = parsePlan(
    [
      'テスト区運営方針',
      '',
      'Ⅰ 基本目標 テストのまち',
      '',
      'Ⅱ 目標達成に向けた施策',
      '',
      '1 くらしのまちづくり',
      '- ・公園を整えます。(コ)',
      '- 道路を直します。(R4)',
      '・計画 (テスト区地域福祉保健計画) を進めます。新たに重点を置いて取り組みます。',
      '',
      '2 しごとのまちづくり',
      '- ・商店街を支えます。(新)(デ)'
    ].join('\n')
  );
  it('reads ward without a dated title', () => {
    expect(plan.ward).toBe('テスト区');
    expect(plan.fiscal_year).toBeNull();
  });
  it('takes "- ・" and "- " lines as bullets', () => {
    expect(plan.pillars.map((p) => p.initiatives.map((i) => i.title))).toEqual([
      ['公園を整えます', '道路を直します', '計画 (テスト区地域福祉保健計画) を進めます'],
      ['商店街を支えます']
    ]);
  });
  it('reads one-character trailing codes as markers, but not (R4), long brackets or prose', () => {
    expect(plan.pillars.flatMap((p) => p.initiatives.map((i) => i.markers))).toEqual([['コ'], [], [], ['新', 'デ']]);
  });
});

describe('cross-checks', () => {
  it('warns where an overview program name has no initiative, and where a name is listed under two pillars', () => {
    const plan = parsePlan(
      [
        'Ⅰ 基本目標 テストのまち',
        'Ⅱ 目標達成に向けた施策',
        '1 あおいまち',
        '公園事業、道路事業 等',
        '2 しろいまち',
        '道路事業、広報事業 等',
        '主な取組',
        '1 あおいまち',
        '◆公園の整備【公園事業】',
        '公園を整えます。',
        '2 しろいまち',
        '◆広報の充実【広報事業】',
        '広報紙を作ります。'
      ].join('\n')
    );
    const messages = plan.warnings.map((w) => w.message);
    expect(messages.filter((m) => m.startsWith('MISSING'))).toHaveLength(2);
    expect(messages.some((m) => m.includes('道路事業') && m.includes('pillars 1 and 2'))).toBe(true);
    expect(plan.truncated).toBe(false);
  });
});

describe('umbrella line above the pillars', () => {
  it.each([
    ['unnumbered', ['協働で進めるまちづくり', 'あおいまちづくり', 'あおい公園を整えます。', 'しろいまちづくり', 'しろい道路を直します。']],
    ['numbered', ['協働で進めるまちづくり', '1 あおいまちづくり', 'あおい公園を整えます。', '2 しろいまちづくり', 'しろい道路を直します。']]
  ])('%s pillars: the umbrella is not a pillar', (_shape, pillarLines) => {
    const plan = parsePlan(['Ⅰ 基本目標 テストのまち', '', 'Ⅱ 目標達成に向けた施策', '', ...pillarLines, '', '主な取組', '', ...pillarLines.filter((l) => !l.endsWith('。') && !l.startsWith('協働')).flatMap((h, k) => [h, `・事業${k}を行います。`])].join('\n'));
    expect(plan.pillars.map((p) => [p.position, p.title])).toEqual([
      [1, 'あおいまちづくり'],
      [2, 'しろいまちづくり']
    ]);
    expect(plan.pillars.map((p) => p.initiatives.length)).toEqual([1, 1]);
    expect(plan.truncated).toBe(false);
  });

  it('reads a ★ after the item glyph as a marker', () => {
    const plan = parsePlan('Ⅰ 基本目標 テストのまち\n施策\n1 あおいまち\n◆★公園の整備【公園事業】\n公園を整えます。');
    expect(plan.pillars[0].initiatives[0]).toMatchObject({ title: '公園の整備', markers: ['★'] });
  });
});

describe('photo titles between a heading and its paragraph', () => {
  it('drops a short label line when the paragraph follows, keeps it when it is the only text', () => {
    const plan = parsePlan(
      'Ⅰ 基本目標 テストのまち\n\n施策\n\n1 あおいまち\n\n◆公園の整備【公園事業】\n\nあおい公園の桜\n\n公園を整えます。\n\n◆道路の整備【道路事業】\n\n歩道の段差解消\n'
    );
    expect(plan.pillars[0].initiatives.map((i) => [i.title, i.description, i.lines])).toEqual([
      ['公園の整備', '公園を整えます。', [7, 11]],
      ['道路の整備', '歩道の段差解消', [13, 15]]
    ]);
    expect(plan.pillars[0].initiatives.every((i) => !i.recovered)).toBe(true);
  });
});

describe('pillar numbering forms (readNumberedHeading)', () => {
  it.each([
    ['施策1 安全なまちづくり', 1, '安全なまちづくり'],
    ['【施策１】安心して暮らせるまちづくり', 1, '安心して暮らせるまちづくり'],
    ['［施策2］にぎわいのあるまち', 2, 'にぎわいのあるまち'],
    ['重点施策１　安全・安心なまちづくり', 1, '安全・安心なまちづくり'],
    ['基本施策3 健康で元気なまち', 3, '健康で元気なまち'],
    ['施策の柱２　子どもが健やかに育つまちづくり', 2, '子どもが健やかに育つまちづくり']
  ])('%s → %i, %s', (text, number, title) => {
    expect(readNumberedHeading(text)).toMatchObject({ number, title });
  });

  it('turns away a program name in 【】 and a sentence', () => {
    expect(readNumberedHeading('【地域防災事業】')).toBeNull();
    expect(readNumberedHeading('【施策１】安心して暮らせるまちづくりを進めます。')).toBeNull();
  });
});

describe('HTML page whose items are a definition list (page-definition-list.html)', () => {
  const plan = parsePlan(htmlToText(readFixture('page-definition-list.html')), { fileName: 'page-definition-list.html' });
  it('reads each <dt> as an item over its <dd>, and <li> as bullets', () => {
    expect(plan.truncated).toBe(false);
    expect(plan.pillars.map((p) => p.initiatives.map((i) => [i.title, i.description, i.markers]))).toEqual([
      [
        ['地域防災力の向上', '地域防災拠点の訓練を支援します。', ['新規']],
        ['防犯対策の推進', '防犯灯を設置します。', []]
      ],
      [
        ['子育て支援の充実　子育て広場を運営します', '子育て支援の充実　子育て広場を運営します。', []],
        ['青少年の育成　居場所をつくります', '青少年の育成　居場所をつくります。（拡充）', ['拡充']]
      ]
    ]);
  });
});

describe('HTML page whose items are headings ending in 【…事業】, with no glyph (page-heading-items.html)', () => {
  const plan = parsePlan(htmlToText(readFixture('page-heading-items.html')), { fileName: 'page-heading-items.html' });
  it('reads each such heading as an item over its paragraph', () => {
    expect(plan.pillars.map((p) => p.initiatives.map((i) => [i.title, i.program_name, i.description, i.markers]))).toEqual([
      [
        ['テスト区の魅力づくりと発信', '定住・転入促進事業', 'SNSで区の魅力を発信します。', []],
        ['文化の振興', 'いずみ文化振興事業', '文化イベントを開催します。', ['新規']]
      ],
      [['地域活動の支援', '地域活動支援事業', '地域活動の担い手を育てます。', []]]
    ]);
    expect(plan.pillars[0].summary).toBe('区の魅力を発信します。');
    expect(plan.warnings).toEqual([]);
  });
});

describe('HTML page whose items are plain headings over paragraphs (page-heading-items-no-program.html)', () => {
  const plan = parsePlan(htmlToText(readFixture('page-heading-items-no-program.html')), { fileName: 'page-heading-items-no-program.html' });
  it('reads each heading under a numbered pillar as an item, not as the pillar’s summary', () => {
    expect(plan.pillars.map((p) => p.initiatives.map((i) => [i.title, i.description, i.markers]))).toEqual([
      [
        ['テスト区の魅力づくりと発信', 'SNSで区の魅力を発信します。', []],
        ['文化の振興', '文化イベントを開催します。', ['新規']]
      ],
      [['地域活動の支援', '地域活動の担い手を育てます。', []]]
    ]);
    expect(plan.pillars.map((p) => p.summary)).toEqual(['区の魅力を発信します。', null]);
    expect(plan.warnings).toEqual([]);
  });
});

describe('HTML table 施策 | 主な事業・取組 | 内容 with the pillar cell spanning rows (page-pillar-column-rowspan.html)', () => {
  const plan = parsePlan(htmlToText(readFixture('page-pillar-column-rowspan.html')), { fileName: 'page-pillar-column-rowspan.html' });
  it('reads each pillar cell as a pillar and each row as its item', () => {
    expect(plan.pillars.map((p) => [p.position, p.title, p.initiatives.map((i) => [i.title, i.description, i.markers])])).toEqual([
      [1, '安全・安心なまちづくり', [['地域防災力向上事業', '地域防災拠点の訓練を支援します。', ['新規']], ['防犯対策事業', '防犯灯を設置します。', []]]],
      [2, '健康なまちづくり', [['健康づくり事業', '健康講座を開催します。', []]]]
    ]);
    expect(plan.warnings).toEqual([]);
  });
});

describe('HTML page with unnumbered pillars, some with a summary, each over its bullets (page-unnumbered-pillars-summaries.html)', () => {
  const plan = parsePlan(htmlToText(readFixture('page-unnumbered-pillars-summaries.html')), { fileName: 'page-unnumbered-pillars-summaries.html' });
  it('reads a pillar without a summary as the next pillar, not as a sub-theme of the one before', () => {
    expect(plan.pillars.map((p) => [p.title, p.summary, p.initiatives.map((i) => [i.sub_theme, i.title])])).toEqual([
      ['安心して暮らせるまちづくり', '災害に強いまちをつくります。', [[null, '地域防災拠点の訓練を支援します'], [null, '防犯灯を設置します']]],
      ['子育てしやすいまちづくり', null, [[null, '子育て広場を運営します']]],
      ['魅力あふれるまちづくり', '鶴見の魅力を発信します。', [[null, 'SNSで発信します']]]
    ]);
  });
});

describe('a field line under a bullet item (・予算額：…)', () => {
  it('joins the item above instead of becoming an initiative', () => {
    const plan = parsePlan('令和６年度 テスト区運営方針\n\nⅠ 基本目標\nテストのまち\n\nⅡ 目標達成に向けた施策\n施策１ 健康なまちづくり\n・健康講座を開催します。\n・予算額：1,200千円\n・食育を進めます。\n');
    expect(plan.pillars[0].initiatives.map((i) => [i.title, i.description])).toEqual([
      ['健康講座を開催します', '健康講座を開催します。\n・予算額：1,200千円'],
      ['食育を進めます', '食育を進めます。']
    ]);
  });
});

describe('look-alike item glyphs (◯ ⚫ □ ▶ ▸)', () => {
  it.each(['◯', '⚫', '□', '▶', '▸'])('%s opens an item as ○ ● ◇ or a ・ bullet would', (glyph) => {
    const plan = parsePlan(`令和５年度 テスト区運営方針\n\nⅠ 基本目標\nテストのまち\n\nⅡ 目標達成に向けた施策\n１ 安全・安心なまちづくり\n${glyph} 地域防災拠点の訓練を支援します。（新規）\n${glyph} 防犯灯の設置を進めます。\n`);
    expect(plan.pillars[0].initiatives.map((i) => [i.title, i.markers])).toEqual([
      ['地域防災拠点の訓練を支援します', ['新規']],
      ['防犯灯の設置を進めます', []]
    ]);
  });
});

describe('a program name printed before the title (◆【…事業】title)', () => {
  const doc = (heading: string) => parsePlan(`令和５年度 テスト区運営方針\n\nⅠ 基本目標\nテストのまち\n\nⅡ 目標達成に向けた施策\n１ 安全なまちづくり\n${heading}\n訓練を支援します。\n`);
  it('is the program name, and the rest the title', () => {
    const [item] = doc('◆【地域防災推進事業】地域防災力の向上（新規）').pillars[0].initiatives;
    expect([item.title, item.program_name, item.markers]).toEqual(['地域防災力の向上', '地域防災推進事業', ['新規']]);
  });
  it('but 【新規事業】 there is a marker', () => {
    const [item] = doc('◆【新規事業】地域防災力の向上').pillars[0].initiatives;
    expect([item.title, item.program_name, item.markers]).toEqual(['地域防災力の向上', null, ['新規事業']]);
  });
});
