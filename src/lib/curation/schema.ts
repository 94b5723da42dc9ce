/**
 * Curation entries (data/curation/curation.json): decisions the parser and the rules cannot make,
 * each with a reason. They match items by content (program name or the start of the description,
 * folded), never by id, so a parser change that renumbers items does not orphan them.
 */
import * as v from 'valibot';
import type { ThemeRules } from '../themes/types';
import { foldForRules } from '../themes/fold';

export class CurationDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CurationDataError';
  }
}

const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

const MatchSchema = v.pipe(
  v.strictObject({
    city: v.optional(Text),
    ward: Text,
    fiscal_year: v.pipe(v.number(), v.integer(), v.minValue(1989), v.maxValue(2100)),
    program_name: v.optional(Text),
    description_starts: v.optional(Text)
  }),
  v.check(
    (m) => (m.program_name === undefined) !== (m.description_starts === undefined),
    'match needs exactly one of program_name or description_starts'
  ),
  // A start of a few characters would match many items by accident.
  v.check(
    (m) => m.description_starts === undefined || [...foldForRules(m.description_starts)].length >= 8,
    'description_starts must be at least 8 characters'
  )
);

export const CurationEntrySchema = v.pipe(
  v.strictObject({
    match: MatchSchema,
    reason: Text,
    add_themes: v.optional(v.pipe(v.array(Text), v.minLength(1))),
    set_title: v.optional(Text),
    set_sub_theme: v.optional(v.nullable(Text)),
    exclude: v.optional(v.literal(true))
  }),
  v.check(
    (e) =>
      e.add_themes !== undefined || e.set_title !== undefined || e.set_sub_theme !== undefined || e.exclude === true,
    'entry has no action (add_themes, set_title, set_sub_theme or exclude)'
  ),
  v.check(
    (e) => !(e.exclude === true && (e.add_themes || e.set_title || e.set_sub_theme !== undefined)),
    'exclude cannot be combined with other actions'
  )
);

export type CurationEntry = v.InferOutput<typeof CurationEntrySchema>;

const FileSchema = v.object({ entries: v.array(CurationEntrySchema) });

/**
 * Validates the curation file (or a bare array of entries). Throws CurationDataError naming the
 * entry: schema problems, a missing reason, a theme slug the taxonomy does not define.
 */
export function loadCuration(data: unknown, rules: Pick<ThemeRules, 'themes'>): CurationEntry[] {
  const result = v.safeParse(FileSchema, Array.isArray(data) ? { entries: data } : data);
  if (!result.success) {
    throw new CurationDataError(`curation.json: invalid data:\n${v.summarize(result.issues)}`);
  }
  const known = new Set(rules.themes.map((t) => t.slug));
  const errors: string[] = [];
  result.output.entries.forEach((e, i) => {
    for (const s of e.add_themes ?? []) {
      if (!known.has(s)) errors.push(`curation.json: entries[${i}] adds unknown theme slug "${s}"`);
    }
  });
  if (errors.length > 0) throw new CurationDataError(errors.join('\n'));
  return result.output.entries;
}
