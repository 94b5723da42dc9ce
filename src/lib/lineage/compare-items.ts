/**
 * How alike two initiatives are, for lineage. Scores are bigram Dice (ngram.ts) over folded text with
 * rename pointers removed, so 「(旧:…)」 never counts as a difference.
 */
import { editDistance, normalizeForMatch } from '../text/normalize';
import { charNgrams, diceOfGrams } from './ngram';
import { programKey, stripRenamePointers } from './rename-pointer';
import type { InitiativeLike } from './types';

/** Title similarity at or above which a title is "the same title, reworded slightly" (not a rename). */
export const SAME_TITLE_SIMILARITY = 0.7;

export function titleKey(item: Pick<InitiativeLike, 'title'>): string {
  return normalizeForMatch(stripRenamePointers(item.title));
}

/**
 * Title plus program name, the text the similarity pass compares. A trailing 事業 is dropped from the
 * program name: nearly every name ends with it, so it would lift every pair's score alike.
 */
export function nameKey(item: Pick<InitiativeLike, 'title' | 'program_name'>): string {
  const program = (programKey(item.program_name) ?? '').replace(/事業$/, '');
  return titleKey(item) + program;
}

/** Precomputed grams of one item, so an n×m comparison folds each text once. */
export interface ItemGrams {
  name: string[];
  title: string[];
  description: string[];
}

export function itemGrams(item: InitiativeLike): ItemGrams {
  return {
    name: charNgrams(nameKey(item)),
    title: charNgrams(titleKey(item)),
    description: charNgrams(normalizeForMatch(stripRenamePointers(item.description)))
  };
}

/** Primary evidence: title + program name. */
export function nameScore(a: ItemGrams, b: ItemGrams): number {
  return diceOfGrams(a.name, b.name);
}

/** Weaker evidence, used only to break ties between equal name scores. */
export function descriptionScore(a: ItemGrams, b: ItemGrams): number {
  return diceOfGrams(a.description, b.description);
}

/** Shortest program name in which one differing character is read as an OCR slip (子育で/子育て), not a rename. */
export const OCR_SLIP_MIN_LENGTH = 10;

/**
 * Same program name after folding; both none counts as same. One character off counts as same only in
 * long names: in short ones a single character is often the point (防犯対策事業 vs 防災対策事業).
 */
export function sameProgram(a: string | null, b: string | null): boolean {
  const x = programKey(a);
  const y = programKey(b);
  if (x === y) return true;
  if (x == null || y == null) return false;
  return Math.min([...x].length, [...y].length) >= OCR_SLIP_MIN_LENGTH && editDistance(x, y) <= 1;
}

/** True where two linked items have the same program name and a similar title (the same work continuing). */
export function isSameWork(a: InitiativeLike, b: InitiativeLike, ga: ItemGrams, gb: ItemGrams): boolean {
  return sameProgram(a.program_name, b.program_name) && diceOfGrams(ga.title, gb.title) >= SAME_TITLE_SIMILARITY;
}
