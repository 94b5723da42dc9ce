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
