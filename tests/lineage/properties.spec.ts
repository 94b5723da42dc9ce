/** Properties of matchInitiatives over generated plans (fast-check). */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { matchInitiatives } from '../../src/lib/lineage/match-initiatives';
import type { InitiativeLike } from '../../src/lib/lineage/types';

// Fragments that recombine into similar titles, so near-duplicates and shared program names occur often.
const FRAGMENTS = ['地域', '防災', '訓練', 'の', '充実', '子育て', '支援', '交流', '講座', '公園', '花壇', 'づくり'];
const words = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 0, maxLength: 4 }).map((w) => w.join(''));

const rawItem = fc.record({
  title: words,
  program: fc.option(words.map((w) => `${w}事業`), { nil: null }),
  description: words,
  pillar: fc.integer({ min: 1, max: 3 })
});

function toPlan(plan: string, raws: { title: string; program: string | null; description: string; pillar: number }[]): InitiativeLike[] {
  return raws.map((r, i) => ({
    initiative_id: `${plan}-p${r.pillar}-${i + 1}`,
    plan_id: plan,
    pillar_id: `${plan}-p${r.pillar}`,
    pillar_title: `柱${r.pillar}`,
    title: r.title,
    program_name: r.program,
    description: r.description
  }));
}

const plan = (id: string) => fc.array(rawItem, { maxLength: 12 }).map((raws) => toPlan(id, raws));

describe('matchInitiatives properties', () => {
  it('links a plan to itself item by item, continuing, score 1', () => {
    fc.assert(
      fc.property(plan('P'), (items) => {
        const l = matchInitiatives(items, items, { claimEnded: true });
        expect(l.links.map((x) => [x.from_initiative_id, x.to_initiative_id, x.score, x.link_kind])).toEqual(
          items.map((i) => [i.initiative_id, i.initiative_id, 1, 'continuing'])
        );
        for (const i of items) {
          expect(l.status.from[i.initiative_id].kind).toBe('continuing');
          expect(l.status.to[i.initiative_id].kind).toBe('continuing');
        }
      })
    );
  });

  it('keeps links one-to-one except where it calls them merged or split, and classifies every item', () => {
    fc.assert(
      fc.property(plan('A'), plan('B'), fc.boolean(), (from, to, claimEnded) => {
        const l = matchInitiatives(from, to, { claimEnded });
        const outDeg = new Map<string, number>();
        const inDeg = new Map<string, number>();
        const seen = new Set<string>();
        for (const x of l.links) {
          const key = `${x.from_initiative_id}>${x.to_initiative_id}`;
          expect(seen.has(key)).toBe(false);
          seen.add(key);
          outDeg.set(x.from_initiative_id, (outDeg.get(x.from_initiative_id) ?? 0) + 1);
          inDeg.set(x.to_initiative_id, (inDeg.get(x.to_initiative_id) ?? 0) + 1);
          expect(x.score).toBeGreaterThanOrEqual(0);
          expect(x.score).toBeLessThanOrEqual(1);
        }
        for (const x of l.links) {
          const o = outDeg.get(x.from_initiative_id)!;
          const i = inDeg.get(x.to_initiative_id)!;
          if (x.link_kind === 'split') expect(o).toBeGreaterThan(1);
          else if (x.link_kind === 'merged') expect([o, i > 1]).toEqual([1, true]);
          else expect([o, i]).toEqual([1, 1]);
        }
        expect(Object.keys(l.status.from).sort()).toEqual(from.map((i) => i.initiative_id).sort());
        expect(Object.keys(l.status.to).sort()).toEqual(to.map((i) => i.initiative_id).sort());
        for (const s of Object.values(l.status.from)) {
          if (s.partners.length === 0) expect(s.kind).toBe(claimEnded ? 'ended' : 'unmatched');
          else expect(s.partners.length).toBe(outDeg.get(s.initiative_id));
        }
        for (const s of Object.values(l.status.to)) if (s.partners.length === 0) expect(s.kind).toBe('new');
      })
    );
  });
});
