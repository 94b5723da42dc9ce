/**
 * Things printed inside or between a plan's parts that must not swallow what follows: a contact line in
 * a pillar, a column between a pillar's items, a Ⅲ heading with its subtitle, a sub-theme worded like an
 * organisation item.
 */
import { describe, it, expect } from 'vitest';
import { parsePlan } from '../../src/lib/plans/parse-plan';
import type { ParsedPlan } from '../../src/lib/plans/types';

const items = (plan: ParsedPlan) => plan.pillars.flatMap((p) => p.initiatives.map((i) => [p.position, i.sub_theme, i.title]));
const sections = (plan: ParsedPlan) => plan.sections.map((s) => [s.kind, s.title, s.body]);

describe('a contact line inside a pillar', () => {
  it('drops the contact lines only, and the next unnumbered pillar is read', () => {
    const plan = parsePlan(['令和6年度 金沢区運営方針', 'Ⅰ 基本目標', '海と緑と歴史を未来へ 人がつながる 安心なまち 金沢', 'Ⅱ 目標達成に向けた施策', '災害に強いまちづくり', '・地域防災拠点の訓練を支援します。', '問合せ 総務課危機管理・地域防災担当', '電話 045-788-7706', '', '子育てにやさしいまちづくり', '妊娠期から子育て期まで切れ目なく支援します。', '・乳幼児健診の予約をオンライン化します。(新)'].join('\n'));
    expect(plan.pillars.map((p) => [p.title, p.summary])).toEqual([
      ['災害に強いまちづくり', null],
      ['子育てにやさしいまちづくり', '妊娠期から子育て期まで切れ目なく支援します。']
    ]);
    expect(items(plan)).toEqual([
      [1, null, '地域防災拠点の訓練を支援します'],
      [2, null, '乳幼児健診の予約をオンライン化します']
    ]);
    expect(JSON.stringify(plan)).not.toContain('045-788-7706');
  });
});

describe('a column between a pillar’s items', () => {
  it('keeps its own text, and the ◆ item after it goes back to the pillar', () => {
    const plan = parsePlan(['令和5年度 南区運営方針', 'Ⅰ 基本目標', 'みんなでつくる 笑顔あふれる南区', 'Ⅱ 目標達成に向けた施策', '1 子育てを地域で支えるまちづくり', '◆子育て支援の充実【南区子育て支援事業】', '子育て世代の交流の場を提供します。', '', 'コラム 南区の子育て応援団', '区内では約40団体が子育てサロンを運営しています。', '', '◆児童虐待の防止【児童虐待防止啓発事業】', 'オレンジリボンキャンペーンを行います。', '', '2 にぎわいのあるまちづくり', '◆商店街の活性化【商店街支援事業】', 'イベントを支援します。'].join('\n'));
    expect(items(plan)).toEqual([
      [1, null, '子育て支援の充実'],
      [1, null, '児童虐待の防止'],
      [2, null, '商店街の活性化']
    ]);
    expect(sections(plan)).toEqual([['column', 'コラム 南区の子育て応援団', '区内では約40団体が子育てサロンを運営しています。']]);
  });
});

describe('the organisation part', () => {
  it('is opened by a Ⅲ heading with a 〜subtitle〜 on its line', () => {
    const plan = parsePlan(['令和7年度 西区運営方針', 'Ⅰ 基本目標', 'つながりを大切に くらせるまち 西区', 'Ⅱ 目標達成に向けた施策', '1 地域のつながりづくり', '・自治会町内会の加入促進に向けた取組を支援します。', '', 'Ⅲ 目標達成に向けた組織運営 〜区民の皆さまに寄り添う区役所づくり〜', '1 お客様の立場に立った区民サービスの提供', '・窓口での丁寧でわかりやすい説明に努めます。'].join('\n'));
    expect(items(plan)).toEqual([[1, null, '自治会町内会の加入促進に向けた取組を支援します']]);
    expect(sections(plan)).toEqual([['organisation', 'お客様の立場に立った区民サービスの提供', '・窓口での丁寧でわかりやすい説明に努めます。']]);
    expect(plan.warnings).toEqual([]);
  });

  it('is not re-entered by a pillar’s sub-theme that has an organisation item’s title', () => {
    const plan = parsePlan(['令和5年度戸塚区運営方針', 'I基本目標', 'こころ豊かに つながる笑顔 元気なとつか', 'Ⅱ目標達成に向けた施策', '人と人とがつながるまちづくり', '地域のつながりづくりの活動を支援します。', '', 'Ⅲ目標達成に向けた組織運営', '地域との協働・共創', '地域の課題に取り組みます。', '', '【参考】主な事業・取組', '人と人とがつながるまちづくり', '青少年の健全育成', '・子どもたちの体験活動の機会を広げます。', '地域との協働・共創', '・地域の課題解決を目指す取組を支援します。', '・「地域の居場所」の立ち上げを支援します。(新)'].join('\n'));
    expect(items(plan)).toEqual([
      [1, '青少年の健全育成', '子どもたちの体験活動の機会を広げます'],
      [1, '地域との協働・共創', '地域の課題解決を目指す取組を支援します'],
      [1, '地域との協働・共創', '「地域の居場所」の立ち上げを支援します']
    ]);
    expect(sections(plan)).toEqual([['organisation', '地域との協働・共創', '地域の課題に取り組みます。']]);
  });
});

describe('a closing office-service pillar before the Ⅲ part', () => {
  const head = ['令和5年度港南区運営方針', '基本目標', '愛あふれる ふるさと港南に', '目標達成に向けた施策'];
  const org = ['', '目標達成に向けた組織運営', '', '1 区民目線で考え、行動します', '区民目線で考え、迅速に行動します。'];

  it('is read after a pillar’s table, with its own table', () => {
    const plan = parsePlan([...head, '[施策 1]安全・安心のまちづくり', '', '安全で安心して暮らせるまちをつくります。', '', '主な事業・取組\t内容', '防犯・交通安全の推進\t防犯パトロールや交通安全教室を行います。', '花と緑のまちづくり\t地域の花壇づくりの活動を支援します。', '', '正確・丁寧な行政サービスの提供', '', '正確・丁寧な窓口サービスを提供します。', '', '主な事業・取組\t内容', '窓口サービスの向上[+D]\t窓口の混雑状況をホームページで配信します。', ...org].join('\n'));
    expect(plan.pillars.map((p) => [p.position, p.title, p.summary])).toEqual([
      [1, '安全・安心のまちづくり', '安全で安心して暮らせるまちをつくります。'],
      [2, '正確・丁寧な行政サービスの提供', '正確・丁寧な窓口サービスを提供します。']
    ]);
    expect(items(plan)).toEqual([
      [1, null, '防犯・交通安全の推進'],
      [1, null, '花と緑のまちづくり'],
      [2, null, '窓口サービスの向上']
    ]);
    expect(sections(plan).map((s) => s[1])).toEqual(['区民目線で考え、行動します']);
  });

  it('is read after bullets with only its paragraph, and the text is not called truncated', () => {
    const plan = parsePlan([...head, '施策1 安全・安心のまちづくり', '', '安全で安心して暮らせるまちをつくります。', '', '・防犯パトロールや交通安全教室を行います。', '・地域の花壇づくりの活動を支援します。', '', '正確・丁寧な行政サービスの提供', '', '正確・丁寧な窓口サービスを提供します。', ...org].join('\n'));
    expect(plan.pillars.map((p) => [p.position, p.title, p.summary])).toEqual([
      [1, '安全・安心のまちづくり', '安全で安心して暮らせるまちをつくります。'],
      [2, '正確・丁寧な行政サービスの提供', '正確・丁寧な窓口サービスを提供します。']
    ]);
    expect(items(plan).map((i) => i[0])).toEqual([1, 1]);
    expect(plan.truncated).toBe(false);
    expect(plan.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^no initiatives found for pillar\(s\) 2 .*the text goes on after it$/)]);
  });
});

describe('a Ⅲ overview that lists titles only, its details after the pillars’ with no Ⅲ heading', () => {
  it('reads each title as an organisation item and gives it its paragraph from the details', () => {
    const plan = parsePlan(['平成24年度 泉区運営方針', '', 'Ⅰ 基本目標 元気の出る泉区づくり', '', 'Ⅱ 目標達成に向けた施策', '', '1. 地域主体の地域運営', '', '地域自治推進事業 等', '', '2. 伝える・つながる区政', '', '広報・広聴事業 等', '', 'Ⅲ 目標達成に向けた組織運営', '', 'チームビルド', '', '自慢と褒めの文化', '', '主な取組(Ⅱ 目標達成に向けた施策)', '', '1 地域主体の地域運営', '', '●地域自治の推進【地域自治推進事業】', '', '地域運営協議会の設立と運営を支援します。', '', '2 伝える・つながる区政', '', '●地域SNSの導入検討【広報・広聴事業】', '', '地域SNSの導入を検討します。', '', 'チームビルド', '', '部署を越えて情報を共有し、一つのチームとなって取り組みます。', '', '自慢と褒めの文化', '', '互いの良い取組を認め合う職場をつくります。'].join('\n'));
    expect(items(plan)).toEqual([
      [1, null, '地域自治の推進'],
      [2, null, '地域SNSの導入検討']
    ]);
    expect(plan.pillars[1].initiatives[0].description).toBe('地域SNSの導入を検討します。');
    expect(sections(plan)).toEqual([
      ['organisation', 'チームビルド', '部署を越えて情報を共有し、一つのチームとなって取り組みます。'],
      ['organisation', '自慢と褒めの文化', '互いの良い取組を認め合う職場をつくります。']
    ]);
    expect(plan.warnings).toEqual([]);
  });
});

describe('an overview printed in two columns, extracted side by side', () => {
  const doc = (a: string, b: string, c: string) => ['平成30年度 西区運営方針', 'Ⅰ 基本目標', 'つながりを大切に 誰もがにこやかしあわせなまち', 'Ⅱ 目標達成に向けた施策', '', `${a} 地域のつながりづくり                      ${c} 安全・安心なまちづくり`, `${b} いきいきと健やかに暮らせるまちづくり`, '', `${a} 地域のつながりづくり`, '', '地域のつながりを深めます。', '', '【主な事業・取組】', '', '■ 自治会町内会の活動支援', '', '役員の負担を軽減するための講座を開催します。', '', '■ 転入者向け地域情報の発信 (新規事業)', '', '「にしくらしガイド」を配布します。', '', `${b} いきいきと健やかに暮らせるまちづくり`, '', '■ 子育て支援の充実', '', '子育て相談を行います。', '', `${c} 安全・安心なまちづくり`, '', '■ 地域防災力の向上', '', '防災講座を実施します。'].join('\n');

  it.each([
    ['(1)', '(2)', '(3)'],
    ['1.', '2.', '3.'],
    ['1', '2', '3']
  ])('reads both headings of the line (%s … %s), and every item stays with its pillar', (a, b, c) => {
    const plan = parsePlan(doc(a, b, c));
    expect(plan.pillars.map((p) => [p.position, p.title])).toEqual([
      [1, '地域のつながりづくり'],
      [2, 'いきいきと健やかに暮らせるまちづくり'],
      [3, '安全・安心なまちづくり']
    ]);
    expect(items(plan)).toEqual([
      [1, null, '自治会町内会の活動支援'],
      [1, null, '転入者向け地域情報の発信'],
      [2, null, '子育て支援の充実'],
      [3, null, '地域防災力の向上']
    ]);
    expect(plan.legend).toEqual([]);
  });
});

describe('organisation details whose title rewords a particle', () => {
  it('joins the item of the Ⅲ overview instead of becoming initiatives of the last pillar', () => {
    const plan = parsePlan(['令和5年度 旭区運営方針', 'Ⅰ 基本目標', 'ともにつくる 笑顔と元気あふれるまち 旭', 'Ⅱ 目標達成に向けた施策', '1 安全・安心に暮らせるまち', '防災対策事業、防犯推進事業 等', '', 'Ⅲ 目標達成に向けた組織運営', '区民の皆様に信頼される区役所', '丁寧な窓口対応により、区民の皆様の信頼に応えます。', '', '主な取組', '1 安全・安心に暮らせるまち', '◆地域防災力の向上【防災対策事業】', '地域防災拠点の訓練を支援します。', '◆防犯の推進【防犯推進事業】', '防犯パトロールを支援します。', '', '区民の皆様から信頼される区役所', '◆信頼される行政サービスの提供', '・窓口サービスの適切な運営', '・市税の公平・適正な課税'].join('\n'));
    expect(items(plan)).toEqual([
      [1, null, '地域防災力の向上'],
      [1, null, '防犯の推進']
    ]);
    expect(sections(plan)).toEqual([['organisation', '区民の皆様に信頼される区役所', '丁寧な窓口対応により、区民の皆様の信頼に応えます。\n◆信頼される行政サービスの提供\n・窓口サービスの適切な運営\n・市税の公平・適正な課税']]);
  });
});

describe('headings around the pillars', () => {
  it('says so when a line over the first numbered pillar is set aside as an umbrella', () => {
    const plan = parsePlan(['令和5年度港南区運営方針', '基本目標', '愛あふれる ふるさと港南に', '目標達成に向けた施策', '', '地域の皆さまと協働で進める地域づくり', '', '[施策 1]安全・安心のまちづくり', '', '・防犯パトロールを行います。', '', '[施策 2]見守り・支えあいのまちづくり', '', '・見守り活動を支援します。'].join('\n'));
    expect(plan.pillars.map((p) => p.title)).toEqual(['安全・安心のまちづくり', '見守り・支えあいのまちづくり']);
    expect(plan.warnings).toEqual([{ line: 6, message: expect.stringContaining('地域の皆さまと協働で進める地域づくり') }]);
  });

  it('reads a newsletter box titled 区役所の運営 as the organisation part', () => {
    const plan = parsePlan(['広報よこはま 青葉区版 2020(令和2)年4月号', '令和2年度 青葉区主要事業', '~「住みつづけたい・住みたいまち」青葉の実現~', '[1]誰もがいきいきと暮らせるまち', '■あおば健康スタイル', '身近な場所での健康づくりを応援します。', '', '[2]自然と調和した、多世代が住みやすいまち', '■青葉環境エコ <280万円>', 'ごみの減量を呼びかけます。', '', '区役所の運営', '', '区民サービスの向上', '区民の皆さんの立場に立った、親切・丁寧な窓口サービスを提供します。', '', '地域とともに進める区政', '地域の皆さんの声を聴き、地域とともに課題の解決に取り組みます。'].join('\n'));
    expect(items(plan)).toEqual([[1, null, 'あおば健康スタイル'], [2, null, '青葉環境エコ']]);
    expect(plan.pillars[1].initiatives[0].description).toBe('■青葉環境エコ <280万円>\nごみの減量を呼びかけます。');
    expect(sections(plan).map((s) => s[1])).toEqual(['区民サービスの向上', '地域とともに進める区政']);
  });

  it('ends a budgeted heading’s description with its rename note once', () => {
    const plan = parsePlan(['広報よこはま 青葉区版 2020(令和2)年4月号', '令和2年度 青葉区主要事業', '[1]安全・安心なまち', '■青葉区防災の街づくり (旧:地域防災力向上事業) <300万円>', '太陽光発電設備を設置します。', '[2]健やかに暮らせるまち', '■あおば健康スタイル', '健康づくりを応援します。'].join('\n'));
    expect(plan.pillars[0].initiatives[0].description).toBe('■青葉区防災の街づくり <300万円>\n太陽光発電設備を設置します。\n(旧:地域防災力向上事業)');
  });
});

describe('unnumbered pillars that put their bullets right under the title', () => {
  it('reads the next heading worded as a pillar as the next pillar, not a sub-theme', () => {
    const plan = parsePlan(['令和3年度保土ケ谷区運営方針', '基本目標', 'いつまでも住み続けたいまち ほどがや', '目標達成に向けた施策', '', '暮らしの安全・安心の確保', '', '・地域防災拠点の訓練を支援します。', '・「ほどがや減災ガイド」を全戸に配布します。', '', '魅力あるまちづくり', '', '・区の魅力を動画で発信します。', '・保土ケ谷宿の歴史を伝えるイベントを開催します。'].join('\n'));
    expect(plan.pillars.map((p) => p.title)).toEqual(['暮らしの安全・安心の確保', '魅力あるまちづくり']);
    expect(items(plan).map((i) => [i[0], i[1]])).toEqual([[1, null], [1, null], [2, null], [2, null]]);
  });

  it('still reads a heading over bullets as a sub-theme where the pillar’s bullets have sub-themes', () => {
    const plan = parsePlan(['令和3年度保土ケ谷区運営方針', '基本目標', 'いつまでも住み続けたいまち ほどがや', '目標達成に向けた施策', '', '暮らしの安全・安心の確保', '地域とともに安全なまちをつくります。', '', '防災・減災', '・地域防災拠点の訓練を支援します。', '', '防犯のまちづくり', '・防犯パトロールを支援します。'].join('\n'));
    expect(plan.pillars.map((p) => p.title)).toEqual(['暮らしの安全・安心の確保']);
    expect(items(plan).map((i) => i[1])).toEqual(['防災・減災', '防犯のまちづくり']);
  });
});
