/**
 * Turns a public-facts record (data/facts/ward-plan-facts.json) into StatedFigures for assignStatus.
 * Only the figures status needs are given a metric; the others keep metric 'count'.
 */
import type { StatedFigure } from './types';

export interface FactsRecordLike {
  id: string;
  url?: string | null;
  published?: string | null;
  source_kind?: string;
  counts?: Array<{ value: string; counts: string }> | null;
  markers?: Array<{ marker: string; applies_to?: string | null }> | null;
}

/** '33' → 33, '4体系' → 4, '約600万円' → null (not a plain count). */
function leadingNumber(raw: string): number | null {
  const m = /^\s*(\d+)/.exec(raw.normalize('NFKC'));
  return m ? Number(m[1]) : null;
}

function sourceLabel(r: FactsRecordLike): string {
  const host = r.url ? /^https?:\/\/(?:www\.)?([^./]+)/.exec(r.url)?.[1] : undefined;
  return [host ?? r.source_kind ?? r.id, r.published].filter(Boolean).join(' ');
}

const PROJECT_SCOPES = ['自主企画事業', '事業', '区独自事業', '運営方針の事業'];

export function figuresFromFacts(record: FactsRecordLike): StatedFigure[] {
  const source_url = record.url ?? null;
  const source_label = sourceLabel(record);
  const out: StatedFigure[] = [];
  for (const c of record.counts ?? []) {
    const scope = c.counts.normalize('NFKC').trim();
    const metric = /^新規事業$/.test(scope)
      ? 'new_project_count'
      : PROJECT_SCOPES.includes(scope)
        ? 'project_count'
        : 'count';
    out.push({ metric, value: leadingNumber(c.value), scope, raw: c.value, source_url, source_label });
  }
  for (const m of record.markers ?? []) {
    out.push({ metric: 'marker', value: null, scope: m.applies_to ?? '', raw: m.marker, source_url, source_label });
  }
  return out;
}
