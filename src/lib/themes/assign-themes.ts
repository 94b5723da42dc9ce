/**
 * Themes for one initiative (contract "Theme"): declared markers first, then phrase rules, one row
 * per slug. Curated themes are added later by the caller (curation/apply-curation.ts).
 */
import type { LegendEntry, ParsedInitiative } from '../plans/types';
import { defaultThemeRules } from './default-rules';
import { foldForRules, foldMarker } from './fold';
import { legendEntryFor } from './marker-label';
import type { ThemeAssignment, ThemeRules } from './types';

export type { ThemeAssignment } from './types';

/** Slugs whose label rule occurs in a (legend or marker) label. */
function slugsForLabel(label: string, rules: ThemeRules): string[] {
  const folded = foldForRules(label);
  return rules.markerLabels.filter((r) => folded.includes(foldForRules(r.label))).flatMap((r) => r.slugs);
}

/**
 * Themes one marker declares. The document's legend decides first, because codes differ between
 * wards; a code mapping is used only where the legend does not define the marker, or defines it with
 * no label of its own. A legend label we cannot map gives no declared theme (the phrase rules still run)
 * rather than guessing from another ward's codes.
 */
export function declaredThemes(
  marker: string,
  legend: LegendEntry[],
  rules: ThemeRules = defaultThemeRules
): ThemeAssignment[] {
  const code = foldMarker(marker);
  const noTheme = new Set(rules.noThemeMarkers.map(foldMarker));
  const entry = legendEntryFor(marker, legend);
  if (entry?.means_new || noTheme.has(code)) return [];

  const make = (slugs: string[], evidence: string) =>
    [...new Set(slugs)].map((slug): ThemeAssignment => ({ slug, provenance: 'declared', evidence }));

  if (entry && foldForRules(entry.label) !== foldMarker(entry.marker)) {
    if (noTheme.has(foldMarker(entry.label))) return [];
    return make(slugsForLabel(entry.label, rules), `(${marker}) ${entry.label} (legend line ${entry.line})`);
  }
  const byCode = rules.markerCodes.filter((r) => foldMarker(r.code) === code).flatMap((r) => r.slugs);
  if (byCode.length > 0) return make(byCode, `(${marker}) marker code, no legend entry`);
  // A marker that is itself a word ([防災], ※デジタル) carries its meaning without a legend.
  return make(slugsForLabel(marker, rules), `(${marker}) marker label`);
}

type Field = 'title' | 'program_name' | 'sub_theme' | 'description';
const HEADING_FIELDS: Field[] = ['title', 'program_name', 'sub_theme'];

/**
 * Themes from phrase rules: for each theme, the first phrase found, looking at the headings (title,
 * program name, sub-theme) before the description, so the evidence is the strongest place it occurs.
 */
export function ruleThemes(initiative: ParsedInitiative, rules: ThemeRules = defaultThemeRules): ThemeAssignment[] {
  const texts: Array<[Field, string]> = (
    [...HEADING_FIELDS, 'description'] as Field[]
  ).map((f) => [f, foldForRules(initiative[f] ?? '')]);
  const out: ThemeAssignment[] = [];
  for (const rule of rules.phraseRules) {
    let evidence: string | null = null;
    for (const [field, text] of texts) {
      if (text === '') continue;
      const candidates = HEADING_FIELDS.includes(field) ? [...rule.phrases, ...rule.heading_phrases] : rule.phrases;
      const hit = candidates.find((p) => text.includes(foldForRules(p)));
      if (hit !== undefined) {
        evidence = `「${hit}」 in ${field}`;
        break;
      }
    }
    if (evidence !== null) out.push({ slug: rule.slug, provenance: 'rule', evidence });
  }
  return out;
}

/**
 * All themes of an initiative: declared (in marker order) then rule themes, one row per slug; a
 * declared theme wins over a rule for the same slug. An empty result means unthemed: a curation case
 * in shipped data, a user's pick in an imported plan.
 */
export function assignThemes(
  initiative: ParsedInitiative,
  legend: LegendEntry[],
  rules: ThemeRules = defaultThemeRules
): ThemeAssignment[] {
  const bySlug = new Map<string, ThemeAssignment>();
  for (const marker of initiative.markers) {
    for (const a of declaredThemes(marker, legend, rules)) if (!bySlug.has(a.slug)) bySlug.set(a.slug, a);
  }
  for (const a of ruleThemes(initiative, rules)) if (!bySlug.has(a.slug)) bySlug.set(a.slug, a);
  return [...bySlug.values()];
}
