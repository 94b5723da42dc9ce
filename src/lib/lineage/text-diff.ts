/**
 * Wording diffs for Japanese text (a basic goal, a pillar title) across years. Character level, since
 * Japanese has no word spaces; LCS over code points so that surrogate pairs (𠮷) are never cut.
 * Characters are compared after per-character folding (NFKC, 〜/～ → ~, ヶ → ケ), so full-width vs
 * half-width is not reported as a change; 'same' runs show the later text's characters.
 */
import { charNgrams, diceOfGrams } from './ngram';
import { normalizeForMatch } from '../text/normalize';

export type DiffOp = 'same' | 'added' | 'removed';
export interface DiffPart {
  op: DiffOp;
  text: string;
}

// Above this many DP cells, the middle (after common prefix/suffix) is reported as one replacement.
const MAX_CELLS = 4_000_000;

function foldChar(c: string): string {
  return c.normalize('NFKC').replace(/[\u301C\uFF5E\u2053]/g, '~').replace(/ヶ/g, 'ケ').replace(/ヵ/g, 'カ');
}

function push(out: DiffPart[], op: DiffOp, text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/** Diff of a → b. Within a changed stretch, removals come before additions. */
export function diffText(a: string, b: string): DiffPart[] {
  const s = [...a];
  const t = [...b];
  const fs = s.map(foldChar);
  const ft = t.map(foldChar);
  let pre = 0;
  while (pre < s.length && pre < t.length && fs[pre] === ft[pre]) pre++;
  let suf = 0;
  while (suf < s.length - pre && suf < t.length - pre && fs[s.length - 1 - suf] === ft[t.length - 1 - suf]) suf++;

  const out: DiffPart[] = [];
  push(out, 'same', t.slice(0, pre).join(''));
  const ms = fs.slice(pre, s.length - suf);
  const mt = ft.slice(pre, t.length - suf);
  const rawS = s.slice(pre, s.length - suf);
  const rawT = t.slice(pre, t.length - suf);
  if (ms.length * mt.length > MAX_CELLS) {
    push(out, 'removed', rawS.join(''));
    push(out, 'added', rawT.join(''));
  } else {
    diffMiddle(ms, mt, rawS, rawT, out);
  }
  push(out, 'same', t.slice(t.length - suf).join(''));
  return out;
}

function diffMiddle(ms: string[], mt: string[], rawS: string[], rawT: string[], out: DiffPart[]): void {
  const n = ms.length;
  const m = mt.length;
  // lcs[i][j] = LCS length of ms[i..] and mt[j..]; walking forward from (0,0) then yields the diff in order.
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = ms[i] === mt[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  let removed = '';
  let added = '';
  const flush = () => {
    push(out, 'removed', removed);
    push(out, 'added', added);
    removed = '';
    added = '';
  };
  while (i < n || j < m) {
    if (i < n && j < m && ms[i] === mt[j]) {
      flush();
      push(out, 'same', rawT[j]);
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
      removed += rawS[i++];
    } else {
      added += rawT[j++];
    }
  }
  flush();
}

export type ListChange =
  | { op: 'kept'; a_index: number; b_index: number; a: string; b: string; score: number }
  | { op: 'changed'; a_index: number; b_index: number; a: string; b: string; score: number; diff: DiffPart[] }
  | { op: 'added'; b_index: number; b: string }
  | { op: 'removed'; a_index: number; a: string };

/** Least bigram similarity for two titles to count as one title reworded. */
export const LIST_PAIR_THRESHOLD = 0.5;

/**
 * Pairs two lists of titles (pillars of two years) by similarity, not position, so reordering is not a
 * change. Equal after folding → kept; similar → changed (with its diff); the rest added / removed.
 * One-to-one, strongest pair first, ties to the earlier index. Output: b's order (kept, changed,
 * added), then the removed in a's order.
 */
export function diffLists(aTitles: string[], bTitles: string[], threshold = LIST_PAIR_THRESHOLD): ListChange[] {
  const fa = aTitles.map(normalizeForMatch);
  const fb = bTitles.map(normalizeForMatch);
  const ga = fa.map((x) => charNgrams(x));
  const gb = fb.map((x) => charNgrams(x));
  const pairs: { i: number; j: number; score: number }[] = [];
  fa.forEach((x, i) =>
    fb.forEach((y, j) => {
      const score = x === y ? 1 : diceOfGrams(ga[i], gb[j]);
      if (score >= threshold) pairs.push({ i, j, score });
    })
  );
  pairs.sort((p, q) => q.score - p.score || Number(fa[q.i] === fb[q.j]) - Number(fa[p.i] === fb[p.j]) || p.i - q.i || p.j - q.j);
  const aOf = new Map<number, { i: number; score: number }>();
  const usedA = new Set<number>();
  for (const p of pairs) {
    if (usedA.has(p.i) || aOf.has(p.j)) continue;
    usedA.add(p.i);
    aOf.set(p.j, { i: p.i, score: p.score });
  }
  const out: ListChange[] = bTitles.map((b, j): ListChange => {
    const hit = aOf.get(j);
    if (!hit) return { op: 'added', b_index: j, b };
    const a = aTitles[hit.i];
    const score = Math.round(hit.score * 10000) / 10000;
    if (fa[hit.i] === fb[j]) return { op: 'kept', a_index: hit.i, b_index: j, a, b, score };
    return { op: 'changed', a_index: hit.i, b_index: j, a, b, score, diff: diffText(a, b) };
  });
  aTitles.forEach((a, i) => {
    if (!usedA.has(i)) out.push({ op: 'removed', a_index: i, a });
  });
  return out;
}
