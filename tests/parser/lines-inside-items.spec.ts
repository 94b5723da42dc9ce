/**
 * Lines inside a pillar's item list that look like something else: a wrapped line that starts with a
 * count, items that name a picture, a year's result under an item, a photo's title between items.
 * Each must stay with (or out of) the right item, and nothing may vanish without a warning.
 */
import { describe, it, expect } from 'vitest';
import { parsePlan } from '../../src/lib/plans/parse-plan';
import type { ParsedPlan } from '../../src/lib/plans/types';

const head = ['令和5年度 港北区運営方針', 'Ⅰ 基本目標', '人と人がつながるまち 港北', 'Ⅱ 目標達成に向けた施策', '1 安全・安心なまちづくり'];
const parse = (lines: string[]) => parsePlan([...head, ...lines].join('\n'));
const items = (plan: ParsedPlan) => plan.pillars.flatMap((p) => p.initiatives.map((i) => ({ pillar: p.position, title: i.title, program: i.program_name, sub: i.sub_theme, description: i.description })));

describe('a line that starts with a count inside a paragraph', () => {
  it('stays in the paragraph (no pillar 18), and the next item stays in pillar 1', () => {
    const plan = parse(['◆地域防災拠点の運営支援【地域防災推進事業】', '訓練を支援するため、', '18 地区の連合町内会と連携して訓練計画を作成し、', '拠点ごとの支援を行います。', '', '◆大雨への備え【風水害対策事業】', '避難行動の啓発を行います。']);
    expect(plan.pillars.map((p) => p.position)).toEqual([1]);
    expect(items(plan).map((i) => i.title)).toEqual(['地域防災拠点の運営支援', '大雨への備え']);
    expect(items(plan)[0].description).toBe('訓練を支援するため、\n18 地区の連合町内会と連携して訓練計画を作成し、\n拠点ごとの支援を行います。');
  });

  it('still reads a plain numbered pillar that starts with a counted word but is a title', () => {
    const plan = parsePlan(['令和5年度 港北区運営方針', 'Ⅰ 基本目標', '人と人がつながるまち', 'Ⅱ 目標達成に向けた施策', '1 安全なまちづくり', '・訓練を支援します。', '2 地区の魅力あるまちづくり', '・魅力を発信します。'].join('\n'));
    expect(plan.pillars.map((p) => p.title)).toEqual(['安全なまちづくり', '地区の魅力あるまちづくり']);
  });
});

describe('items that name a picture', () => {
  it('keeps a ◆ heading and bullets that mention a mascot or photos', () => {
    const plan = parse(['◆区マスコットキャラクターを活用した魅力発信【魅力発信事業】', '「ワッくん」を活用したイベントを行い、区の魅力を伝えます。', '◆写真展の開催【地域文化振興事業】', '地域の写真で綴る「今昔写真展」を開催します。']);
    expect(items(plan).map((i) => [i.title, i.program])).toEqual([
      ['区マスコットキャラクターを活用した魅力発信', '魅力発信事業'],
      ['写真展の開催', '地域文化振興事業']
    ]);
  });

  it('keeps bullets that mention photos under a sub-theme', () => {
    const plan = parse(['魅力の発信', '・地域の写真で綴る「つるみ今昔写真展」の開催(新)', '・商店街スタンプラリーの実施']);
    expect(items(plan).map((i) => i.title)).toEqual(['地域の写真で綴る「つるみ今昔写真展」の開催', '商店街スタンプラリーの実施']);
  });
});

describe('a year’s result or target under an item', () => {
  it('stays in the item’s description instead of becoming an item', () => {
    const plan = parse(['◆地域防災力の向上【防災・減災推進事業】', '地域防災拠点の訓練を支援します。', '●令和4年度実績：訓練参加者 延べ2,300人', '●令和5年度目標：訓練参加者 延べ2,500人', '◆交通安全の推進【交通安全推進事業】', '交通安全教室を開催します。']);
    expect(items(plan).map((i) => i.title)).toEqual(['地域防災力の向上', '交通安全の推進']);
    expect(items(plan)[0].description).toContain('●令和5年度目標：訓練参加者 延べ2,500人');
  });
});

describe('a photo’s title between items', () => {
  it('is neither a sub-theme nor a program name, and a warning names it with its line', () => {
    const bullets = parse(['災害への備え', '・地域防災拠点の訓練を支援します。', '', '地域防災拠点訓練の様子', '・マンション向け防災講座を開催します。(新規)']);
    expect(items(bullets).map((i) => [i.title, i.sub])).toEqual([
      ['地域防災拠点の訓練を支援します', '災害への備え'],
      ['マンション向け防災講座を開催します', '災害への備え']
    ]);
    expect(bullets.warnings.filter((w) => /photo title/.test(w.message)).map((w) => w.line)).toEqual([9]);
    const headings = parse(['◆地域の担い手づくり', '【区民活動センターでの講座の様子】', '担い手育成講座を開催します。']);
    expect(items(headings).map((i) => [i.title, i.program, i.description])).toEqual([['地域の担い手づくり', null, '担い手育成講座を開催します。']]);
    expect(headings.warnings.filter((w) => /photo title/.test(w.message)).map((w) => w.line)).toEqual([7]);
  });
});

describe('notes and figures printed with an item', () => {
  it('keeps a rename note on its own line after a table row with that row, not as the next rows’ sub-theme', () => {
    const plan = parsePlan(['平成29年度都筑区運営方針', '区の目標', '未来につながるまちづくり', '目標達成に向けた施策', '施策1 いきいきと健やかに暮らせるまちづくり', '施策1の主な事業・取組', '○はぁとdeボランティア事業            ボランティアの育成を支援します。', '（旧：ボランティア養成講座）', '★地域ユースプラザ専門相談の実施      若者とその家族の相談を受けます。'].join('\n'));
    expect(items(plan).map((i) => [i.title, i.sub, i.description])).toEqual([
      ['はぁとdeボランティア事業', null, 'ボランティアの育成を支援します。\n（旧：ボランティア養成講座）'],
      ['地域ユースプラザ専門相談の実施', null, '若者とその家族の相談を受けます。']
    ]);
  });

  it('takes a bracketed budget off pillar and item titles and keeps it with the pillar’s summary and the item’s text', () => {
    const plan = parsePlan(['広報よこはま 金沢区版 2019(令和元)年6月号', '令和元年度 金沢区運営方針・予算', '基本目標 地域の皆さまと共に考える、挑戦する、つくる!', '①金沢の未来を創る! <648万円>', '区の未来を地域の皆さまと考えます。', '■文化施設機能整備検討事業 <100万円>', '文化施設の機能について検討します。', '', '②金沢の魅力をもっと発信! <3,220万円>', '■金沢区観光振興事業 <1,526万円>', '観光ガイドマップを作成します。'].join('\n'));
    expect(plan.pillars.map((p) => [p.title, p.summary])).toEqual([
      ['金沢の未来を創る!', '<648万円>\n区の未来を地域の皆さまと考えます。'],
      ['金沢の魅力をもっと発信!', '<3,220万円>']
    ]);
    expect(items(plan).map((i) => [i.title, i.description])).toEqual([
      ['文化施設機能整備検討事業', '■文化施設機能整備検討事業 <100万円>\n文化施設の機能について検討します。'],
      ['金沢区観光振興事業', '■金沢区観光振興事業 <1,526万円>\n観光ガイドマップを作成します。']
    ]);
  });

  it('drops the older pages’ Adobe Reader notices after the organisation part', () => {
    const plan = parsePlan(['平成29年度都筑区運営方針', '区の目標', '未来につながるまちづくり', '目標達成に向けた施策', '施策1 いきいきと健やかに暮らせるまちづくり', '・合同研修を実施します。', '組織目標', '地域とともに歩む区役所', '地域の皆様とともに考え、行動します。', '', 'PDFファイルの閲覧には Adobe Reader が必要です。', 'Adobe Readerのダウンロードへ', 'PDF形式のファイルをご覧いただく場合には、Adobe社が提供するAdobe Readerが必要です。'].join('\n'));
    expect(plan.sections.map((s) => [s.kind, s.title, s.body])).toEqual([['organisation', '地域とともに歩む区役所', '地域の皆様とともに考え、行動します。']]);
  });
});

describe('headings over headings', () => {
  it('reads a ■ line over ◆ items as their sub-theme, and a ◆ heading wrapped after の as one heading', () => {
    const plan = parse(['■ 災害への備え', '◆地域防災力の向上【防災対策事業】', '地域防災拠点の訓練を支援します。', '◆地域福祉保健計画「あさひ・ささえあいプラン」の', '推進【地域福祉保健計画推進事業】', '地区別計画に基づく活動を支援します。']);
    expect(items(plan).map((i) => [i.sub, i.title, i.program, i.description])).toEqual([
      ['災害への備え', '地域防災力の向上', '防災対策事業', '地域防災拠点の訓練を支援します。'],
      ['災害への備え', '地域福祉保健計画「あさひ・ささえあいプラン」の推進', '地域福祉保健計画推進事業', '地区別計画に基づく活動を支援します。']
    ]);
  });
});

describe('rows, badges and bracketed words', () => {
  it('keeps two table rows apart when the first cell ends as a sentence without 。', () => {
    const plan = parse(['主な事業・取組\t内容', '高齢者の見守り活動の推進\t高齢者の見守りを進めます', 'ひとり親家庭への支援\tひとり親家庭の相談に応じます']);
    expect(items(plan).map((i) => [i.title, i.description])).toEqual([
      ['高齢者の見守り活動の推進', '高齢者の見守りを進めます'],
      ['ひとり親家庭への支援', 'ひとり親家庭の相談に応じます']
    ]);
  });

  it('gives a ★ printed alone after a blank line to the item right below it', () => {
    const plan = parse(['★は令和6年度の新規事業です。', '◆地域防災拠点の運営支援【地域防災力向上事業】', '訓練を支援します。', '', '★', '◆帰宅困難者対策の推進【帰宅困難者対策事業】', '一時滞在施設の開設訓練を実施します。']);
    expect(plan.pillars[0].initiatives.map((i) => [i.title, i.markers])).toEqual([
      ['地域防災拠点の運営支援', []],
      ['帰宅困難者対策の推進', ['★']]
    ]);
  });

  it('never reads a season or a weekday in brackets as a marker code', () => {
    const plan = parse(['・区民まつりの開催（秋）', '・親子体操教室の開催(土)', '・防災講座の開催(新)']);
    expect(plan.pillars[0].initiatives.map((i) => [i.title, i.markers])).toEqual([
      ['区民まつりの開催（秋）', []],
      ['親子体操教室の開催(土)', []],
      ['防災講座の開催', ['新']]
    ]);
  });
});

describe('newsletter features', () => {
  it('gives the paragraph under a one-program 【主な事業】 line to that program, with no warning', () => {
    const plan = parse(['【主な事業】文化施設機能整備検討事業(新規事業)100万円', '区内の文化施設の機能について検討します。', '【主な事業】金沢区まちづくり推進事業 210万円', 'まちづくり活動を支援します。']);
    expect(items(plan).map((i) => [i.title, i.description])).toEqual([
      ['文化施設機能整備検討事業', '文化施設機能整備検討事業(新規事業)100万円\n区内の文化施設の機能について検討します。'],
      ['金沢区まちづくり推進事業', '金沢区まちづくり推進事業 210万円\nまちづくり活動を支援します。']
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it('leaves the notices after the feature (お知らせ, numbered articles) out of the last pillar', () => {
    const plan = parsePlan(['広報よこはま 青葉区版 2020(令和2)年4月号', '令和2年度 青葉区主要事業', '~「住みつづけたい・住みたいまち」青葉の実現~', '[1]誰もがいきいきと、健やかに暮らせるまち', '■あおば健康スタイル', '身近な場所での健康づくりを応援します。', '[2]自然と調和した、多世代が住みやすいまち', '■青葉環境エコ', 'ごみの減量を呼びかけます。', '', 'お知らせ', '', '1 区民ホールで写真展を開催します', '4月10日(金)から16日(木)まで、写真愛好会による作品展を開催します。', '', '2 特定健診を受けましょう', '40歳から74歳の国民健康保険加入者の皆さんは、特定健診を無料で受けられます。'].join('\n'));
    expect(items(plan).map((i) => [i.pillar, i.title, i.description])).toEqual([
      [1, 'あおば健康スタイル', '身近な場所での健康づくりを応援します。'],
      [2, '青葉環境エコ', 'ごみの減量を呼びかけます。']
    ]);
  });
});

describe('a heading whose paragraph introduces a list', () => {
  it('keeps the bullets it introduces in its description, and bullets after another heading stay items', () => {
    const plan = parse(['◆地域防災力の向上', '地域防災拠点と連携し、次の取組を進めます。', '・地域防災拠点の訓練を支援します。', '・避難行動の周知を行います。', '◆見守り活動の推進', '地域の見守り活動を支援します。', '・見守り協力事業者を募集します。']);
    expect(items(plan).map((i) => [i.title, i.description])).toEqual([
      ['地域防災力の向上', '地域防災拠点と連携し、次の取組を進めます。\n・地域防災拠点の訓練を支援します。\n・避難行動の周知を行います。'],
      ['見守り活動の推進', '地域の見守り活動を支援します。'],
      ['見守り協力事業者を募集します', '見守り協力事業者を募集します。']
    ]);
  });
});
