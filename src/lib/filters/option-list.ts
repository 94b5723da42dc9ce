/** Which options of a long facet list to draw: the chosen ones first, then the first `limit` matches of the narrowing text. */
export interface ShownOptions<T> {
  rows: T[];
  /** Matches left out after `limit`. */
  more: number;
}

export function shownOptions<T extends { value: string }>(
  all: readonly T[],
  chosen: ReadonlySet<string>,
  narrowText: string,
  textOf: (option: T) => string,
  limit: number
): ShownOptions<T> {
  if (all.length <= limit) return { rows: [...all], more: 0 };
  const needle = narrowText.normalize('NFKC').toLowerCase().trim();
  const matching = all.filter((o) => !chosen.has(o.value) && (needle === '' || textOf(o).normalize('NFKC').toLowerCase().includes(needle)));
  return { rows: [...all.filter((o) => chosen.has(o.value)), ...matching.slice(0, limit)], more: Math.max(0, matching.length - limit) };
}
