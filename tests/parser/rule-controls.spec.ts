/**
 * Controls for the rules added for titles, contact blocks, sub-themes over glyph items, badges, legend
 * notes, photo titles, side-by-side headings, title lists under Ⅲ and office-service pillars: realistic
 * text each rule must leave alone (or read as the document means it).
 */
import { describe, it, expect } from 'vitest';
import { parsePlan } from '../../src/lib/plans/parse-plan';
import type { ParsedPlan } from '../../src/lib/plans/types';

const head = ['令和6年度 中区運営方針', 'Ⅰ 基本目標', '魅力と活力あふれるまち 中区', 'Ⅱ 目標達成に向けた施策'];
const parse = (lines: string[]) => parsePlan([...head, ...lines].join('\n'));
const items = (plan: ParsedPlan) => plan.pillars.flatMap((p) => p.initiatives.map((i) => [p.position, i.sub_theme, i.title, i.markers]));

describe('contact blocks', () => {
  it('end at a pillar or sub-theme that names the ward office (区役所づくり, 区役所での…)', () => {
    const plan = parse(['災害に強いまちづくり', '・地域防災拠点の訓練を支援します。', '問合せ 総務課危機管理・地域防災担当', '', '区民に信頼される区役所づくり', '窓口サービスの向上に取り組みます。', '・窓口でのキャッシュレス決済を拡大します。(新)', '', '子育てにやさしいまちづくり', '親子の居場所づくり', '・地域子育て支援拠点と連携します。', '問合せ こども家庭支援課', '', '区役所での子育て相談', '・乳幼児健診の予約をオンライン化します。(新)']);
    expect(plan.pillars.map((p) => p.title)).toEqual(['災害に強いまちづくり', '区民に信頼される区役所づくり', '子育てにやさしいまちづくり']);
    expect(items(plan).map((i) => [i[0], i[1]])).toEqual([[1, null], [2, null], [3, '親子の居場所づくり'], [3, '区役所での子育て相談']]);
  });
});

describe('glyph lines around ◆ items', () => {
  it('keeps a ● point the item’s paragraph introduces, and a ■ result line, in that item', () => {
    const plan = parse(['1 安全・安心に暮らせるまち', '◆地域防災力の向上【防災対策事業】', '次の取組を進めます。', '●マンション防災講座の開催', '◆防犯の推進【防犯推進事業】', '防犯パトロールを実施します。', '■ 令和5年度実績 防犯パトロール 延べ1,200回', '◆特殊詐欺被害の防止【防犯啓発事業】', '特殊詐欺被害防止の啓発を行います。']);
    expect(items(plan).map((i) => [i[1], i[2]])).toEqual([[null, '地域防災力の向上'], [null, '防犯の推進'], [null, '特殊詐欺被害の防止']]);
    expect(plan.pillars[0].initiatives[0].description).toBe('次の取組を進めます。\n●マンション防災講座の開催');
    expect(plan.pillars[0].initiatives[1].description).toContain('延べ1,200回');
  });

  it('reads a ◆ line over a heading with a program name as its sub-theme, not as one title', () => {
    const plan = parse(['1 子育てしやすいまち', '◆子育て世代とともに', '親子の居場所づくり【地域子育て支援拠点事業】', '親子が交流できる場を提供します。']);
    expect(items(plan)).toEqual([[1, '子育て世代とともに', '親子の居場所づくり', []]]);
  });
});

describe('badges and legend notes', () => {
  it('never carries a ★ badge past the line under it into the next pillar', () => {
    const plan = parse(['★は令和7年度の新規事業です。', '1 安全・安心なまちづくり', '◆地域防災拠点の運営支援【地域防災力向上事業】', '訓練を支援します。', '', '★', '・外国人住民向け防災講座の開催', '', '2 多文化共生のまちづくり', '◆多文化共生の推進【多文化共生推進事業】', '生活相談を支援します。']);
    expect(plan.pillars[1].initiatives.map((i) => i.markers)).toEqual([[]]);
  });

  it('reads one entry per code of a note with two codes, each with its own meaning', () => {
    const plan = parse(['1 安全・安心なまちづくり', '◆地域防災拠点の運営支援【地域防災力向上事業】（重）', '訓練を支援します。', '◆帰宅困難者対策の推進【帰宅困難者対策事業】（新）', '開設訓練を実施します。', '※（重）は区の重点的な取組、（新）は新規事業を含む取組です。']);
    expect(plan.legend.map((e) => [e.marker, e.label, e.means_new])).toEqual([
      ['重', '区の重点的な取組', false],
      ['新', '新規事業を含む取組', true]
    ]);
  });

  it('reads no legend from a note on （仮称）, and gives no item a 仮称 marker', () => {
    const plan = parse(['1 多文化共生のまちづくり', '◆多文化共生の推進【多文化共生推進事業】', '（仮称）中区多文化フェスタを開催します。', '（仮称）は名称が決まっていない事業です。']);
    expect(plan.legend).toEqual([]);
    expect(items(plan)).toEqual([[1, null, '多文化共生の推進', []]]);
  });
});

describe('photo titles', () => {
  it('are never a bullet, nor a sub-theme that is no event (昔と今のまちの様子)', () => {
    const plan = parse(['1 みどりの魅力あふれるまち', '魅力の発信', '・四季の森公園の魅力を発信します。', '', '昔と今のまちの様子', '・今昔写真展を開催します。(新規)', '◆高齢者の見守り', '・地域で見守る高齢者の様子', '・見守り協定事業者との連携']);
    expect(items(plan).map((i) => [i[1], i[2]])).toEqual([
      ['魅力の発信', '四季の森公園の魅力を発信します'],
      ['昔と今のまちの様子', '今昔写真展を開催します'],
      ['高齢者の見守り', '地域で見守る高齢者の様子'],
      ['高齢者の見守り', '見守り協定事業者との連携']
    ]);
    expect(plan.warnings.filter((w) => /photo title/.test(w.message))).toEqual([]);
  });
});

describe('side-by-side lines', () => {
  it('gives each pillar its own summary when the summaries are side by side too', () => {
    const plan = parse(['(1) 地域のつながりづくり                    (2) 安全・安心なまちづくり', 'つながりを深めます。                          災害に強いまちをつくります。', '(1) 地域のつながりづくり', '・自治会町内会の加入促進を支援します。', '(2) 安全・安心なまちづくり', '・地域防災拠点の訓練を支援します。']);
    expect(plan.pillars.map((p) => [p.title, p.summary])).toEqual([
      ['地域のつながりづくり', 'つながりを深めます。'],
      ['安全・安心なまちづくり', '災害に強いまちをつくります。']
    ]);
  });

  it('never splits a figure row into a new pillar', () => {
    const plan = parse(['1 安全・安心なまちづくり', '◆地域防災拠点の運営支援【地域防災推進事業】', '訓練を支援します。', '1 訓練を実施した拠点数        2 全28拠点', '◆大雨への備え【風水害対策事業】', '避難行動の啓発を行います。', '2 健やかに暮らせるまちづくり', '◆子育て支援の充実【子育て支援推進事業】', '子育て家庭を支援します。']);
    expect(plan.pillars.map((p) => p.title)).toEqual(['安全・安心なまちづくり', '健やかに暮らせるまちづくり']);
    expect(items(plan).map((i) => [i[0], i[2]])).toEqual([[1, '地域防災拠点の運営支援'], [1, '大雨への備え'], [2, '子育て支援の充実']]);
  });
});

describe('the organisation part and office-service titles', () => {
  it('reads a title over its point lines as one item, and a label over it as no item', () => {
    const plan = parse(['1 地域のつながりづくり', '・自治会町内会の加入促進を支援します。', '', 'Ⅲ 目標達成に向けた組織運営', '目指す区役所の姿', '区民に信頼される区役所', '区民の皆様の立場に立った窓口サービス', '正確・迅速・丁寧な事務処理', '', '職員が力を発揮できる組織', '職員の人材育成を進めます。']);
    expect(plan.sections.map((s) => [s.title, s.body])).toEqual([
      ['区民に信頼される区役所', '区民の皆様の立場に立った窓口サービス\n正確・迅速・丁寧な事務処理'],
      ['職員が力を発揮できる組織', '職員の人材育成を進めます。']
    ]);
  });

  it('keeps an item heading worded like an office-service pillar among its pillar’s heading items', () => {
    const plan = parse(['1 誰もが暮らしやすいまちづくり', '暮らしを支える取組を進めます。', '', '子育て家庭への支援', '子育て家庭を支援します。', '', 'デジタルを活用した行政サービスの提供', 'オンライン申請の拡充を進めます。', '', '高齢者の見守り', '見守り活動を支援します。', '', 'Ⅲ 目標達成に向けた組織運営', '1 区民に信頼される区役所', '丁寧な窓口サービスを提供します。']);
    expect(plan.pillars.map((p) => p.title)).toEqual(['誰もが暮らしやすいまちづくり']);
    expect(items(plan).map((i) => i[2])).toEqual(['子育て家庭への支援', 'デジタルを活用した行政サービスの提供', '高齢者の見守り']);
  });
});

describe('titles and columns', () => {
  it('reads the year of 泉区運営方針（令和6年度改訂版）, not of the plan named in the greeting', () => {
    const plan = parsePlan(['泉区運営方針（令和6年度改訂版）', '令和5年度泉区運営方針に基づく取組の成果を踏まえ、一部を改訂しました。', 'Ⅰ 基本目標', '住み続けたいまち いずみ', 'Ⅱ 目標達成に向けた施策', '1 安全・安心なまちづくり', '◆地域防災拠点の機能強化【地域防災事業】', '訓練を支援します。'].join('\n'));
    expect([plan.ward, plan.fiscal_year]).toEqual(['泉区', 2024]);
  });

  it('returns to the pillar after a column at a ◆ item without a 【…事業】 name', () => {
    const plan = parse(['1 子育てを地域で支えるまちづくり', '◆子育て支援の充実【南区子育て支援事業】', '交流の場を提供します。', '', 'コラム 南区の子育て応援団', '約40団体が子育てサロンを運営しています。', '', '◆児童虐待の防止【新規】', 'オレンジリボンキャンペーンを行います。', '', '◆放課後の居場所づくり【みなみっ子プロジェクト】', '放課後キッズクラブと連携します。']);
    expect(items(plan).map((i) => i[2])).toEqual(['子育て支援の充実', '児童虐待の防止', '放課後の居場所づくり']);
    expect(plan.sections.map((s) => s.body)).toEqual(['約40団体が子育てサロンを運営しています。']);
  });
});

describe('numbered headings that start with a counted word', () => {
  it('keeps 2 地区担当制による地域支援 a numbered organisation item, and drops the Adobe notice after a contact block', () => {
    const plan = parse(['1 安全・安心なまちづくり', '・防災訓練を支援します。', '', 'Ⅲ 目標達成に向けた組織運営', '1 区民に信頼される区役所', '正確・丁寧な窓口サービスを提供します。', '2 地区担当制による地域支援', '区役所の各課が連携し、地域の課題をともに解決します。', 'お問合せ', '中区総務部区政推進課企画調整係', '電話:045-224-8121', 'Adobe Readerのダウンロード', 'PDFファイルをご覧いただくためには、Adobe Readerが必要です。']);
    expect(plan.sections.map((s) => [s.title, s.body])).toEqual([
      ['区民に信頼される区役所', '正確・丁寧な窓口サービスを提供します。'],
      ['地区担当制による地域支援', '区役所の各課が連携し、地域の課題をともに解決します。']
    ]);
  });
});

describe('controls for the second round of rules', () => {
  it('keeps item headings that mention メール or 電話 after a 【問合せ】 line with no number', () => {
    const plan = parse(['1 安全で安心して暮らせるまち', '', '地域防災拠点の機能強化', '市ケ尾中学校に太陽光発電設備を整備します。', '【問合せ】総務課危機管理担当', '', 'あおば防災メールの登録促進', '「あおば防災メール」への登録を呼びかけます。', '【問合せ】総務課危機管理担当', '', '子育て電話相談の充実', '子育ての悩みを電話で相談できます。']);
    expect(items(plan).map((i) => i[2])).toEqual(['地域防災拠点の機能強化', 'あおば防災メールの登録促進', '子育て電話相談の充実']);
  });

  it('reads an item’s ※ footnote and a glossary sentence as text, never as the legend', () => {
    const plan = parse(['1 健やかに暮らせるまちづくり', '◆放課後の居場所づくり', '放課後キッズクラブと連携し、子どもの居場所を充実します。', '※拡充:令和4年度から対象を中学生まで広げます。', '◆介護予防の推進', '元気づくりステーションの活動を支援します。', '【ハマトレ】は、横浜市が推奨する介護予防の取組です。']);
    expect(plan.legend).toEqual([]);
    expect(plan.pillars[0].initiatives.map((i) => [i.title, i.markers])).toEqual([
      ['放課後の居場所づくり', ['拡充']],
      ['介護予防の推進', []]
    ]);
    expect(plan.pillars[0].initiatives[1].description).toContain('【ハマトレ】は、横浜市が推奨する介護予防の取組です。');
  });

  it('reads no marker from a bracket closing a heading that the legend does not name', () => {
    const plan = parse(['新規の取組には(新)を、拡充した取組には(拡)を付けています。', '1 健やかに暮らせるまちづくり', '●中区地域福祉保健計画の策定(案)', '第5期計画の策定に向けて検討します。', '●外国人住民向け生活ガイドの作成(英)', '英語版の生活ガイドを作成します。', '●子育て支援の充実(拡)', '相談窓口を増やします。']);
    expect(plan.pillars[0].initiatives.map((i) => i.markers)).toEqual([[], [], ['拡']]);
  });

  it('keeps department headings that print their number, and reads a numbered stance only where a number opens it', () => {
    const depts = parse(['1 地域力の強化', '・地域活動を支援します。', '各課の取組', '総務課 電話:045-510-1653', '区の予算の適正な執行に取り組みます。', '戸籍課 電話:045-510-1706', '正確で丁寧な窓口サービスを提供します。']);
    expect(depts.sections.filter((s) => s.kind === 'department').map((s) => s.body)).toEqual(['区の予算の適正な執行に取り組みます。', '正確で丁寧な窓口サービスを提供します。']);
    const stance = parsePlan(['令和3年度 泉区運営方針', 'Ⅰ 基本目標', '区民と歩む泉区政', '基本姿勢', '3つの基本姿勢のもと、区政を運営します。', '(1) 区民の皆様の声に耳を傾け、区政運営に生かします。', '(2) 地域の皆様とともに考え、行動します。', 'Ⅱ 目標達成に向けた施策', '1 安全・安心のまちづくり', '・訓練を支援します。'].join('\n'));
    expect(stance.sections.filter((s) => s.kind === 'stance').map((s) => s.title)).toEqual(['区民の皆様の声に耳を傾け、区政運営に生かします', '地域の皆様とともに考え、行動します']);
  });

  it('takes the cover’s year over a year in the running text, and reads no office pillar inside an office pillar', () => {
    const cover = parsePlan(['令和3年度', '鶴見区運営方針', 'Ⅰ 基本目標', 'いつまでも住み続けたいまち・鶴見', '令和2年度に始めた区づくりの取組を、基本目標のもとで進めます。', 'Ⅱ 目標達成に向けた施策', '(1) 地域力の強化', '●防災活動推進事業', '地域防災拠点の訓練を支援します。'].join('\n'));
    expect([cover.fiscal_year, cover.title]).toEqual([2021, '令和3年度 鶴見区運営方針']);
    const office = parse(['施策1 区民に信頼される区役所づくり', '', '窓口サービスの向上に取り組みます。', '', 'デジタル技術を活用した便利な区役所', '', '手続のオンライン化を進めます。', '', '施策2 安全なまちづくり', '・訓練を支援します。', '', 'Ⅲ 目標達成に向けた組織運営', '1 区民目線で行動します', '区民の皆様の立場に立って考えます。']);
    expect(office.pillars.map((p) => p.title)).toEqual(['区民に信頼される区役所づくり', '安全なまちづくり']);
  });
});
