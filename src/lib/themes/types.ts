/**
 * Theme data as the code sees it, after validation (load-rules.ts). The JSON files in data/themes are
 * the source; these types are what a caller gets from loadThemeRules.
 */

export interface Theme {
  slug: string;
  label_ja: string;
  label_en: string;
  definition_ja: string;
  definition_en: string;
}

/** A legend label (matched as a substring of the normalized label) or a bare code, mapped to themes. */
export interface MarkerLabelRule {
  label: string;
  slugs: string[];
}
export interface MarkerCodeRule {
  code: string;
  slugs: string[];
}

export interface PhraseRule {
  slug: string;
  /** Matched anywhere: title, program name, sub-theme, description. */
  phrases: string[];
  /** Matched only in title, program name, sub-theme (words that are often asides in a paragraph). */
  heading_phrases: string[];
}

export interface ThemeRules {
  themes: Theme[];
  markerLabels: MarkerLabelRule[];
  markerCodes: MarkerCodeRule[];
  /** Markers that only say new / 重点 / 拡充: no theme. */
  noThemeMarkers: string[];
  phraseRules: PhraseRule[];
}

export type ThemeProvenance = 'declared' | 'rule' | 'curated';

export interface ThemeAssignment {
  slug: string;
  provenance: ThemeProvenance;
  /** Readable: the marker and legend line, the phrase and field, or the curation reason. */
  evidence: string;
}
