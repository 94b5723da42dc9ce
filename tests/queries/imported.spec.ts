/** Removing an imported plan deletes its rows everywhere and nothing else. */
import { describe, expect, it } from 'vitest';
import { deletePlanStatements } from '../../src/lib/queries/imported';
import { FIXTURE_TABLES, HOSTILE, T11, T22 } from '../fixtures/tables/ward-plans';
import { useFixtureDb } from './fixture-db';

const { db } = useFixtureDb();
const IMP = '14118-2020-import-deadbeef';

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of Object.keys(FIXTURE_TABLES)) out[t] = (await db().query<{ n: number }>(`SELECT count(*) AS n FROM ${t}`))[0].n;
  return out;
}

describe('deletePlanStatements', () => {
  it('removes an imported plan’s rows in every table, its links included, and leaves the rest', async () => {
    const before = await counts();
    await db().registerRows('plans', [{ ...FIXTURE_TABLES.plans[4], plan_id: IMP, coverage: 'full', origin: 'imported', source_kind: 'imported' }]);
    await db().registerRows('pillars', [{ pillar_id: `${IMP}-p1`, plan_id: IMP, position: 1, title: '柱', summary: null, source_lines: null }]);
    await db().registerRows('initiatives', [{ ...FIXTURE_TABLES.initiatives[0], initiative_id: `${IMP}-p1-1`, plan_id: IMP, pillar_id: `${IMP}-p1` }]);
    await db().registerRows('tags', [{ tag_id: `${IMP}:marker:新`, kind: 'marker', plan_id: IMP, marker: '新', label_ja: '新規', label_en: null, description: null }]);
    await db().registerRows('initiative_tags', [
      { initiative_id: `${IMP}-p1-1`, tag_id: 'theme:bousai', provenance: 'rule', evidence: '防災' },
      { initiative_id: `${IMP}-p1-1`, tag_id: `${IMP}:marker:新`, provenance: 'declared', evidence: '(新)' }
    ]);
    await db().registerRows('plan_mentions', [{ plan_id: IMP, name: '例', marker: null }]);
    await db().registerRows('initiative_links', [
      { from_initiative_id: T11, to_initiative_id: `${IMP}-p1-1`, from_plan_id: T22, to_plan_id: IMP, method: 'curated', score: 1, link_kind: 'continuing' }
    ]);
    const added = await counts();
    expect(added).toEqual({ ...before, plans: 6, pillars: 4, initiatives: 7, tags: 8, initiative_tags: 15, plan_mentions: 4, initiative_links: 1 });

    for (const s of deletePlanStatements(IMP)) await db().query(s.sql, s.params);
    expect(await counts()).toEqual(before);
  });
  it('binds the plan id: a hostile id deletes nothing', async () => {
    const before = await counts();
    for (const s of deletePlanStatements(HOSTILE)) {
      expect(s.sql).not.toContain(HOSTILE);
      await db().query(s.sql, s.params);
    }
    expect(await counts()).toEqual(before);
  });
});
