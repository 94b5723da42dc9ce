/**
 * Lineage from table rows, as the build and the dashboard hold them: fixtures → buildPlanTables →
 * initiativesFromRows → matchInitiatives, and the link rows fit the `initiative_links` table definition.
 */
import { describe, it, expect } from 'vitest';
import { buildPlanTables } from '../../src/lib/pipeline/build-plan';
import type { PlanMeta } from '../../src/lib/pipeline/plan-to-tables';
import { TABLES, TABLE_NAMES } from '../../src/lib/tables/schema';
import { initiativesFromRows } from '../../src/lib/lineage/from-rows';
import { matchInitiatives } from '../../src/lib/lineage/match-initiatives';
import { lineageClaims } from '../../src/lib/lineage/claims';
import { planId, readLineageFixture, short } from './helpers';

function build(year: number) {
  const meta: PlanMeta = {
    plan_id: planId(year), city: '横浜市', ward: 'テスト区', ward_code: null, fiscal_year: year, era_label: null, title: null,
    subject: '区運営方針', source_kind: 'official_document_text', source_url: null, source_file: null, published: null, origin: 'shipped', notes: null
  };
  return buildPlanTables(readLineageFixture(`test-ku-${year}.txt`), { meta, fileName: `test-ku-${year}.txt` }).tables;
}

describe('initiative_links table', () => {
  it('is defined after the other tables with the agreed columns and key', () => {
    expect(TABLE_NAMES[TABLE_NAMES.length - 1]).toBe('initiative_links');
    const def = TABLES.initiative_links;
    expect(def.key).toEqual(['from_initiative_id', 'to_initiative_id']);
    expect(def.columns.map((c) => [c.name, c.type, c.nullable])).toEqual([
      ['from_initiative_id', 'string', false],
      ['to_initiative_id', 'string', false],
      ['from_plan_id', 'string', false],
      ['to_plan_id', 'string', false],
      ['method', 'string', false],
      ['score', 'float', false],
      ['link_kind', 'string', false]
    ]);
  });

  const t5 = build(2023);
  const t6 = build(2024);
  const from = initiativesFromRows(t5.initiatives, t5.pillars);
  const to = initiativesFromRows(t6.initiatives, t6.pillars);
  const claims = lineageClaims(t5.plans[0] as { coverage: string; truncated: boolean }, t6.plans[0] as { coverage: string; truncated: boolean });
  const lineage = matchInitiatives(from, to, claims);

  it('reads pillar titles from the pillars rows and claims ended between two full documents', () => {
    expect(from.find((i) => short(i.initiative_id) === '2023-p4-1')?.pillar_title).toBe('学びのまちづくり');
    expect(claims).toEqual({ claimEnded: true, claimNew: true });
    expect(lineage.status.from['99999-2023-doc-p2-2'].kind).toBe('ended');
    expect(lineage.links).toHaveLength(11);
  });

  it('yields rows with exactly the table’s columns, typed, unique by key, referring to real initiatives', () => {
    const names = TABLES.initiative_links.columns.map((c) => c.name).sort();
    const ids = new Set([...t5.initiatives, ...t6.initiatives].map((r) => r.initiative_id));
    const keys = new Set<string>();
    for (const row of lineage.links) {
      expect(Object.keys(row).sort()).toEqual(names);
      expect(typeof row.score).toBe('number');
      expect(['program_name', 'title_similarity', 'curated']).toContain(row.method);
      expect(['continuing', 'renamed', 'merged', 'split']).toContain(row.link_kind);
      expect(ids.has(row.from_initiative_id) && ids.has(row.to_initiative_id)).toBe(true);
      expect([row.from_plan_id, row.to_plan_id]).toEqual([planId(2023), planId(2024)]);
      keys.add(`${row.from_initiative_id}\u0000${row.to_initiative_id}`);
    }
    expect(keys.size).toBe(lineage.links.length);
  });
});
