import { describe, expect, it } from 'vitest';
import { goalAndPillarsByWard, statedFiguresByWardYear, statusByWardYear } from '../../src/lib/queries';
import { I22, I23_FACTS, S20_FACTS, T22, T22_NEWS } from '../fixtures/tables/ward-plans';
import { filters, useFixtureDb } from './fixture-db';

const { run } = useFixtureDb();

describe('status_by_ward_year', () => {
  it('counts new / continuing / unknown items of full plans', async () => {
    expect(await run(statusByWardYear, filters())).toEqual([
      { city: '横浜市', ward: '戸塚区', ward_code: '14110', fiscal_year: 2022, plan_id: T22, new_count: 2, continuing_count: 1, unknown_count: 1, total: 4 },
      { city: '横浜市', ward: '泉区', ward_code: '14117', fiscal_year: 2022, plan_id: I22, new_count: 0, continuing_count: 1, unknown_count: 1, total: 2 }
    ]);
  });
  it('applies free text (防災 is only in T11) and themes', async () => {
    expect((await run(statusByWardYear, filters({ q: '防災' }))).map((r) => [r.ward, r.new_count, r.total])).toEqual([['戸塚区', 1, 1]]);
    // kankyo: T22_2 (unknown), I11 (continuing), I12 (unknown).
    expect((await run(statusByWardYear, filters({ themes: ['kankyo'] }))).map((r) => [r.ward, r.continuing_count, r.unknown_count, r.total])).toEqual([
      ['戸塚区', 0, 1, 1], ['泉区', 1, 1, 2]
    ]);
  });
});

describe('stated_figures_by_ward_year', () => {
  it('pivots project and new-project counts of facts records per scope, leaving other metrics out', async () => {
    expect(await run(statedFiguresByWardYear, { wards: [], years: [] })).toEqual([
      {
        city: '横浜市', ward: '戸塚区', ward_code: '14110', fiscal_year: 2022, plan_id: T22_NEWS, scope: '自主企画事業',
        project_count: 40, new_project_count: 5, project_count_raw: '40事業', new_project_count_raw: 'うち新規5事業',
        source_url: 'https://example.jp/news/totsuka-2022'
      },
      {
        city: '横浜市', ward: '泉区', ward_code: '14117', fiscal_year: 2023, plan_id: I23_FACTS, scope: '自主企画事業',
        project_count: 33, new_project_count: 0, project_count_raw: '33事業', new_project_count_raw: '新規0件',
        source_url: 'https://example.jp/izumi/2023'
      },
      {
        city: '横浜市', ward: '泉区', ward_code: '14117', fiscal_year: 2023, plan_id: I23_FACTS, scope: '重点事業',
        project_count: 3, new_project_count: null, project_count_raw: '重点3事業', new_project_count_raw: null, source_url: null
      }
    ]);
  });
  it('filters by ward and year', async () => {
    expect((await run(statedFiguresByWardYear, { wards: ['戸塚区'], years: [] })).map((r) => r.plan_id)).toEqual([T22_NEWS]);
    expect((await run(statedFiguresByWardYear, { wards: [], years: [2022, 2020] })).map((r) => r.plan_id)).toEqual([T22_NEWS]);
  });
});

describe('goal_and_pillars_by_ward', () => {
  it('gives the best plan of each ward-year with its pillar titles in order', async () => {
    expect(await run(goalAndPillarsByWard, { wards: [], years: [] })).toEqual([
      {
        city: '横浜市', ward: '戸塚区', ward_code: '14110', fiscal_year: 2022, plan_id: T22, coverage: 'full',
        basic_goal: '誰もが安心して暮らせるまち　とつか', pillar_titles: ['安心・安全なまち', '子育てしやすいまち'],
        source_kind: 'official_document_text', source_url: 'https://example.jp/totsuka/2022.pdf', subject: '区運営方針'
      },
      {
        city: '横浜市', ward: '泉区', ward_code: '14117', fiscal_year: 2022, plan_id: I22, coverage: 'full',
        basic_goal: 'とどけよう! いずみの魅力', pillar_titles: ['「とどけよう! いずみの魅力」'],
        source_kind: 'official_document_text', source_url: null, subject: '区運営方針'
      },
      {
        city: '横浜市', ward: '泉区', ward_code: '14117', fiscal_year: 2023, plan_id: I23_FACTS, coverage: 'partial',
        basic_goal: '泉区の目標（報道）', pillar_titles: [], source_kind: 'official_page', source_url: 'https://example.jp/izumi/2023', subject: '区運営方針'
      },
      {
        city: '横浜市', ward: '栄区', ward_code: '14118', fiscal_year: 2020, plan_id: S20_FACTS, coverage: 'partial',
        basic_goal: null, pillar_titles: [], source_kind: 'official_page', source_url: null, subject: null
      }
    ]);
  });
  it('filters by ward', async () => {
    expect((await run(goalAndPillarsByWard, { wards: ['泉区'], years: [] })).map((r) => [r.fiscal_year, r.plan_id])).toEqual([
      [2022, I22], [2023, I23_FACTS]
    ]);
  });
});
