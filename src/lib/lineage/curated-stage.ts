/**
 * Curated links: pairs a person asserted (data/curation), found by program name or title start, never
 * by id, so that a parser change does not orphan them. An entry must find exactly one item on each side.
 */
import { normalizeForMatch } from '../text/normalize';
import { titleKey } from './compare-items';
import type { LinkSet } from './link-set';
import { programKey } from './rename-pointer';
import type { CuratedLink, InitiativeLike, ItemMatcher } from './types';

export function matchesItem(m: ItemMatcher, item: InitiativeLike): boolean {
  if (m.program_name == null && m.title_start == null) return false;
  if (m.program_name != null && programKey(item.program_name) !== normalizeForMatch(m.program_name)) return false;
  if (m.title_start != null && !titleKey(item).startsWith(normalizeForMatch(m.title_start))) return false;
  return true;
}

function describe(m: ItemMatcher): string {
  return [m.program_name && `program ${m.program_name}`, m.title_start && `title ${m.title_start}…`].filter(Boolean).join(', ') || '(empty matcher)';
}

/** Adds the curated pairs; returns one warning per entry that found no item, or several, on a side. */
export function linkCurated(entries: CuratedLink[], from: InitiativeLike[], to: InitiativeLike[], set: LinkSet): string[] {
  const warnings: string[] = [];
  for (const entry of entries) {
    const fs = from.flatMap((item, i) => (matchesItem(entry.from, item) ? [i] : []));
    const ts = to.flatMap((item, i) => (matchesItem(entry.to, item) ? [i] : []));
    if (fs.length !== 1 || ts.length !== 1) {
      warnings.push(`curated link ${describe(entry.from)} → ${describe(entry.to)}: ${fs.length} earlier and ${ts.length} later items match; skipped`);
      continue;
    }
    set.add({ f: fs[0], t: ts[0], method: 'curated', score: 1, reason: `curated: ${entry.reason}` });
  }
  return warnings;
}
