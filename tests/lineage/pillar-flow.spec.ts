/** Pillar flows of テスト区 令和5年度 → 令和6年度; the expected counts are the fixture design (see match-fixtures.spec.ts). */
import { describe, it, expect } from 'vitest';
import { matchInitiatives } from '../../src/lib/lineage/match-initiatives';
import { pillarFlow } from '../../src/lib/lineage/pillar-flow';
import { loadYear } from './helpers';

const r5 = loadYear(2023);
const r6 = loadYear(2024);
const P5 = (n: number) => `from:99999-2023-doc-p${n}`;
const P6 = (n: number) => `to:99999-2024-doc-p${n}`;

describe('pillarFlow', () => {
  const flow = pillarFlow(matchInitiatives(r5, r6, { claimEnded: true }), r5, r6);

  it('lays out earlier pillars, kinds, later pillars ordered by their earlier partner', () => {
    expect(flow.nodes.map((n) => [n.id, n.column, n.pillar_change ?? null])).toEqual([
      [P5(1), 0, 'changed'],
      [P5(2), 0, 'kept'],
      [P5(3), 0, 'kept'],
      [P5(4), 0, 'removed'],
      ['kind:continuing', 1, null],
      ['kind:renamed', 1, null],
      ['kind:merged', 1, null],
      ['kind:split', 1, null],
      ['kind:ended', 1, null],
      ['kind:new', 1, null],
      [P6(2), 2, 'changed'],
      [P6(1), 2, 'kept'],
      [P6(3), 2, 'kept'],
      [P6(4), 2, 'added']
    ]);
    expect(flow.nodes.find((n) => n.id === P5(1))?.pair).toBe(P6(2));
    expect(flow.nodes.find((n) => n.id === P6(1))?.pair).toBe(P5(2));
    expect(flow.nodes.find((n) => n.id === P5(4))?.pair).toBeUndefined();
    expect(flow.nodes.find((n) => n.id === P6(2))?.label).toBe('みどりと水辺の豊かなまちづくり');
  });

  it('counts links per pillar and kind', () => {
    const got = flow.links.map((l) => `${l.source} → ${l.target} ${l.value}`);
    expect(got).toEqual([
      `${P5(1)} → kind:continuing 1`,
      `${P5(1)} → kind:renamed 1`,
      `${P5(1)} → kind:merged 2`,
      `${P5(2)} → kind:continuing 1`,
      `${P5(2)} → kind:renamed 1`,
      `${P5(2)} → kind:ended 1`,
      `${P5(3)} → kind:continuing 2`,
      `${P5(3)} → kind:split 2`,
      `${P5(4)} → kind:continuing 1`,
      `${P5(4)} → kind:ended 1`,
      `kind:continuing → ${P6(2)} 1`,
      `kind:continuing → ${P6(1)} 1`,
      `kind:continuing → ${P6(3)} 3`,
      `kind:renamed → ${P6(2)} 1`,
      `kind:renamed → ${P6(1)} 1`,
      `kind:merged → ${P6(2)} 2`, // two links into one item: values count links
      `kind:split → ${P6(3)} 2`,
      `kind:new → ${P6(1)} 1`,
      `kind:new → ${P6(4)} 2`
    ]);
    expect(flow.links.every((l) => l.kind === l.target.replace('kind:', '') || l.kind === l.source.replace('kind:', ''))).toBe(true);
  });

  it('keeps links conserved through every middle node except ended and new', () => {
    for (const kind of ['continuing', 'renamed', 'merged', 'split']) {
      const inflow = flow.links.filter((l) => l.target === `kind:${kind}`).reduce((s, l) => s + l.value, 0);
      const outflow = flow.links.filter((l) => l.source === `kind:${kind}`).reduce((s, l) => s + l.value, 0);
      expect([kind, inflow]).toEqual([kind, outflow]);
    }
  });
});

describe('pillarFlow without the right to claim ended', () => {
  it("sends unlinked earlier items to 'unmatched_earlier', never to 'ended'", () => {
    const flow = pillarFlow(matchInitiatives(r5, r6), r5, r6);
    expect(flow.nodes.some((n) => n.id === 'kind:ended')).toBe(false);
    expect(flow.links.filter((l) => l.target === 'kind:unmatched_earlier').map((l) => [l.source, l.value])).toEqual([
      [P5(2), 1],
      [P5(4), 1]
    ]);
  });

  it('lists a pillar that has no items when the caller passes the pillar list', () => {
    const fromPillars = [
      { pillar_id: '99999-2023-doc-p1', title: 'みどりと水辺のまちづくり' },
      { pillar_id: '99999-2023-doc-p9', title: '空の柱' }
    ];
    const items = r5.filter((i) => i.pillar_id === '99999-2023-doc-p1');
    const flow = pillarFlow(matchInitiatives(items, r6), items, r6, { fromPillars });
    const empty = flow.nodes.find((n) => n.id === 'from:99999-2023-doc-p9');
    expect(empty).toEqual({ id: 'from:99999-2023-doc-p9', label: '空の柱', column: 0, pillar_change: 'removed' });
    expect(flow.links.some((l) => l.source === empty?.id)).toBe(false);
  });
});
