import { describe, expect, it } from 'vitest';
import {
  coverageMatrix, figuresOfPlan, headlineFigures, initiativesOfPlan, mentionsOfPlan, pillarsOfPlan,
  planById, planOptions, relatedPlans, sectionsOfPlan
} from '../../src/lib/queries';
import { I11, I12, I22, I23_FACTS, S20_FACTS, T11, T12, T21, T22, T22_2, T22_NEWS, HOSTILE } from '../fixtures/tables/ward-plans';
import { useFixtureDb } from './fixture-db';

const { run } = useFixtureDb();

describe('coverage_matrix', () => {
  it('has every ward (by code) × every year 2020–2023, the best plan first by coverage', async () => {
    const rows = await run(coverageMatrix, {});
    const cell = (ward: string, ward_code: string, fiscal_year: number, coverage: string | null, plan_id: string | null, plan_count: number) =>
      ({ city: '横浜市', ward, ward_code, fiscal_year, coverage, plan_id, plan_count });
    expect(rows).toEqual([
      cell('戸塚区', '14110', 2020, null, null, 0),
      cell('戸塚区', '14110', 2021, null, null, 0),
      // T22_NEWS sorts before T22 by id, but the full document wins.
      cell('戸塚区', '14110', 2022, 'full', T22, 2),
      cell('戸塚区', '14110', 2023, null, null, 0),
      cell('泉区', '14117', 2020, null, null, 0),
      cell('泉区', '14117', 2021, null, null, 0),
      cell('泉区', '14117', 2022, 'full', I22, 1),
      cell('泉区', '14117', 2023, 'partial', I23_FACTS, 1),
      cell('栄区', '14118', 2020, 'partial', S20_FACTS, 1),
      cell('栄区', '14118', 2021, null, null, 0),
      cell('栄区', '14118', 2022, null, null, 0),
      cell('栄区', '14118', 2023, null, null, 0)
    ]);
  });
});

describe('headline_figures', () => {
  it('counts wards, years, plans by coverage, initiatives and themes', async () => {
    expect(await run(headlineFigures, {})).toEqual([
      { wards: 3, year_min: 2020, year_max: 2023, full_plans: 2, partial_plans: 3, initiatives: 6, themes: 4 }
    ]);
  });
});

describe('plan_by_id', () => {
  it('returns the plan with the hostile title as data, booleans as booleans', async () => {
    expect(await run(planById, { plan_id: I22 })).toEqual([
      {
        plan_id: I22, city: '横浜市', ward: '泉区', ward_code: '14117', fiscal_year: 2022, era_label: '令和4年度',
        title: '<script>alert(1)</script>令和4年度泉区運営方針', basic_goal: 'とどけよう! いずみの魅力', coverage: 'full',
        subject: '区運営方針', source_kind: 'official_document_text', source_url: null, source_file: 'data/raw/izumi-2022.txt',
        published: null, truncated: true, fiscal_year_uncertain: false, pillars_cut: false, pillars_paraphrased: false,
        origin: 'shipped', notes: null
      }
    ]);
  });
  it('finds nothing for an unknown or hostile id', async () => {
    expect(await run(planById, { plan_id: HOSTILE })).toEqual([]);
  });
});

describe('pillars_of_plan', () => {
  it('lists pillars in printed order with initiative counts and line lists', async () => {
    expect(await run(pillarsOfPlan, { plan_id: T22 })).toEqual([
      { pillar_id: `${T22}-p1`, position: 1, title: '安心・安全なまち', summary: '災害に備える', source_lines: [5, 5], initiative_count: 2 },
      { pillar_id: `${T22}-p2`, position: 2, title: '子育てしやすいまち', summary: null, source_lines: [18, 18], initiative_count: 2 }
    ]);
  });
  it('is empty for a facts record', async () => {
    expect(await run(pillarsOfPlan, { plan_id: I23_FACTS })).toEqual([]);
  });
});

describe('initiatives_of_plan', () => {
  it('aggregates theme slugs, aligned labels and markers as sorted lists', async () => {
    const rows = await run(initiativesOfPlan, { plan_id: T22 });
    expect(rows.map((r) => r.initiative_id)).toEqual([T11, T12, T21, T22_2]);
    expect(rows.map((r) => [r.theme_slugs, r.theme_labels, r.markers])).toEqual([
      [['bousai'], ['防災・減災'], ['新', '減']],
      [['chiiki'], ['地域活動'], []],
      [['chiiki', 'kosodate'], ['地域活動', '子育て'], ['新']],
      [['kankyo', 'kosodate'], ['環境', '子育て'], []]
    ]);
    expect(rows[2]).toEqual({
      initiative_id: T21, pillar_id: `${T22}-p2`, pillar_position: 2, position: 1, sub_theme: '子育て支援',
      title: '子育てサロンの充実', program_name: 'とつかっ子サロン', description: '（新）親子の居場所を増やす。',
      status: 'new', status_basis: `basis of ${T21}`, source_lines: [20, 22], recovered: false,
      theme_slugs: ['chiiki', 'kosodate'], theme_labels: ['地域活動', '子育て'], markers: ['新']
    });
    expect(rows[3].title).toBe(HOSTILE);
  });
  it('returns the other plan’s items only', async () => {
    expect((await run(initiativesOfPlan, { plan_id: I22 })).map((r) => r.initiative_id)).toEqual([I11, I12]);
  });
});

describe('sections_of_plan', () => {
  it('orders by kind (stance, legend, organisation, department) then position', async () => {
    const rows = await run(sectionsOfPlan, { plan_id: T22 });
    expect(rows.map((r) => r.section_id)).toEqual([
      `${T22}-stance1`, `${T22}-stance2`, `${T22}-legend1`, `${T22}-organisation1`, `${T22}-department1`
    ]);
    expect(rows[1]).toEqual({ section_id: `${T22}-stance2`, kind: 'stance', position: 2, title: 'スピード感', body: '速く動く', source_lines: null });
    expect(rows[4].source_lines).toEqual([40, 41]);
  });
});

describe('related_plans', () => {
  it('gives the other records of the same ward-year, both ways', async () => {
    expect(await run(relatedPlans, { plan_id: T22 })).toEqual([
      {
        plan_id: T22_NEWS, coverage: 'partial', title: null, subject: '自主企画事業予算', source_kind: 'news',
        source_url: 'https://example.jp/news/totsuka-2022', published: '2022-03-15', origin: 'shipped', notes: null
      }
    ]);
    expect((await run(relatedPlans, { plan_id: T22_NEWS })).map((r) => r.plan_id)).toEqual([T22]);
    expect(await run(relatedPlans, { plan_id: I22 })).toEqual([]);
  });
});

describe('figures_of_plan', () => {
  it('lists the stated figures in source order, numbers as numbers', async () => {
    expect(await run(figuresOfPlan, { plan_id: I23_FACTS })).toEqual([
      { metric: 'project_count', value: 33, unit: '事業', scope: '自主企画事業', raw: '33事業', source_url: 'https://example.jp/izumi/2023' },
      { metric: 'budget_yen', value: 150000000, unit: '円', scope: '自主企画事業', raw: '1億5千万円', source_url: 'https://example.jp/izumi/2023' },
      { metric: 'new_project_count', value: 0, unit: '事業', scope: '自主企画事業', raw: '新規0件', source_url: null },
      { metric: 'project_count', value: 3, unit: '事業', scope: '重点事業', raw: '重点3事業', source_url: null }
    ]);
  });
});

describe('mentions_of_plan', () => {
  it('lists mentioned names in source order', async () => {
    expect(await run(mentionsOfPlan, { plan_id: I23_FACTS })).toEqual([
      { name: '花いっぱい運動', marker: '拡充' },
      { name: 'いずみ魅力発信', marker: null },
      { name: '<script>x</script>', marker: '新規' }
    ]);
  });
});

describe('plan_options', () => {
  it('lists every plan by ward code, year, full first', async () => {
    const rows = await run(planOptions, {});
    expect(rows.map((r) => r.plan_id)).toEqual([T22, T22_NEWS, I22, I23_FACTS, S20_FACTS]);
    expect(rows[4]).toEqual({
      plan_id: S20_FACTS, city: '横浜市', ward: '栄区', ward_code: '14118', fiscal_year: 2020, coverage: 'partial', origin: 'shipped', subject: null
    });
  });
});
