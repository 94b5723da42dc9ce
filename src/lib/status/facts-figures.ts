/**
 * A public-facts record (data/facts/ward-plan-facts.json) → the StatedFigures assignStatus reads: its
 * counts (parsed once, by the same parser that fills plan_figures) and its plan-level markers such as
 * 新規事業なし.
 */
import { parseStatedFigure } from '../facts/stated-figures';
import type { StatedFigure } from './types';

export interface FactsRecordLike {
  id: string;
  url?: string | null;
  published?: string | null;
  source_kind?: string;
  counts?: Array<{ value: string; counts: string }> | null;
  markers?: Array<{ marker: string; applies_to?: string | null }> | null;
}

/** 'townnews 2022-05-26': the source's host name (or kind) and date, for status_basis sentences. */
function sourceLabel(r: FactsRecordLike): string {
  const host = r.url ? /^https?:\/\/(?:www\.)?([^./]+)/.exec(r.url)?.[1] : undefined;
  return [host ?? r.source_kind ?? r.id, r.published].filter(Boolean).join(' ');
}

export function figuresFromFacts(record: FactsRecordLike): StatedFigure[] {
  const source_url = record.url ?? null;
  const source_label = sourceLabel(record);
  return [
    ...(record.counts ?? []).flatMap((c) => parseStatedFigure(c.value, c.counts).map((f) => ({ ...f, source_url, source_label }))),
    ...(record.markers ?? []).map((m) => ({ metric: 'marker', value: null, scope: m.applies_to ?? '', raw: m.marker, source_url, source_label }))
  ];
}
