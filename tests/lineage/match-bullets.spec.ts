/**
 * サンプル区 令和5年度 → 令和6年度 (tests/fixtures/lineage/sample-ku-*.txt): the 戸塚区 format, sub-themes
 * with ・ bullets and no program names, so every link rests on the bullet's first sentence. Designed:
 *   防災マップを全戸に配布します   same first sentence, a second sentence added → continuing, score 1
 *   自治会町内会の活動を(引き続き)支援します   reworded → continuing (13 shared of 14 + 18 bigrams)
 *   地域の居場所づくりを進めます → …づくりの担い手を育てます   → renamed (9 shared of 13 + 17)
 *   世代をこえた交流イベント, 家具の転倒防止器具 → ended;  マンション向けの防災講座 → new
 *   the two pillars swap places; both are kept.
 */
import { describe, it, expect } from 'vitest';
import { parsePlan } from '../../src/lib/plans/parse-plan';
import { initiativesFromPlan } from '../../src/lib/lineage/from-rows';
import { matchInitiatives } from '../../src/lib/lineage/match-initiatives';
import { pillarFlow } from '../../src/lib/lineage/pillar-flow';
import { readLineageFixture } from './helpers';

const load = (year: number) =>
  initiativesFromPlan(parsePlan(readLineageFixture(`sample-ku-${year}.txt`), { fileName: `sample-ku-${year}.txt` }), `S-${year}`);
const s5 = load(2023);
const s6 = load(2024);

describe('bullet-format plans', () => {
  const lineage = matchInitiatives(s5, s6, { claimEnded: true });

  it('links by first sentence', () => {
    expect(lineage.links.map((l) => [l.from_initiative_id, l.to_initiative_id, l.method, l.link_kind])).toEqual([
      ['S-2023-p1-1', 'S-2024-p2-1', 'title_similarity', 'continuing'],
      ['S-2023-p1-2', 'S-2024-p2-2', 'title_similarity', 'renamed'],
      ['S-2023-p2-1', 'S-2024-p1-1', 'title_similarity', 'continuing']
    ]);
    expect(lineage.links.map((l) => l.score)).toEqual([
      Math.round((26 / 32) * 10000) / 10000,
      Math.round((18 / 30) * 10000) / 10000,
      1
    ]);
  });

  it('classifies the rest as ended and new', () => {
    expect(Object.values(lineage.status.from).map((s) => s.kind)).toEqual(['continuing', 'renamed', 'ended', 'continuing', 'ended']);
    expect(Object.values(lineage.status.to).map((s) => s.kind)).toEqual(['continuing', 'new', 'continuing', 'renamed']);
  });

  it('pairs the swapped pillars by title', () => {
    const flow = pillarFlow(lineage, s5, s6);
    expect(flow.nodes.filter((n) => n.column !== 1).map((n) => [n.id, n.pillar_change, n.pair])).toEqual([
      ['from:S-2023-p1', 'kept', 'to:S-2024-p2'],
      ['from:S-2023-p2', 'kept', 'to:S-2024-p1'],
      ['to:S-2024-p2', 'kept', 'from:S-2023-p1'],
      ['to:S-2024-p1', 'kept', 'from:S-2023-p2']
    ]);
  });
});
