import { describe, expect, it } from 'vitest';
import { fullPlanYears, lineageItems } from '../../src/lib/queries';
import { I11, I22, T11, T12, T21, T22, T22_2, HOSTILE } from '../fixtures/tables/ward-plans';
import { useFixtureDb } from './fixture-db';

const { run } = useFixtureDb();

describe('full_plan_years', () => {
  it('lists full documents only, in ward order (facts records are never a basis for lineage)', async () => {
    expect((await run(fullPlanYears, {})).map((r) => [r.ward, r.fiscal_year, r.plan_id, r.truncated, r.origin])).toEqual([
      ['戸塚区', 2022, T22, false, 'shipped'],
      ['泉区', 2022, I22, true, 'shipped']
    ]);
  });
});

describe('lineage_items', () => {
  it('returns the items of the chosen plans with their pillar titles, in reading order', async () => {
    const rows = await run(lineageItems, { plan_ids: [T22] });
    expect(rows.map((r) => r.initiative_id)).toEqual([T11, T12, T21, T22_2]);
    expect(rows[2]).toMatchObject({ pillar_position: 2, pillar_title: '子育てしやすいまち', title: '子育てサロンの充実', program_name: 'とつかっ子サロン' });
    expect(rows[3].title).toBe(HOSTILE);
  });
  it('takes plan ids as bound values (a hostile id matches nothing)', async () => {
    expect(await run(lineageItems, { plan_ids: [HOSTILE] })).toEqual([]);
    expect((await run(lineageItems, { plan_ids: [I22, T22] })).map((r) => r.initiative_id)).toContain(I11);
  });
});
