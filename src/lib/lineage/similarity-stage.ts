/**
 * Stage 3: items no document evidence or curation linked, paired by title + program-name similarity.
 * First one-to-one (greedy, strongest first). Then, to catch splits and merges the document does not
 * state, a still-unlinked item may attach to an already-linked one when the score is high.
 */
import { descriptionScore, nameScore, type ItemGrams } from './compare-items';
import { greedy, type Candidate } from './greedy';
import type { LinkSet } from './link-set';

const round = (x: number) => Math.round(x * 10000) / 10000;

function candidates(grams: { from: ItemGrams[]; to: ItemGrams[] }, keep: (f: number, t: number) => boolean, min: number): Candidate[] {
  const out: Candidate[] = [];
  grams.from.forEach((gf, f) => {
    grams.to.forEach((gt, t) => {
      if (!keep(f, t)) return;
      const score = nameScore(gf, gt);
      if (score >= min) out.push({ f, t, score, tie: descriptionScore(gf, gt) });
    });
  });
  return out;
}

export function linkBySimilarity(grams: { from: ItemGrams[]; to: ItemGrams[] }, set: LinkSet, threshold: number): void {
  const free = candidates(grams, (f, t) => set.fromDegree(f) === 0 && set.toDegree(t) === 0, threshold);
  greedy(free, (c) => {
    if (set.fromDegree(c.f) > 0 || set.toDegree(c.t) > 0) return false;
    return set.add({ f: c.f, t: c.t, method: 'title_similarity', score: round(c.score), reason: `title similarity ${round(c.score)}` });
  });
}

/**
 * Second links. A free later item may join an earlier item whose partners are all one-to-one (a split),
 * a free earlier item may join a later item whose partners are all one-to-one (a merge); never both at
 * once, so the result stays readable as splits and merges rather than a tangle.
 */
export function linkSecondBySimilarity(grams: { from: ItemGrams[]; to: ItemGrams[] }, set: LinkSet, threshold: number): void {
  const oneSideFree = (f: number, t: number) => (set.fromDegree(f) === 0) !== (set.toDegree(t) === 0);
  const pool = candidates(grams, oneSideFree, threshold);
  greedy(pool, (c) => {
    if (!oneSideFree(c.f, c.t)) return false;
    // a curated item is settled: a guess must not turn a person's one-to-one link into a split or merge
    if (set.fromCurated(c.f) || set.toCurated(c.t)) return false;
    if (set.toDegree(c.t) === 0) {
      // split of c.f: its current later partners must not be merge targets
      if (!set.partnersOfFrom(c.f).every((t) => set.toDegree(t) === 1)) return false;
    } else if (!set.partnersOfTo(c.t).every((f) => set.fromDegree(f) === 1)) {
      // merge into c.t: its current earlier partners must not be split sources
      return false;
    }
    return set.add({ f: c.f, t: c.t, method: 'title_similarity', score: round(c.score), reason: `title similarity ${round(c.score)} (second link)` });
  });
}
