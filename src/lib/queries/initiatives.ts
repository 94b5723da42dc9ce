/** Initiatives page: the filtered, sorted, paged list; its count; one initiative in full. */
import type { Filters, Status } from '../filters/filters';
import type { InitiativeSortKey, SortDirection } from '../filters/view-state';
import { defineQuery } from './define';
import { INITIATIVE_FROM, clampInt, orderBy, pagedInitiativeRows, type InitiativeListRow } from './initiative-rows';
import { filtersScope, initiativeConditions, initiativesFrom, scoped, searchesText, sql, themeSlugOf, where } from './sql-parts';
import type { Coverage } from './overview';

export type { InitiativeListRow } from './initiative-rows';

export const MAX_PAGE_SIZE = 500;

export interface InitiativeListParams {
  filters: Filters;
  sort: InitiativeSortKey;
  dir: SortDirection;
  /** 1–500, default 50. */
  limit?: number;
  /** ≥ 0, default 0. */
  offset?: number;
}

export const initiativeList = defineQuery<InitiativeListParams, InitiativeListRow>('initiative_list', (p) =>
  scoped(
    pagedInitiativeRows(
      initiativeConditions(p.filters),
      orderBy(p.sort, p.dir),
      clampInt(p.limit, 1, MAX_PAGE_SIZE, 50),
      clampInt(p.offset, 0, Number.MAX_SAFE_INTEGER, 0),
      searchesText(p.filters)
    ),
    filtersScope(p.filters)
  )
);

export interface InitiativeCountRow {
  count: number;
}

/** The same filters as initiative_list; use it where a page may lie past the end (no rows, no total). */
export const initiativeCount = defineQuery<Filters, InitiativeCountRow>('initiative_count', (f) =>
  scoped(sql`SELECT count(*)::INTEGER AS count ${initiativesFrom(f)} ${where(initiativeConditions(f))}`, filtersScope(f))
);

export interface InitiativeTag {
  tag_id: string;
  kind: 'theme' | 'marker';
  /** For themes; null for markers. */
  theme_slug: string | null;
  /** For markers; null for themes. */
  marker: string | null;
  label_ja: string;
  label_en: string | null;
  provenance: 'declared' | 'rule' | 'curated';
  evidence: string;
}

export interface InitiativeDetailRow {
  initiative_id: string;
  plan_id: string;
  pillar_id: string;
  position: number;
  sub_theme: string | null;
  title: string;
  program_name: string | null;
  description: string;
  status: Status;
  status_basis: string;
  recovered: boolean;
  source_lines: number[];
  city: string;
  ward: string;
  ward_code: string | null;
  fiscal_year: number;
  coverage: Coverage;
  plan_title: string | null;
  source_url: string | null;
  source_file: string | null;
  pillar_position: number;
  pillar_title: string;
  /** Themes first, then markers, each by tag id. */
  tags: InitiativeTag[];
}

export const initiativeDetail = defineQuery<{ initiative_id: string }, InitiativeDetailRow>('initiative_detail', (p) => ({
  sql: `
SELECT i.initiative_id, i.plan_id, i.pillar_id, i.position, i.sub_theme, i.title, i.program_name, i.description,
       i.status, i.status_basis, i.recovered, i.source_lines,
       p.city, p.ward, p.ward_code, p.fiscal_year, p.coverage, p.title AS plan_title, p.source_url, p.source_file,
       pl.position AS pillar_position, pl.title AS pillar_title,
       coalesce((
         SELECT list({'tag_id': t.tag_id, 'kind': t.kind,
                      'theme_slug': CASE WHEN t.kind = 'theme' THEN ${themeSlugOf('t.tag_id')} END,
                      'marker': t.marker, 'label_ja': t.label_ja, 'label_en': t.label_en,
                      'provenance': it.provenance, 'evidence': it.evidence} ORDER BY t.kind DESC, t.tag_id)
         FROM initiative_tags it JOIN tags t ON t.tag_id = it.tag_id WHERE it.initiative_id = i.initiative_id), []) AS tags
${INITIATIVE_FROM}
WHERE i.initiative_id = ?`,
  params: [p.initiative_id]
}));
