/**
 * Deterministic greedy assignment: candidates by score, then tie-break score (descending), then earlier
 * from-item, then earlier to-item. Same input, same links, whatever order the caller built the list in.
 */
export interface Candidate {
  f: number;
  t: number;
  score: number;
  /** Weaker evidence consulted only between equal scores. */
  tie: number;
}

export function byStrength(a: Candidate, b: Candidate): number {
  return b.score - a.score || b.tie - a.tie || a.f - b.f || a.t - b.t;
}

/** Walks candidates strongest first and keeps those `accept` allows (it sees the links kept so far). */
export function greedy(candidates: Candidate[], accept: (c: Candidate) => boolean): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of [...candidates].sort(byStrength)) if (accept(c)) kept.push(c);
  return kept;
}
