/**
 * What a whole plan is keyed by: its ward, fiscal year and basic goal. Each document below is written in
 * a shape a ward publishes, with a sentence or label placed where a naive reading takes the wrong value.
 */
import { describe, it, expect } from 'vitest';
import { parsePlan } from '../../src/lib/plans/parse-plan';

const pillars = ['Ⅱ 目標達成に向けた施策', '1 安全・安心なまちづくり', '◆地域防災力の強化【防災・減災推進事業】', '地域防災拠点の訓練を支援します。'];

describe('ward and year', () => {
  it.each([
    ['the ward in brackets after the title', ['令和５年度区運営方針（青葉区）', '', 'Ⅰ 基本目標', '次世代につなぐまち 青葉', ...pillars], '青葉区', 2023],
    ['the year in brackets after the title, last year’s plan named in the greeting', ['瀬谷区運営方針（令和5年度）', '', '令和4年度瀬谷区運営方針に基づく取組の成果を踏まえ、今年度の運営方針を策定しました。', 'Ⅰ 基本目標', '魅力あふれるまち 瀬谷', ...pillars], '瀬谷区', 2023],
    ['a newsletter naming “令和2年度の区運営方針” in a sentence: the masthead gives the ward', ['広報よこはま 青葉区版 2020(令和2)年4月号', '', '令和2年度 青葉区主要事業', '', '青葉区では、令和2年度の区運営方針に基づき、事業を進めます。', '', '[1]誰もがいきいきと暮らせるまち', '■あおば健康スタイル', '身近な場所での健康づくりを応援します。', '[2]安全で安心して暮らせるまち', '■交通安全対策', '交通安全教室を開催します。'], '青葉区', 2020]
  ])('%s', (_, lines, ward, year) => {
    const plan = parsePlan(lines.join('\n'));
    expect(plan.ward).toBe(ward);
    expect(plan.fiscal_year).toBe(year);
    // A title line is never read as a legend row ("令和5年度区運営方針（青葉区）": code 青葉区).
    expect(plan.legend).toEqual([]);
  });
});

describe('basic goal', () => {
  it.each([
    ['a label in brackets on the heading', ['令和5年度 栄区運営方針', 'Ⅰ 基本目標（区の目指す姿）', '未来を育む 暮らしつづけたいまち さかえ', ...pillars], '未来を育む 暮らしつづけたいまち さかえ'],
    ['a sentence introducing the goal before it', ['令和5年度 青葉区運営方針', 'Ⅰ 基本目標', '令和５年度は、次の基本目標を掲げ、区民の皆様とともに区政を運営します。', '次世代につなぐ 住みたい・住み続けたいまち 青葉', '', ...pillars], '次世代につなぐ 住みたい・住み続けたいまち 青葉'],
    ['a quoted slogan with its closing phrase on the next line', ['平成24年度 泉区運営方針', 'Ⅰ 基本目標', '', '「区民と歩む泉区政～身近な自治で大きなつながり」', '元気の出る泉区づくり', '', '泉区は、地域の皆様が主体となった地域運営を支えます。', ...pillars], '「区民と歩む泉区政～身近な自治で大きなつながり」元気の出る泉区づくり'],
    ['a slogan printed above its heading, under the cover’s ward line', ['令和４年度', '金沢区運営方針', '', '横浜市金沢区', '', '『地域の皆様と共に考える、挑戦する、つくる！』', 'Ⅰ 基本目標', '〜訪れたい、住みたい、住み続けたいまち 金沢を目指して〜', '', ...pillars], '『地域の皆様と共に考える、挑戦する、つくる！』〜訪れたい、住みたい、住み続けたいまち 金沢を目指して〜'],
    ['a slogan wrapped after a comma', ['令和5年度 港北区運営方針', 'Ⅰ 基本目標', '人と人がつながり、', '安心と活気があふれる「ふるさと港北」', '', ...pillars], '人と人がつながり、安心と活気があふれる「ふるさと港北」']
  ])('%s', (_, lines, goal) => {
    expect(parsePlan(lines.join('\n')).basic_goal).toBe(goal);
  });

  it('keeps a goal that is one line followed by its paragraph', () => {
    const plan = parsePlan(['令和5年度 港北区運営方針', 'Ⅰ 基本目標', '人と人がつながるまち 港北', '区民の皆様とともに、安心と活気のあるまちをつくります。', ...pillars].join('\n'));
    expect(plan.basic_goal).toBe('人と人がつながるまち 港北');
  });
});
