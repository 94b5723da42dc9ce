/**
 * Shapes of the wards' web pages that lost or invented data before (small pages written for these tests,
 * each read by hand): headings over paragraphs as items under unnumbered pillars, a 主な事業・取組 label
 * under each repeated pillar title, 【pillar】 over its list, ★ as the list glyph and its legend, a
 * 「★:… [+D]:…」 legend row, navigation after the content, an umbrella between numbered pillars, and a
 * link to another year's plan.
 */
import { describe, it, expect } from 'vitest';
import type { ParsedPlan } from '../../src/lib/plans/types';
import { parseFixture } from './helpers';

const web = (name: string) => parseFixture(`web/${name}.txt`);
const items = (plan: ParsedPlan) => plan.pillars.map((p) => p.initiatives.map((i) => i.title));

describe('items as headings over paragraphs, under unnumbered pillars', () => {
  it('after one 主な事業・取組 for all pillars', () => {
    const plan = web('a1-h4-unnumbered');
    expect(plan.pillars.map((p) => p.title)).toEqual(['安全・安心で健やかに暮らせるまちづくり', '地域の活力があふれるまちづくり']);
    expect(items(plan)).toEqual([['帰宅困難者対策の推進'], ['商店街と観光の振興']]);
    expect(plan.pillars[0].initiatives[0].description).toBe('駅周辺の事業者と協力し、一時滞在施設へ案内する訓練を行います。');
    expect(plan.warnings).toEqual([]);
  });

  it('with a 主な事業・取組 label under each repeated pillar title', () => {
    const plan = web('a4-h4-perpillar');
    expect(plan.pillars).toHaveLength(2);
    expect(items(plan)).toEqual([['帰宅困難者対策の推進', '通学路の交通安全対策'], ['商店街と観光の振興']]);
    expect(plan.warnings).toEqual([]);
  });
});

describe('a list under its pillar title in brackets, ★ as a glyph and the legend in the label', () => {
  it('【子育てに寄りそうまち】 enters that pillar; the ★ line keeps its ★ marker', () => {
    const plan = web('b1-bracket-pillar');
    expect(items(plan)).toEqual([['地域育児教室を区内の各地区で開きます', '地域の子育て支援者を養成する講座を開きます'], ['音楽や美術など区民の文化活動の発表の場を設けます']]);
    expect(plan.pillars[0].initiatives.map((i) => i.markers)).toEqual([[], ['★']]);
    expect(plan.legend.map((e) => [e.marker, e.label])).toEqual([['★', '新規事業']]);
    expect(plan.warnings).toEqual([]);
  });

  it('the same with the pillar title unbracketed', () => {
    const plan = web('b2-star-glyph');
    expect(plan.pillars[0].initiatives.map((i) => i.markers)).toEqual([[], ['★']]);
    expect(plan.legend[0]?.means_new).toBe(true);
  });
});

describe('a legend row 「★:… [+D]:…」 under the list label', () => {
  const plan = web('f1-legend');
  it('is read as two legend entries, and no sub-theme', () => {
    expect(plan.legend.map((e) => [e.marker, e.label])).toEqual([['★', '令和6年度の新規・拡充の取組'], ['+D', 'ぷらすデジタルの取組']]);
    expect(plan.pillars[0].initiatives.map((i) => [i.sub_theme, i.markers])).toEqual([[null, ['+D']], [null, ['★']]]);
  });
  it('keeps PDF版 and the download link out of the 組織運営 text', () => {
    const org = plan.sections.filter((s) => s.kind === 'organisation');
    expect(org.map((s) => s.body)).toEqual(['事務の誤りを防ぐ仕組みを徹底します。']);
  });
});

describe('navigation after the content', () => {
  it('前の記事 / 次の記事 links are no pillars; 〇〇区役所の組織運営 opens the 組織運営 part', () => {
    const plan = web('c1-furniture');
    expect(plan.pillars.map((p) => p.title)).toEqual(['安全に安心して暮らせるまちづくり']);
    expect(plan.truncated).toBe(false);
    const org = plan.sections.filter((s) => s.kind === 'organisation');
    expect(org).toHaveLength(1);
    expect(org[0].body).toContain('職員が互いに学び合い');
    expect(plan.pillars[0].initiatives.some((i) => i.sub_theme === '港北区役所の組織運営')).toBe(false);
  });

  it('a link to another year under 関連ページ does not set the year', () => {
    const plan = web('e1-year');
    expect(plan.fiscal_year).toBe(2016);
    expect(plan.pillars.map((p) => p.initiatives.length)).toEqual([1, 1]);
  });
});

describe('an item-less heading between numbered pillars', () => {
  const plan = web('d1-umbrella');
  it('heads the next pillar: three pillars at three positions, with their items', () => {
    expect(plan.pillars.map((p) => [p.position, p.title])).toEqual([
      [1, '安全・安心のまちづくり'],
      [2, '住み続けたいまちづくり'],
      [3, '区民に寄り添う身近な区役所の運営']
    ]);
    expect(items(plan)).toEqual([['風水害への備え'], ['地域の環境美化'], ['窓口サービスの向上']]);
  });
  it('says which headings were set aside', () => {
    expect(plan.warnings.map((w) => w.line)).toEqual([5, 9]);
  });
});
