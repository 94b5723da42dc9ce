/**
 * Some plans print one umbrella line above all pillars (協働で進めるまちづくり). Read as an unnumbered
 * heading it looks like a first pillar with nothing in it; where it is immediately followed by the
 * real pillars, it is a heading over them, not a pillar.
 */
import type { ParseWarning } from './types';
import type { PillarDraft } from './drafts';

export function dropUmbrellaLine(pillars: PillarDraft[], warnings: ParseWarning[]): void {
  const first = pillars[0];
  if (!first || pillars.length < 2 || first.number !== null) return;
  const empty = first.items.length === 0 && first.summary.length === 0 && first.overview_programs.length === 0 && first.orphans.length === 0;
  if (!empty) return;
  pillars.shift();
  pillars.forEach((p, k) => (p.order = k + 1));
  warnings.push({ line: first.lines[0], message: `「${first.title}」 heads all pillars and is not counted as a pillar` });
}
