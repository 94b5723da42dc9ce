/**
 * Applies curation entries to one parsed plan, after parsing and before ids are made. Pure: returns a
 * new plan. Entries for other ward-years are ignored; entries for this ward-year that match nothing are
 * returned in `unmatched` (the build treats them as an error: the document or parser changed).
 */
import type { ParsedInitiative, ParsedPlan } from '../plans/types';
import { foldForRules } from '../themes/fold';
import type { ThemeAssignment } from '../themes/types';
import type { CurationEntry } from './schema';

export interface CurationWhere {
  city?: string;
  ward: string;
  fiscal_year: number;
}

export interface AppliedCuration {
  entry: CurationEntry;
  /** The initiative as it is in the returned plan (the original, where it was excluded). */
  initiative: ParsedInitiative;
}

export interface CurationResult {
  plan: ParsedPlan;
  applied: AppliedCuration[];
  unmatched: CurationEntry[];
}

function forWardYear(e: CurationEntry, where: CurationWhere): boolean {
  const m = e.match;
  if (foldForRules(m.ward) !== foldForRules(where.ward) || m.fiscal_year !== where.fiscal_year) return false;
  // City is optional on both sides (other cities have wards with the same names): compare where both say.
  return m.city === undefined || where.city === undefined || foldForRules(m.city) === foldForRules(where.city);
}

function matches(e: CurationEntry, i: ParsedInitiative): boolean {
  if (e.match.program_name !== undefined) {
    return i.program_name !== null && foldForRules(i.program_name) === foldForRules(e.match.program_name);
  }
  return foldForRules(i.description).startsWith(foldForRules(e.match.description_starts ?? ''));
}

function edit(i: ParsedInitiative, e: CurationEntry): ParsedInitiative {
  return {
    ...i,
    ...(e.set_title !== undefined ? { title: e.set_title } : {}),
    ...(e.set_sub_theme !== undefined ? { sub_theme: e.set_sub_theme } : {})
  };
}

export function applyCuration(plan: ParsedPlan, entries: CurationEntry[], where: CurationWhere): CurationResult {
  const relevant = entries.filter((e) => forWardYear(e, where));
  const applied: AppliedCuration[] = [];
  const used = new Set<CurationEntry>();

  const pillars = plan.pillars.map((pillar) => {
    const initiatives: ParsedInitiative[] = [];
    for (const original of pillar.initiatives) {
      const hits = relevant.filter((e) => matches(e, original));
      hits.forEach((e) => used.add(e));
      if (hits.some((e) => e.exclude)) {
        for (const e of hits) applied.push({ entry: e, initiative: original });
        continue;
      }
      let item = hits.reduce(edit, original);
      // Positions stay 1..n without gaps after an exclusion: initiative ids are built from them.
      if (item.position !== initiatives.length + 1) item = { ...item, position: initiatives.length + 1 };
      initiatives.push(item);
      for (const e of hits) applied.push({ entry: e, initiative: item });
    }
    return { ...pillar, initiatives };
  });

  return {
    plan: { ...plan, pillars },
    applied,
    unmatched: relevant.filter((e) => !used.has(e))
  };
}

/** The curated theme rows for one initiative of the curated plan (provenance 'curated'). */
export function curatedThemes(applied: AppliedCuration[], initiative: ParsedInitiative): ThemeAssignment[] {
  return applied
    .filter((a) => a.initiative === initiative && a.entry.add_themes)
    .flatMap((a) =>
      (a.entry.add_themes ?? []).map(
        (slug): ThemeAssignment => ({ slug, provenance: 'curated', evidence: `curation: ${a.entry.reason}` })
      )
    );
}
