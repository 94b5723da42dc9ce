/**
 * A second round of shapes from realistic documents: legend notes in more wordings, a code closing a
 * ● heading, numbered stance items, department part headings in other words, and a closing
 * office-service pillar after ◆ items.
 */
import { describe, it, expect } from 'vitest';
import { parsePlan } from '../../src/lib/plans/parse-plan';
import type { ParsedPlan } from '../../src/lib/plans/types';

const legend = (plan: ParsedPlan) => plan.legend.map((e) => [e.marker, e.label, e.means_new]);
const pillars = ['施策1 安全・安心で健やかに暮らせるまちづくり', '●新型コロナウイルス感染症への対応(拡)', '自宅療養者への支援を行います。', '●防災活動推進事業 ※重点事業', '地域防災拠点の訓練を支援します。', '施策2 にぎわいのあるまちづくり', '・商店街にぎわいづくり事業(新規事業)', '・地域包括ケアシステムの構築【新規】'];
const plan = (legendLines: string[]) => parsePlan(['令和4年度 中区運営方針', 'Ⅰ 基本目標', '誰もが安心と活力を実感するまち中区', 'Ⅱ 目標達成に向けた施策', ...legendLines, ...pillars].join('\n'));

describe('legend notes in more wordings', () => {
  it.each([
    ['codes named with a placement', ['新規の取組には(新)を、拡充した取組には(拡)を、取組名の後ろに付けています。'], [['新', '新規の取組', true], ['拡', '拡充した取組', false]]],
    ['【】 codes after に, wrapped before the verb', ['本方針では、令和6年度に新たに取り組む事業に【新規】、内容を拡充して取り組む事業に【拡充】', 'を表示しています。'], [['新規', '令和6年度に新たに取り組む事業', true], ['拡充', '内容を拡充して取り組む事業', false]]],
    ['a ※ word with a colon, two on a line', ['※重点事業:区が特に力を入れて取り組む事業 ※新規事業:令和2年度から始める事業'], [['重点事業', '区が特に力を入れて取り組む事業', false], ['新規事業', '令和2年度から始める事業', true]]],
    ['a lead-in naming where the codes are printed', ['※事業名の後ろの(新規事業)は令和4年度からの新規事業、(拡充)は内容を拡充した事業です。'], [['新規事業', '令和4年度からの新規事業', true], ['拡充', '内容を拡充した事業', false]]],
    ['a 【】 code opening the note', ['【新規】は令和4年度から新たに実施する取組です。'], [['新規', '令和4年度から新たに実施する取組', true]]]
  ])('%s', (_, lines, entries) => {
    const p = plan(lines);
    expect(legend(p)).toEqual(entries);
    expect(p.pillars.map((x) => x.title)).toEqual(['安全・安心で健やかに暮らせるまちづくり', 'にぎわいのあるまちづくり']);
    expect(p.pillars.map((x) => x.summary)).toEqual([null, null]);
  });

  it('keeps a code that closes a ● heading as its marker', () => {
    expect(plan([]).pillars[0].initiatives.map((i) => [i.title, i.markers])).toEqual([
      ['新型コロナウイルス感染症への対応', ['拡']],
      ['防災活動推進事業', ['重点事業']]
    ]);
  });
});

describe('parts', () => {
  it('reads numbered stance sentences under 基本姿勢 as stance items', () => {
    const p = parsePlan(['令和4年度 中区運営方針', 'Ⅰ 基本目標', '誰もが安心と活力を実感するまち中区', '基本姿勢', '(1) 新型コロナウイルス感染症への対応を最優先に、区民の皆様の命と暮らしを守ります。', '(2) アフターコロナを見据え、地域の元気づくりと経済の回復に取り組みます。', 'Ⅱ 目標達成に向けた施策', ...pillars].join('\n'));
    expect(p.sections.filter((s) => s.kind === 'stance').map((s) => s.body)).toEqual([
      '新型コロナウイルス感染症への対応を最優先に、区民の皆様の命と暮らしを守ります。',
      'アフターコロナを見据え、地域の元気づくりと経済の回復に取り組みます。'
    ]);
  });

  it.each(['各課の取組', '各課等の目標', '各課の目標', '各課等の取組', '区役所各課の取組'])('reads departments under 「%s」, also after a column', (heading) => {
    const p = parsePlan(['令和2年度 鶴見区運営方針', 'Ⅰ 基本目標', 'いつまでも住み続けたいまち・鶴見', 'Ⅱ 目標達成に向けた施策', '1 地域力の強化', '・地域活動を支援します。', 'Ⅲ 目標達成に向けた組織運営', '1 地域とともに歩む区役所', '・地区担当による地域支援', '', 'コラム 区制100周年に向けて', '鶴見区は、令和9年に区制100周年を迎えます。', '', heading, '総務課', '区の予算の適正な執行に取り組みます。', '鶴見消防署', '火災予防の啓発に取り組みます。'].join('\n'));
    expect(p.sections.filter((s) => s.kind === 'department').map((s) => [s.title, s.body])).toEqual([
      ['総務課', '区の予算の適正な執行に取り組みます。'],
      ['鶴見消防署', '火災予防の啓発に取り組みます。']
    ]);
    expect(p.sections.find((s) => s.kind === 'column')?.body).toBe('鶴見区は、令和9年に区制100周年を迎えます。');
  });

  it('reads a closing office-service pillar after pillars of ◆ items, before the Ⅲ part', () => {
    const p = parsePlan(['令和2年度 港南区運営方針', '基本目標', '愛あふれる ふるさと港南に', '目標達成に向けた施策', '1 安全・安心のまちづくり', '◆地域防災拠点の運営支援【地域防災推進事業】', '訓練を支援します。', '2 住み続けたいまちづくり', '◆花と緑のまちづくり【花と緑のまちづくり推進事業】', '花壇づくりを支援します。', '', '正確・丁寧な行政サービスの提供', '', '正確・丁寧な窓口サービスを提供します。', '◆窓口サービスの向上【窓口サービス向上事業】', '窓口の混雑状況を配信します。', '', '目標達成に向けた組織運営', '1 区民目線で考え、行動します', '区民の皆さまの立場に立って考えます。'].join('\n'));
    expect(p.pillars.map((x) => [x.position, x.title, x.initiatives.map((i) => i.title)])).toEqual([
      [1, '安全・安心のまちづくり', ['地域防災拠点の運営支援']],
      [2, '住み続けたいまちづくり', ['花と緑のまちづくり']],
      [3, '正確・丁寧な行政サービスの提供', ['窓口サービスの向上']]
    ]);
  });
});

describe('covers, goals, contact lines and the city', () => {
  it('reads the year and title of a cover that prints them on lines of their own', () => {
    const p = parsePlan(['令和2年度', '鶴見区運営方針', '', 'Ⅰ 基本目標', 'いつまでも住み続けたいまち・鶴見', 'Ⅱ 目標達成に向けた施策', '(1) 地域力の強化', '●自治会町内会の活動支援【自治会町内会振興事業】', '自治会町内会の担い手の確保を支援します。'].join('\n'));
    expect([p.ward, p.fiscal_year, p.title]).toEqual(['鶴見区', 2020, '令和2年度 鶴見区運営方針']);
    expect(p.warnings).toEqual([]);
  });

  it('keeps the 〜subtitle〜 of a quoted goal wrapped over two lines', () => {
    const p = parsePlan(['令和6年度 緑区運営方針 相模原市緑区', 'Ⅰ 基本目標', '「水源地の豊かな自然と都市の活力が調和し、', '誰もが安心して暮らせるまち 緑区」', '〜 橋本から相模湖・藤野まで、ともにつくる未来 〜', 'Ⅱ 目標達成に向けた施策', '施策1 安全・安心に暮らせるまちづくり', '◆避難所運営の支援【避難所運営支援事業】', '避難所運営協議会の訓練を支援します。'].join('\n'));
    expect(p.basic_goal).toBe('「水源地の豊かな自然と都市の活力が調和し、誰もが安心して暮らせるまち 緑区」〜 橋本から相模湖・藤野まで、ともにつくる未来 〜');
    expect(p.city).toBe('相模原市');
  });

  it.each([
    ['an office’s name with its number', ['港南区役所区政推進課企画調整係 電話:045-847-8327 FAX:045-842-8193']],
    ['a 【問合せ】 label with the office after it', ['【問合せ】相模原市緑区役所 区政策課', '〒252-5177 相模原市緑区西橋本5-3-21', '電話 042-775-8801 FAX 042-775-1750']]
  ])('keeps the contact lines at a page’s foot out of the column before them: %s', (_, contact) => {
    const p = parsePlan(['令和2年度 港南区運営方針', 'Ⅰ 基本目標', '愛あふれる ふるさと港南に', 'Ⅱ 目標達成に向けた施策', '施策1 安全・安心のまちづくり', '◆ 防犯・交通安全【安全安心まちづくり推進事業】', '交通安全教室を行います。', 'Ⅲ 目標達成に向けた組織運営', '1 区民目線で考え、行動します', '区民の皆さまの立場に立って考えます。', 'コラム 港南区は50歳!', '港南区は昭和44年10月1日に南区から分区して誕生しました。', '', '- 3 -', '', ...contact].join('\n'));
    expect(p.sections.find((s) => s.kind === 'column')?.body).toBe('港南区は昭和44年10月1日に南区から分区して誕生しました。');
  });

  it('reads 横浜市 from the city’s breadcrumb on a ward page', () => {
    const p = parsePlan(['横浜市トップページ > 泉区トップページ > 区の紹介 > 区運営方針', '令和元年度 泉区運営方針', 'Ⅰ 基本目標', '住み続けたいまち いずみ', 'Ⅱ 目標達成に向けた施策', '1 安全・安心なまちづくり', '・防災訓練を支援します。'].join('\n'));
    expect(p.city).toBe('横浜市');
  });
});

describe('stance parts under other headings', () => {
  it.each(['取組方針', '基本目標の達成に向けた方針'])('reads the numbered items under 「%s」 before the pillars as stance', (heading) => {
    const p = parsePlan(['令和2年度 港南区運営方針', 'Ⅰ 基本目標', '~ 愛あふれるふるさと港南に ~', heading, '1 地域の皆さまとの協働を大切にし、ともに考え、ともに行動します。', '2 新型コロナウイルス感染症への対応に、全力で取り組みます。', 'Ⅱ 目標達成に向けた施策', '施策1 安全・安心のまちづくり', '◆ 風水害への備え【災害に強いまちづくり事業】', '避難行動の啓発を行います。'].join('\n'));
    expect(p.sections.filter((s) => s.kind === 'stance').map((s) => s.body)).toEqual(['地域の皆さまとの協働を大切にし、ともに考え、ともに行動します。', '新型コロナウイルス感染症への対応に、全力で取り組みます。']);
    expect(p.pillars.map((x) => x.initiatives.length)).toEqual([1]);
  });

  it('leaves <取組方針> under a pillar to that pillar', () => {
    const p = parsePlan(['令和2年度 港南区運営方針', 'Ⅰ 基本目標', '愛あふれるふるさと港南に', 'Ⅱ 目標達成に向けた施策', '施策1 安全・安心のまちづくり', '取組方針', '・避難行動の啓発を行います。', '施策2 住み続けたいまちづくり', '・花壇づくりを支援します。'].join('\n'));
    expect(p.sections.filter((s) => s.kind === 'stance')).toEqual([]);
    expect(p.pillars.map((x) => x.initiatives.length)).toEqual([1, 1]);
  });
});

describe('page debris in sections', () => {
  it('keeps a bare page number and a drawn rule out of a column’s and an organisation item’s text', () => {
    const p = parsePlan(['令和2年度 鶴見区運営方針', 'Ⅰ 基本目標', 'いつまでも住み続けたいまち・鶴見', 'Ⅱ 目標達成に向けた施策', '1 地域力の強化', '・地域活動を支援します。', 'Ⅲ 目標達成に向けた組織運営', '1 地域とともに歩む区役所', '地区担当が地域を支援します。', '---', '2', 'コラム 区制100周年に向けて', '鶴見区は、令和9年に区制100周年を迎えます。', '3'].join('\n'));
    expect(p.sections.map((s) => [s.kind, s.body])).toEqual([
      ['organisation', '地区担当が地域を支援します。'],
      ['column', '鶴見区は、令和9年に区制100周年を迎えます。']
    ]);
  });
});

describe('a third round', () => {
  const kanazawa = (lines: string[]) => parsePlan(['令和4年度 金沢区運営方針', 'Ⅰ 基本目標', '地域の皆様と共に考える、挑戦する、つくる！', 'Ⅱ 目標達成に向けた施策', ...lines].join('\n'));

  it('reads the ■ items under 区政運営の基本姿勢 as stance', () => {
    const p = parsePlan(['令和5年度 保土ケ谷区運営方針', '基本目標', 'いつまでも住み続けたいまち ほどがや', '区政運営の基本姿勢', '■区民目線', '区民の皆様の声に耳を傾けます。', '■協働・共創', '多様な主体と連携します。', '目標達成に向けた施策', '1 暮らしの安全・安心の確保', '・訓練を支援します。'].join('\n'));
    expect(p.sections.filter((s) => s.kind === 'stance').map((s) => s.title)).toEqual(['区民目線', '協働・共創']);
  });

  it('reads departments under 区役所各課・土木事務所・消防署の目標, and names printed in 【】', () => {
    const p = kanazawa(['1 安心して暮らせるまちづくり', '・訓練を支援します。', '区役所各課・土木事務所・消防署の目標', '【総務課】', '災害時の区本部の体制を強化します。', '【金沢土木事務所】', '道路や公園の安全点検を行います。']);
    expect(p.sections.map((s) => [s.kind, s.title, s.body])).toEqual([
      ['department', '総務課', '災害時の区本部の体制を強化します。'],
      ['department', '金沢土木事務所', '道路や公園の安全点検を行います。']
    ]);
  });

  it('reads a 【凡例】 of word: meaning rows, two words set apart after a heading, and two 【】 codes in one note', () => {
    const p = kanazawa(['【凡例】', '重点：区として重点的に取り組む事業', '新規：令和４年度から新たに取り組む事業', '１ 安心して暮らせるまちづくり', '●金沢防災“えん”づくり事業 重点', '地域の防災訓練を支援します。', '●セーフティタウンかなざわ推進事業 重点 新規', '啓発キャンペーンを行います。', '２ 金沢の未来を創る！', '●地域の魅力発見・発信協働事業 新規', '学生の視点で魅力を発信します。']);
    expect(legend(p)).toEqual([['重点', '区として重点的に取り組む事業', false], ['新規', '令和４年度から新たに取り組む事業', true]]);
    expect(p.pillars.map((x) => x.initiatives.map((i) => [i.title, i.markers]))).toEqual([
      [['金沢防災“えん”づくり事業', ['重点']], ['セーフティタウンかなざわ推進事業', ['重点', '新規']]],
      [['地域の魅力発見・発信協働事業', ['新規']]]
    ]);
    const note = kanazawa(['取組名の末尾の【新】は令和４年度からの新規の取組、【拡】は内容を拡充した取組を表しています。', '１ 安全に、安心して暮らせるまちづくり', '◆交通安全の推進【交通安全推進事業】【拡】', '交通安全教室を行います。']);
    expect(legend(note)).toEqual([['新', '令和４年度からの新規の取組', true], ['拡', '内容を拡充した取組', false]]);
  });

  it('takes the label off an overview program list, and recovers a paragraph whose heading was lost from it', () => {
    const p = kanazawa(['１ 金沢の未来を創る！', '金沢区の地域資源を生かし、魅力あるまちをつくります。', '主な事業：金沢の自然資産ふれあい事業、金沢区観光振興事業 等', '', '●金沢の自然資産ふれあい事業', '海の公園の自然に親しむ体験講座を開催します。', '', '金沢区の観光資源である称名寺や金沢文庫、野島公園などをめぐるデジタルスタンプラリーを', '開催し、区外からの来訪を促します。']);
    expect(p.pillars[0].initiatives.map((i) => [i.title, i.description])).toEqual([
      ['金沢の自然資産ふれあい事業', '海の公園の自然に親しむ体験講座を開催します。'],
      ['金沢区観光振興事業', '金沢区の観光資源である称名寺や金沢文庫、野島公園などをめぐるデジタルスタンプラリーを\n開催し、区外からの来訪を促します。']
    ]);
    expect(p.warnings.map((w) => w.message)).toEqual([expect.stringContaining('recovered as 「金沢区観光振興事業」')]);
  });

  it('returns from a column to a pillar named again in the details’ own numbering', () => {
    const p = kanazawa(['(1) 金沢の未来を創る！', '(2) すくすく育て！かなざわっこ', '１ 金沢の未来を創る！', '●金沢の自然資産ふれあい事業', '海の公園の自然に親しむ体験講座を開催します。', 'コラム① 海の公園は横浜市内唯一の海水浴場', '海の公園は、横浜市内で唯一、海水浴ができる砂浜です。', '２ すくすく育て！かなざわっこ', '子育て家庭が地域で孤立しないよう、相談や交流の機会を広げます。', '●子育て応援事業', '産前産後の家庭への訪問支援を行います。']);
    expect(p.pillars.map((x) => [x.title, x.summary, x.initiatives.map((i) => i.title)])).toEqual([
      ['金沢の未来を創る！', null, ['金沢の自然資産ふれあい事業']],
      ['すくすく育て！かなざわっこ', '子育て家庭が地域で孤立しないよう、相談や交流の機会を広げます。', ['子育て応援事業']]
    ]);
    expect(p.truncated).toBe(false);
  });
});

describe('department text wrapped mid-word', () => {
  it('stays the department’s text, never a department of its own', () => {
    const p = parsePlan(['令和4年度 港北区運営方針', 'Ⅰ 基本目標', '活気にあふれ、人が、地域がつながる「ふるさと港北」', 'Ⅱ 目標達成に向けた施策', '１ 安全に、安心して暮らせるまちづくり', '◆災害時医療体制の充実【災害時医療整備事業】', '災害時の医療救護隊の訓練を行います。', '各課の取組', '総務課', '災害時の区本部の運営体制を強化するとともに、区庁舎の感染症対策を徹底しま', 'す。', '戸籍課', 'マイナンバーカードの交付を、予約制の窓口で円滑に行います。'].join('\n'));
    expect(p.sections.map((s) => [s.title, s.body])).toEqual([
      ['総務課', '災害時の区本部の運営体制を強化するとともに、区庁舎の感染症対策を徹底しま\nす。'],
      ['戸籍課', 'マイナンバーカードの交付を、予約制の窓口で円滑に行います。']
    ]);
  });
});
