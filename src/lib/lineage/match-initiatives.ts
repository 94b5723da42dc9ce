/**
 * Initiative lineage between two plans (normally one ward, consecutive years). Evidence in order:
 *   1. the documents themselves: a shared program name, a 「(旧:…)」 pointer (score 1);
 *   2. curated pairs (data/curation), placed before any guessing so a fuzzy match never takes an item
 *      a person has assigned;
 *   3. title + program-name similarity, one-to-one, then high-scoring second links (splits, merges).
 * A pair found by stronger evidence keeps that method. Pure; the browser runs it on imported plans.
 */
import { classify } from './classify';
import { itemGrams } from './compare-items';
import { linkCurated } from './curated-stage';
import { LinkSet } from './link-set';
import { linkByProgramName, linkByRenamePointer } from './program-stage';
import { linkBySimilarity, linkSecondBySimilarity } from './similarity-stage';
import type { CuratedLink, InitiativeLike, Lineage } from './types';

export interface MatchOptions {
  curated?: CuratedLink[];
  /** Least similarity for a one-to-one link. Default 0.5. */
  threshold?: number;
  /** Least similarity for a second link (split/merge). Default max(0.7, threshold). */
  secondThreshold?: number;
  /** May an unlinked earlier item be called 'ended'? Only between two complete documents; default false. */
  claimEnded?: boolean;
  /** May an unlinked later item be called 'new'? Default true. */
  claimNew?: boolean;
}

export const DEFAULT_THRESHOLD = 0.5;
export const DEFAULT_SECOND_THRESHOLD = 0.7;

export function matchInitiatives(from: InitiativeLike[], to: InitiativeLike[], opts: MatchOptions = {}): Lineage {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const secondThreshold = opts.secondThreshold ?? Math.max(DEFAULT_SECOND_THRESHOLD, threshold);
  const grams = { from: from.map(itemGrams), to: to.map(itemGrams) };
  const set = new LinkSet(from.length, to.length);

  linkByProgramName(from, to, grams, set);
  linkByRenamePointer(from, to, set);
  const warnings = linkCurated(opts.curated ?? [], from, to, set);
  linkBySimilarity(grams, set, threshold);
  linkSecondBySimilarity(grams, set, secondThreshold);

  const { links, status } = classify({ from, to, grams, set, claimEnded: opts.claimEnded ?? false, claimNew: opts.claimNew ?? true });
  return { links, status, warnings };
}
