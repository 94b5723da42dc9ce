/**
 * Labels printed next to items: a marker word set apart at a line's end, a program name in a bullet,
 * and a legend labelled 凡例. Expected values are read off each input line.
 */
import { describe, it, expect } from 'vitest';
import { extractMarkers, markerContext, stripMarkers } from '../../src/lib/plans/markers';
import { takeBulletProgram } from '../../src/lib/plans/read-initiatives';
import { readLegendLabelLine } from '../../src/lib/plans/read-marker-legend';
import { stripEmphasis } from '../../src/lib/plans/strip-debris';
import { keepUnbrokenTitle } from '../../src/lib/plans/walk-sections';
import { cutClause, cutTo40 } from '../../src/lib/plans/cut-title';
import { parsePlan } from '../../src/lib/plans/parse-plan';

const noLegend = markerContext([]);

describe('a marker word set apart at the end of a line', () => {
  it.each([
    ['特殊詐欺被害防止の啓発　拡充', ['拡充'], '特殊詐欺被害防止の啓発'],
    ['地域防災拠点の訓練支援 新規', ['新規'], '地域防災拠点の訓練支援'],
    ['子育て講座の開催　重点事業 (デ)', ['重点事業', 'デ'], '子育て講座の開催'],
    ['見守り活動を拡充します', [], '見守り活動を拡充します'],
    ['重点的に取り組みます', [], '重点的に取り組みます'],
    ['事業を 新規 に立ち上げます', [], '事業を 新規 に立ち上げます'],
    ['防災講座の新規', [], '防災講座の新規'],
    ['障害のある方の相談支援体制の 拡充', [], '障害のある方の相談支援体制の 拡充']
  ])('%s → %j, title %s', (text, markers, title) => {
    expect(extractMarkers(text, noLegend)).toEqual(markers);
    expect(stripMarkers(text, noLegend)).toBe(title);
  });

  it('reads it on any line of a description, not in mid-line prose', () => {
    expect(extractMarkers('窓口の案内　拡充\n案内の表示を新規に作ります。', noLegend)).toEqual(['拡充']);
  });
});

describe('a program name in a bullet', () => {
  it.each([
    ['地域防災拠点の訓練支援【地域防災推進事業】(新)', '地域防災拠点の訓練支援 (新)', '地域防災推進事業'],
    ['【子育て支援拠点事業】親子の居場所づくり', '親子の居場所づくり', '子育て支援拠点事業'],
    ['見守りの支援【高齢者見守り事業】。地域と連携します。', '見守りの支援。地域と連携します。', '高齢者見守り事業'],
    ['親子の居場所【子育て支援拠点事業】を広げます。', '親子の居場所【子育て支援拠点事業】を広げます。', null],
    ['講座の開催【新規】', '講座の開催【新規】', null]
  ])('%s → %s / %s', (text, rest, program) => {
    expect(takeBulletProgram(text)).toEqual({ rest, program });
  });
});

describe('a legend labelled 凡例', () => {
  it.each([
    ['凡例 (新)新規事業 (デ)デジタル活用', [['新', '新規事業'], ['デ', 'デジタル活用']]],
    ['凡例：新規事業(新)　デジタル(デ)', [['新', '新規事業'], ['デ', 'デジタル']]],
    ['【凡例】 新規事業(新) デジタル活用(デ)', [['新', '新規事業'], ['デ', 'デジタル活用']]],
    ['[凡例] (新)令和5年度からの新規事業', [['新', '令和5年度からの新規事業']]],
    ['＜凡例＞ ★重点事業', [['★', '重点事業']]],
    ['【凡例】', []]
  ])('%s → %j', (text, entries) => {
    expect(readLegendLabelLine(text, 7)?.map((e) => [e.marker, e.label])).toEqual(entries);
  });

  it('is no label where 凡例 opens a sentence, or is missing', () => {
    expect(readLegendLabelLine('凡例は次のとおりです。', 1)).toBeNull();
    expect(readLegendLabelLine('(新)新規事業', 1)).toBeNull();
  });
});

describe('spaces the extraction put at emphasis marks', () => {
  it.each([
    // One run split in two by the extraction: the space between the two tags goes.
    ['<u>正確で親切・丁寧な行</u> <u>政サービスを提供</u>する', '正確で親切・丁寧な行政サービスを提供する'],
    // A space after a closing tag alone may be printed, and stays (titles are matched without spaces).
    ['<u>こころ豊かに</u> つながる笑顔 元気なとつか', 'こころ豊かに つながる笑顔 元気なとつか'],
    ['<u>区民の皆様の</u> 信頼に応えます!', '区民の皆様の 信頼に応えます!'],
    ['こころ豊かに つながる笑顔', 'こころ豊かに つながる笑顔'],
    ['基本目標 <u>こころ豊かに</u>', '基本目標 こころ豊かに'],
    ['<u>1 *とどけよう!* いずみの魅力</u>', '1 とどけよう! いずみの魅力'],
    ['コラム② <u>ICT 活用の取組</u>', 'コラム② ICT 活用の取組'],
    ['<u>ICT</u> <u>活用</u>', 'ICT 活用']
  ])('%s → %s', (line, expected) => {
    expect(stripEmphasis(line)).toBe(expected);
  });

  it('titles an organisation item as its details print it where the overview has an extra space', () => {
    const section = { title: '区民の皆様の 信頼に応えます!' };
    keepUnbrokenTitle(section, '区民の皆様の信頼に応えます!');
    expect(section.title).toBe('区民の皆様の信頼に応えます!');
    keepUnbrokenTitle(section, '区民の皆様の信頼に応えます!（再掲）');
    expect(section.title).toBe('区民の皆様の信頼に応えます!');
  });
});

describe('titles cut from running text', () => {
  const long = '区内中小企業の高い技術や優れた製品の魅力を、企業紹介冊子や「とつかものづくり自慢」で発信します';
  it('cuts a bullet title at exactly 40 characters, as the contract says, brackets or not', () => {
    expect(cutTo40(long)).toBe('区内中小企業の高い技術や優れた製品の魅力を、企業紹介冊子や「とつかものづくり自慢…');
    expect(cutTo40('短い題名')).toBe('短い題名');
  });

  it.each([
    [long, '区内中小企業の高い技術や優れた製品の魅力を、企業紹介冊子や…'],
    ['区庁舎の感染症対策を進め、安心して快適にご利用いただけるように取り組むとともに、案内を充実します', '区庁舎の感染症対策を進め、安心して快適にご利用いただけるように取り組むとともに…'],
    ['「住みたい、住み続けたい」と思えるまちを目指して地域の皆さんとともにまちづくりを進めます', '「住みたい、住み続けたい」と思えるまちを目指して地域の皆さんとともにまちづくりを…'],
    ['短い題名', '短い題名']
  ])('cuts a clause title before a bracket it would leave open: %s', (text, title) => {
    expect(cutClause(text)).toBe(title);
  });
});

describe('a short line that heads nothing', () => {
  it('is left out of the item with a warning naming its line, not silently', () => {
    const plan = parsePlan(
      ['令和5年度 金沢区運営方針', '基本目標', '海と緑のまち', '目標達成に向けた施策', '(1) 安全なまち', '● 防災の推進【防災事業】', '訓練を支援します。', 'かなざわ防災フェア', '', '(2) 元気なまち', '● 商店街の支援【商店街事業】', 'イベントを支援します。'].join('\n')
    );
    expect(plan.pillars[0].initiatives[0].description).toBe('訓練を支援します。');
    expect(plan.warnings.find((w) => w.message.includes('かなざわ防災フェア'))?.line).toBe(8);
  });
});

describe('contact lines in a newsletter box', () => {
  it('drop the line only: the pillars after it stay', () => {
    const plan = parsePlan(
      ['令和5年度 保土ケ谷区運営方針', '基本目標', 'ほどがや', '目標達成に向けた施策', '施策1 安全・安心なまちづくり', '・地域防災拠点の運営訓練を支援します。', '問合せ 総務課 電話 334-6203 FAX 333-6309', '施策2 支え合うまちづくり', '・地域の見守り活動を進めます。'].join('\n')
    );
    expect(plan.pillars.map((p) => [p.title, p.initiatives.length])).toEqual([
      ['安全・安心なまちづくり', 1],
      ['支え合うまちづくり', 1]
    ]);
    expect(JSON.stringify(plan)).not.toContain('334-6203');
  });

  it('end a contact block at the next pillar heading', () => {
    const plan = parsePlan(
      ['令和5年度 保土ケ谷区運営方針', '基本目標', 'ほどがや', '目標達成に向けた施策', '施策1 安全・安心なまちづくり', '・地域防災拠点の運営訓練を支援します。', 'お問合せ', '総務課危機管理担当', '施策2 支え合うまちづくり', '・地域の見守り活動を進めます。'].join('\n')
    );
    expect(plan.pillars.map((p) => p.initiatives.length)).toEqual([1, 1]);
    expect(JSON.stringify(plan)).not.toContain('危機管理担当');
  });
});

describe('organisation bullets written label：sentence', () => {
  it('are titled by the label before the colon', () => {
    const plan = parsePlan(
      ['令和4年度 青葉区運営方針', '基本目標', '住みつづけたいまち 青葉', '目標達成に向けた施策', '1 安全なまち', '・防災訓練を支援します。', '目標達成に向けた組織運営', '・信頼される区役所：区民の皆様の立場に立ち、正確で丁寧な窓口サービスを提供します。', '・協働・共創の推進：地域の皆様とともに課題の解決に取り組みます。'].join('\n')
    );
    expect(plan.sections.filter((s) => s.kind === 'organisation').map((s) => s.title)).toEqual(['信頼される区役所', '協働・共創の推進']);
  });
});

describe('a last pillar worded like an organisation item, with no Ⅲ part', () => {
  it('is kept as read and warned about', () => {
    const plan = parsePlan(
      ['令和元年度 南区運営方針', '基本目標', 'ともに育み 安心して暮らせる 南区', '目標達成に向けた施策', '', 'にぎわいと魅力あるまちづくり', '', '南区の魅力を生かしたにぎわいづくりを進めます。', '', '主な取組', '', '・大岡川桜まつりを開催します。', '', '区民に信頼される区役所', '', '◆ 正確・丁寧な窓口サービス', '', '・分かりやすく丁寧な窓口対応を行います。'].join('\n')
    );
    expect(plan.pillars.map((p) => p.title)).toEqual(['にぎわいと魅力あるまちづくり', '区民に信頼される区役所']);
    expect(plan.warnings.find((w) => w.message.includes('「区民に信頼される区役所」 is worded like an organisation item'))?.line).toBe(14);
  });
});

describe('a paragraph broken mid-word by a page break', () => {
  it('goes on after the page furniture, with no warning', () => {
    const plan = parsePlan(
      ['令和6年度 港南区運営方針', 'Ⅰ 基本目標', '笑顔がつながる 港南', 'Ⅱ 目標達成に向けた施策', '(1) 安全なまち', '● 防災情報の発信【防災情報発信事業】', '', '区民がスマートフォンで避難場所を確認でき', '', '- 1 -', '令和6年度 港南区運営方針', '', 'るようにします。', '', '(2) 元気なまち', '● 商店街の支援【商店街事業】', '', 'イベントを支援します。'].join('\n')
    );
    expect(plan.pillars[0].initiatives.map((i) => i.description)).toEqual(['区民がスマートフォンで避難場所を確認でき\nるようにします。']);
    expect(plan.warnings).toEqual([]);
  });
});
