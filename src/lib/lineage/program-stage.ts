/**
 * Stage 1 of matching: the documents' own evidence. Items sharing a program name (folded) are the same
 * work; a later item printing 「(旧:X)」 continues the earlier item named X. Both are scored 1.
 */
import { normalizeForMatch } from '../text/normalize';
import { descriptionScore, nameScore, titleKey, type ItemGrams } from './compare-items';
import { greedy, type Candidate } from './greedy';
import type { LinkSet } from './link-set';
import { programKey, renamePointers } from './rename-pointer';
import type { InitiativeLike } from './types';

function indexByProgram(items: InitiativeLike[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  items.forEach((item, i) => {
    const key = programKey(item.program_name);
    if (key == null) return;
    const list = out.get(key);
    if (list) list.push(i);
    else out.set(key, [i]);
  });
  return out;
}

/**
 * Links items of one program-name group. 1×n and n×1 link every pair (a split or merge the document
 * states by reusing the name). n×m pairs one-to-one by similarity, then attaches leftovers to their
 * most similar partner, so a repeated name never fans out into n·m links.
 */
function linkGroup(fs: number[], ts: number[], grams: { from: ItemGrams[]; to: ItemGrams[] }, set: LinkSet, reason: string): void {
  const link = (f: number, t: number) => set.add({ f, t, method: 'program_name', score: 1, reason });
  if (fs.length === 1 || ts.length === 1) {
    for (const f of fs) for (const t of ts) link(f, t);
    return;
  }
  const candidates: Candidate[] = fs.flatMap((f) =>
    ts.map((t) => ({ f, t, score: nameScore(grams.from[f], grams.to[t]), tie: descriptionScore(grams.from[f], grams.to[t]) }))
  );
  const usedF = new Set<number>();
  const usedT = new Set<number>();
  greedy(candidates, (c) => {
    if (usedF.has(c.f) || usedT.has(c.t)) return false;
    usedF.add(c.f);
    usedT.add(c.t);
    link(c.f, c.t);
    return true;
  });
  greedy(candidates, (c) => {
    if (usedF.has(c.f) === usedT.has(c.t)) return false;
    usedF.add(c.f);
    usedT.add(c.t);
    link(c.f, c.t);
    return true;
  });
}

export function linkByProgramName(from: InitiativeLike[], to: InitiativeLike[], grams: { from: ItemGrams[]; to: ItemGrams[] }, set: LinkSet): void {
  const toIndex = indexByProgram(to);
  for (const [key, fs] of indexByProgram(from)) {
    const ts = toIndex.get(key);
    if (ts) linkGroup(fs, ts, grams, set, `same program name ${from[fs[0]].program_name}`);
  }
}

/** Later items' 「(旧:X)」: X is matched to an earlier program name, or failing that to an earlier title. */
export function linkByRenamePointer(from: InitiativeLike[], to: InitiativeLike[], set: LinkSet): void {
  to.forEach((item, t) => {
    const text = [item.program_name ?? '', item.title, item.description].join('\n');
    for (const name of renamePointers(text)) {
      const key = normalizeForMatch(name);
      let hits = from.flatMap((f, i) => (programKey(f.program_name) === key ? [i] : []));
      if (hits.length === 0) hits = from.flatMap((f, i) => (titleKey(f) === key ? [i] : []));
      for (const f of hits) set.add({ f, t, method: 'program_name', score: 1, reason: `(旧:${name}) printed with the later item` });
    }
  });
}
