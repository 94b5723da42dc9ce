/**
 * How a plan says what its codes mean, in the forms that were read wrong or not at all: a ★ sentence
 * under a table, a ※ note right under an item, 【新】【拡】 codes with their legend, two codes in one
 * sentence, and one ※ over two marker words.
 */
import { describe, it, expect } from 'vitest';
import { parsePlan } from '../../src/lib/plans/parse-plan';
import type { ParsedPlan } from '../../src/lib/plans/types';

const items = (plan: ParsedPlan) => plan.pillars.flatMap((p) => p.initiatives.map((i) => ({ title: i.title, program: i.program_name, markers: i.markers, description: i.description })));
const legend = (plan: ParsedPlan) => plan.legend.map((e) => [e.marker, e.label, e.means_new]);

describe('a legend sentence inside the item list', () => {
  it('reads “★は…です。” under a table as the legend, not as an item', () => {
    const plan = parsePlan(['平成29年度都筑区運営方針', '区の目標', '未来につながるまちづくり', '目標達成に向けた施策', '施策1 いきいきと健やかに暮らせるまちづくり', '施策1の主な事業・取組', '子育てネットワーク交流会の開催      子育て支援者の交流会を開催します。', '★ママのわいわいネットの実施          母親同士がつながる場を開きます。', '', '★は平成29年度の新規事業です。', '', '組織目標', '区民の皆様に信頼される区役所', '正確・迅速・丁寧な業務を行います。'].join('\n'));
    expect(items(plan).map((i) => [i.title, i.markers])).toEqual([
      ['子育てネットワーク交流会の開催', []],
      ['ママのわいわいネットの実施', ['★']]
    ]);
    expect(legend(plan)).toEqual([['★', '平成29年度の新規事業', true]]);
  });

  it('reads ○ before a row name as the plain bullet where the legend explains ★ and not ○, and as a marker without a legend', () => {
    const rows = ['施策1の主な事業・取組', '○子育てネットワーク交流会の開催      子育て支援者の交流会を開催します。', '★ママのわいわいネットの実施          母親同士がつながる場を開きます。'];
    const doc = (legendLine: string[]) => parsePlan(['平成29年度都筑区運営方針', '区の目標', '未来につながるまちづくり', '目標達成に向けた施策', '施策1 いきいきと健やかに暮らせるまちづくり', ...rows, ...legendLine].join('\n'));
    expect(items(doc(['★は平成29年度の新規事業です。'])).map((i) => i.markers)).toEqual([[], ['★']]);
    expect(items(doc([])).map((i) => i.markers)).toEqual([['○'], ['★']]);
  });

  it('reads a ※ note right under an item as the legend, and gives the item no marker', () => {
    const plan = parsePlan(['令和5年度 南区運営方針', 'Ⅰ 基本目標', 'みんなでつくる 笑顔あふれる南区', 'Ⅱ 目標達成に向けた施策', '1 災害に強いまちづくり', '◆木造住宅密集地域の防災対策【まちの不燃化推進事業】', '不燃化推進地域での建替えを促進します。', '※（新）は令和5年度からの新規事業を含む取組です。', '◆地域防災拠点の強化【地域防災推進事業】', '訓練を支援します。(新)'].join('\n'));
    expect(items(plan).map((i) => [i.title, i.markers, i.description])).toEqual([
      ['木造住宅密集地域の防災対策', [], '不燃化推進地域での建替えを促進します。'],
      ['地域防災拠点の強化', ['新'], '訓練を支援します。(新)']
    ]);
    expect(legend(plan)).toEqual([['新', '令和5年度からの新規事業を含む取組', true]]);
  });
});

describe('codes in 【】', () => {
  it('reads the 【新】【拡】 legend, and the codes after a heading are markers, never its program name', () => {
    const plan = parsePlan(['令和6年度 磯子区運営方針', 'Ⅰ 基本目標', '笑顔あふれるまち・いそご', 'Ⅱ 目標達成に向けた施策', '【新】：令和6年度の新規事業　【拡】：拡充事業', '1 魅力にあふれた住み続けたいまち', '◆磯子の魅力発信【魅力発信事業】【拡】', '区の魅力を発信します。', '◆地域の見守り活動の推進【新】', '見守り活動を支援します。'].join('\n'));
    expect(items(plan).map((i) => [i.title, i.program, i.markers])).toEqual([
      ['磯子の魅力発信', '魅力発信事業', ['拡']],
      ['地域の見守り活動の推進', null, ['新']]
    ]);
    expect(legend(plan)).toEqual([['新', '令和6年度の新規事業', true], ['拡', '拡充事業', false]]);
  });
});

describe('more than one code in one note', () => {
  it('reads both codes of “…には(新)を、…には(デ)を付けています。”, after another sentence too', () => {
    const plan = parsePlan(['令和3年度保土ケ谷区運営方針', '基本目標', 'いつまでも住み続けたいまち ほどがや', '目標達成に向けた施策', '4つの施策を柱として取り組みます。新規・拡充の取組には(新)を、デジタルを活用した取組には(デ)を付けています。', '', '1 暮らしの安全・安心の確保', '・「ほどがや減災ガイド」を全戸に配布します。(新)', '・災害時の情報をLINEで配信します。(デ)'].join('\n'));
    expect(legend(plan)).toEqual([['新', '新規・拡充の取組', true], ['デ', 'デジタルを活用した取組', false]]);
  });

  it('reads both words of ※新規・重点 and keeps them out of the title', () => {
    const plan = parsePlan(['平成24年度 泉区運営方針', 'Ⅰ 基本目標 元気の出る泉区づくり', 'Ⅱ 目標達成に向けた施策', '1 伝える・つながる区政', '●区の魅力を伝えるプロモーション推進【泉区プロモーション事業】 ※新規・重点', '泉区の魅力を区内外に発信します。', '●地域SNSの導入検討【広報・広聴事業】 ※新規事業・重点事業', '地域SNSの導入を検討します。'].join('\n'));
    expect(items(plan).map((i) => [i.title, i.program, i.markers])).toEqual([
      ['区の魅力を伝えるプロモーション推進', '泉区プロモーション事業', ['新規', '重点']],
      ['地域SNSの導入検討', '広報・広聴事業', ['新規事業', '重点事業']]
    ]);
  });
});
