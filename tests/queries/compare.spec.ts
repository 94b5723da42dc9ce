import { describe, expect, it } from 'vitest';
import { comparePillars, comparePlans, themeByPlan, themeGaps } from '../../src/lib/queries';
import { HOSTILE, I22, I23_FACTS, S20_FACTS, T22, T22_NEWS } from '../fixtures/tables/ward-plans';
import { useFixtureDb } from './fixture-db';

const { run } = useFixtureDb();

describe('compare_plans', () => {
  it('returns the plans in the order asked, with pillar and initiative counts', async () => {
    expect(await run(comparePlans, { plan_ids: [I22, T22, I23_FACTS] })).toEqual([
      { plan_id: I22, city: '横浜市', ward: '泉区', ward_code: '14117', fiscal_year: 2022, basic_goal: 'とどけよう! いずみの魅力', coverage: 'full', source_url: null, pillar_count: 1, initiative_count: 2 },
      { plan_id: T22, city: '横浜市', ward: '戸塚区', ward_code: '14110', fiscal_year: 2022, basic_goal: '誰もが安心して暮らせるまち　とつか', coverage: 'full', source_url: 'https://example.jp/totsuka/2022.pdf', pillar_count: 2, initiative_count: 4 },
      { plan_id: I23_FACTS, city: '横浜市', ward: '泉区', ward_code: '14117', fiscal_year: 2023, basic_goal: '泉区の目標（報道）', coverage: 'partial', source_url: 'https://example.jp/izumi/2023', pillar_count: 0, initiative_count: 0 }
    ]);
  });
  it('ignores duplicates and unknown ids, returns nothing for none', async () => {
    expect((await run(comparePlans, { plan_ids: [T22, T22, HOSTILE] })).map((r) => r.plan_id)).toEqual([T22]);
    expect(await run(comparePlans, { plan_ids: [] })).toEqual([]);
  });
  it('refuses more than four plans', async () => {
    await expect(run(comparePlans, { plan_ids: [T22, T22_NEWS, I22, I23_FACTS, S20_FACTS] })).rejects.toThrow(RangeError);
  });
});

describe('compare_pillars', () => {
  it('lists pillars per plan in the order asked, then by position', async () => {
    expect(await run(comparePillars, { plan_ids: [I22, T22] })).toEqual([
      { plan_id: I22, pillar_id: `${I22}-p1`, position: 1, title: '「とどけよう! いずみの魅力」', initiative_count: 2 },
      { plan_id: T22, pillar_id: `${T22}-p1`, position: 1, title: '安心・安全なまち', initiative_count: 2 },
      { plan_id: T22, pillar_id: `${T22}-p2`, position: 2, title: '子育てしやすいまち', initiative_count: 2 }
    ]);
  });
});

describe('theme_by_plan', () => {
  it('gives every plan × theme, zero rows included, with shares of the plan’s initiatives', async () => {
    const rows = await run(themeByPlan, { plan_ids: [T22, I22] });
    const en = { bousai: 'Disaster risk reduction', chiiki: 'Community', kankyo: 'Environment', kosodate: 'Child-rearing' };
    const ja = { bousai: '防災・減災', chiiki: '地域活動', kankyo: '環境', kosodate: '子育て' };
    const row = (plan_id: string, slug: keyof typeof ja, count: number, total: number, share: number) =>
      ({ plan_id, theme_slug: slug, label_ja: ja[slug], label_en: en[slug], count, plan_initiatives: total, share });
    // 戸塚 (4 items): bousai T11; chiiki T12, T21; kankyo T22_2; kosodate T21, T22_2.
    // 泉 (2 items): chiiki I11; kankyo I11, I12.
    expect(rows).toEqual([
      row(T22, 'bousai', 1, 4, 0.25), row(T22, 'chiiki', 2, 4, 0.5), row(T22, 'kankyo', 1, 4, 0.25), row(T22, 'kosodate', 2, 4, 0.5),
      row(I22, 'bousai', 0, 2, 0), row(I22, 'chiiki', 1, 2, 0.5), row(I22, 'kankyo', 2, 2, 1), row(I22, 'kosodate', 0, 2, 0)
    ]);
  });
  it('gives zero counts and shares for a plan without initiatives', async () => {
    const rows = await run(themeByPlan, { plan_ids: [I23_FACTS] });
    expect(rows.map((r) => [r.theme_slug, r.count, r.share])).toEqual([
      ['bousai', 0, 0], ['chiiki', 0, 0], ['kankyo', 0, 0], ['kosodate', 0, 0]
    ]);
  });
});

describe('theme_gaps', () => {
  it('lists themes one plan covers and another lacks', async () => {
    expect(await run(themeGaps, { plan_ids: [T22, I22] })).toEqual([
      { theme_slug: 'bousai', label_ja: '防災・減災', label_en: 'Disaster risk reduction', present_in: [T22], absent_in: [I22] },
      { theme_slug: 'kosodate', label_ja: '子育て', label_en: 'Child-rearing', present_in: [T22], absent_in: [I22] }
    ]);
  });
  it('keeps the asked order inside the lists', async () => {
    const rows = await run(themeGaps, { plan_ids: [I23_FACTS, I22, T22] });
    // I23_FACTS has no items, so every theme some plan covers is a gap.
    expect(rows.map((r) => [r.theme_slug, r.present_in, r.absent_in])).toEqual([
      ['bousai', [T22], [I23_FACTS, I22]],
      ['chiiki', [I22, T22], [I23_FACTS]],
      ['kankyo', [I22, T22], [I23_FACTS]],
      ['kosodate', [T22], [I23_FACTS, I22]]
    ]);
  });
});
