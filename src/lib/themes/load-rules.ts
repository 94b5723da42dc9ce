/**
 * Validates the three theme data files (data/themes/*.json) and turns them into ThemeRules.
 * The files are edited by hand and also imported in the browser, so a mistake must stop the build
 * with a message that names the file and the entry, not surface later as a silently unthemed item.
 */
import * as v from 'valibot';
import { foldForRules, foldMarker } from './fold';
import type { ThemeRules } from './types';

export class ThemeDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ThemeDataError';
  }
}

const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const Slug = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case slug'));
const Phrase = v.pipe(
  v.string(),
  v.check((s) => foldForRules(s).length > 0, 'phrase must not be empty')
);

const TaxonomySchema = v.object({
  themes: v.pipe(
    v.array(
      v.strictObject({
        slug: Slug,
        label_ja: Text,
        label_en: Text,
        definition_ja: Text,
        definition_en: Text
      })
    ),
    v.minLength(1, 'needs at least one theme')
  )
});

const MarkerThemesSchema = v.object({
  labels: v.array(v.strictObject({ label: Phrase, slugs: v.pipe(v.array(Slug), v.minLength(1)) })),
  codes: v.array(v.strictObject({ code: Phrase, slugs: v.pipe(v.array(Slug), v.minLength(1)) })),
  no_theme: v.array(Phrase)
});

const PhraseRulesSchema = v.object({
  rules: v.array(
    v.strictObject({
      slug: Slug,
      phrases: v.pipe(v.array(Phrase), v.minLength(1, 'every theme needs at least one phrase')),
      heading_phrases: v.optional(v.array(Phrase), [])
    })
  )
});

/** Labels that would make a theme a catch-all; the contract forbids one. */
const CATCH_ALL = ['その他', 'そのほか', 'other', 'others', 'misc', 'miscellaneous', '一般', 'general'];

function parse<S extends v.GenericSchema>(schema: S, data: unknown, file: string): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (!result.success) {
    throw new ThemeDataError(`${file}: invalid data:\n${v.summarize(result.issues)}`);
  }
  return result.output;
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const x of values) (seen.has(x) ? dup : seen).add(x);
  return [...dup];
}

/**
 * Validates and combines the three files. Throws ThemeDataError naming the file and the problem:
 * schema errors, duplicate slugs, a catch-all theme, a slug used in a mapping or rule that the
 * taxonomy does not define, a theme with no phrase rule, a phrase listed twice for a theme, a code
 * mapped twice.
 */
export function loadThemeRules(taxonomy: unknown, markerThemes: unknown, phraseRules: unknown): ThemeRules {
  const tax = parse(TaxonomySchema, taxonomy, 'taxonomy.json');
  const markers = parse(MarkerThemesSchema, markerThemes, 'marker-themes.json');
  const phrases = parse(PhraseRulesSchema, phraseRules, 'phrase-rules.json');
  const errors: string[] = [];

  const slugs = tax.themes.map((t) => t.slug);
  for (const d of duplicates(slugs)) errors.push(`taxonomy.json: duplicate slug "${d}"`);
  for (const t of tax.themes) {
    const words = [t.slug, t.label_ja, t.label_en].map((w) => foldForRules(w));
    if (words.some((w) => CATCH_ALL.includes(w))) {
      errors.push(`taxonomy.json: "${t.slug}" is a catch-all theme (${t.label_ja}); use curation instead`);
    }
  }
  const known = new Set(slugs);
  const unknown = (file: string, where: string, list: string[]) => {
    for (const s of list) if (!known.has(s)) errors.push(`${file}: ${where} uses unknown theme slug "${s}"`);
  };
  for (const l of markers.labels) unknown('marker-themes.json', `label "${l.label}"`, l.slugs);
  for (const c of markers.codes) unknown('marker-themes.json', `code "${c.code}"`, c.slugs);
  for (const d of duplicates(markers.codes.map((c) => foldMarker(c.code)))) {
    errors.push(`marker-themes.json: code "${d}" is mapped twice`);
  }
  const themed = new Set(markers.codes.map((c) => foldMarker(c.code)));
  for (const n of markers.no_theme) {
    if (themed.has(foldMarker(n))) errors.push(`marker-themes.json: "${n}" is both a theme code and no_theme`);
  }

  for (const r of phrases.rules) unknown('phrase-rules.json', `rule "${r.slug}"`, [r.slug]);
  for (const d of duplicates(phrases.rules.map((r) => r.slug))) {
    errors.push(`phrase-rules.json: theme "${d}" has two rule entries`);
  }
  for (const r of phrases.rules) {
    for (const d of duplicates([...r.phrases, ...r.heading_phrases].map(foldForRules))) {
      errors.push(`phrase-rules.json: "${r.slug}" lists phrase "${d}" twice`);
    }
  }
  const ruled = new Set(phrases.rules.map((r) => r.slug));
  for (const s of slugs) {
    if (!ruled.has(s)) errors.push(`phrase-rules.json: theme "${s}" has no phrase rule`);
  }

  if (errors.length > 0) throw new ThemeDataError(errors.join('\n'));
  return {
    themes: tax.themes,
    markerLabels: markers.labels,
    markerCodes: markers.codes,
    noThemeMarkers: markers.no_theme,
    phraseRules: phrases.rules.map((r) => ({ ...r, heading_phrases: r.heading_phrases ?? [] }))
  };
}
