/**
 * A public-facts record (data/facts/ward-plan-facts.json) → a partial plan: its plan row, pillars,
 * stated figures and mentions. Names a record lists are examples, never initiatives.
 */
import * as v from 'valibot';
import type { Row } from '../tables/schema';
import { parseStatedFigure } from './stated-figures';

const FactsRecordSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  city: v.pipe(v.string(), v.minLength(1)),
  ward: v.pipe(v.string(), v.minLength(1)),
  fiscal_year: v.pipe(v.number(), v.integer(), v.minValue(1989), v.maxValue(2100)),
  era_label: v.nullish(v.string()),
  fiscal_year_uncertain: v.optional(v.boolean(), false),
  source_kind: v.string(),
  subject: v.nullish(v.string()),
  url: v.nullish(v.string()),
  alt_urls: v.optional(v.array(v.string()), []),
  published: v.nullish(v.string()),
  basic_goal: v.nullish(v.string()),
  pillars: v.optional(v.array(v.string()), []),
  pillars_cut: v.optional(v.boolean(), false),
  pillars_paraphrased: v.optional(v.boolean(), false),
  initiatives: v.optional(v.array(v.string()), []),
  markers: v.optional(v.array(v.object({ marker: v.string(), applies_to: v.nullish(v.string()) })), []),
  counts: v.optional(v.array(v.object({ value: v.string(), counts: v.string() })), []),
  partial: v.optional(v.boolean(), true),
  same_article_as: v.nullish(v.string()),
  notes: v.nullish(v.string())
});
export type FactsRecord = v.InferOutput<typeof FactsRecordSchema>;

/** Validates the whole facts file; the error names the record index, id and field. */
export function readFactsRecords(json: unknown, fileName: string): FactsRecord[] {
  if (!Array.isArray(json)) throw new Error(`${fileName}: expected a JSON array of facts records`);
  return json.map((item, i) => {
    const result = v.safeParse(FactsRecordSchema, item);
    if (!result.success) {
      const issue = result.issues[0];
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      const id = (item as { id?: unknown })?.id;
      throw new Error(`${fileName}: record ${i + 1}${id ? ` (${String(id)})` : ''}: ${path}: ${issue.message}`);
    }
    return result.output;
  });
}

/** Pillar numbering a record kept (施策1, ①, [1], (1), 1.): stripped before the title is stored. */
export function stripPillarNumbering(title: string): string {
  return title
    .replace(/^\s*(施策\s*[0-9０-９]+[\s.:：、]*|[①-⑳]\s*|[[［(（]\s*[0-9０-９]+\s*[\]］)）]\s*|[0-9０-９]+\s*[.．、]\s*|[0-9０-９]+\s+)/, '')
    .trim();
}

export interface FactsTables {
  plans: Row[];
  pillars: Row[];
  plan_figures: Row[];
  plan_mentions: Row[];
}

export function factsRecordToTables(record: FactsRecord, wardCode: string | null): FactsTables {
  const plan_id = `${wardCode ?? record.city + record.ward}-${record.fiscal_year}-${record.id}`;
  const plans: Row[] = [
    {
      plan_id,
      city: record.city,
      ward: record.ward,
      ward_code: wardCode,
      fiscal_year: record.fiscal_year,
      era_label: record.era_label ?? null,
      title: record.subject ?? null,
      basic_goal: record.basic_goal ?? null,
      coverage: 'partial',
      subject: record.subject ?? null,
      source_kind: record.source_kind,
      source_url: record.url ?? null,
      source_file: null,
      published: record.published ?? null,
      truncated: false,
      fiscal_year_uncertain: record.fiscal_year_uncertain,
      pillars_cut: record.pillars_cut,
      pillars_paraphrased: record.pillars_paraphrased,
      origin: 'shipped',
      notes: record.notes ?? null
    }
  ];
  const pillars: Row[] = record.pillars
    .map(stripPillarNumbering)
    .filter((t) => t.length > 0)
    .map((title, i) => ({ pillar_id: `${plan_id}-p${i + 1}`, plan_id, position: i + 1, title, summary: null, source_lines: null }));
  const plan_figures: Row[] = record.counts.flatMap((c) =>
    parseStatedFigure(c.value, c.counts).map((f) => ({ plan_id, ...f, source_url: record.url ?? null }))
  );
  const markerOf = new Map<string, string>();
  for (const m of record.markers) if (m.applies_to) markerOf.set(m.applies_to, m.marker);
  const seen = new Set<string>();
  const plan_mentions: Row[] = [];
  for (const name of record.initiatives) {
    if (seen.has(name)) continue;
    seen.add(name);
    plan_mentions.push({ plan_id, name, marker: markerOf.get(name) ?? null });
  }
  // Markers whose target is not one of the listed names are still stated facts ("新規事業なし" …).
  for (const m of record.markers) {
    const name = m.applies_to ?? '';
    if (name && seen.has(name)) continue;
    const key = `${name}\u0000${m.marker}`;
    if (seen.has(key)) continue;
    seen.add(key);
    plan_mentions.push({ plan_id, name: name || m.marker, marker: m.marker });
  }
  return { plans, pillars, plan_figures, plan_mentions };
}
