/**
 * Table alternatives for the charts (pure): the same rows as columns + rows for ChartCard's
 * `table` prop, DataTable and the exports. Labels follow `lang`; values stay as data.
 */
import type { ExportColumn } from '../export/types';
import { t, type Lang } from '../i18n/labels';
import { fiscalYearLabel } from '../i18n/fiscal';
import { wardLabel } from '../i18n/wards';
import { formatValue } from './scales';
import type { BarDatum, CoverageCell, HeatCell, Measure, SankeyLinkDatum, SankeyNodeDatum, StatusRow } from './types';

export interface TableData {
  columns: ExportColumn[];
  rows: Record<string, unknown>[];
}

export function coverageTable(cells: readonly CoverageCell[], lang: Lang): TableData {
  return {
    columns: [
      { key: 'ward', label: t('field.ward', lang) },
      { key: 'year', label: t('field.year', lang) },
      { key: 'coverage', label: t('coverage.label', lang) }
    ],
    rows: cells.map((c) => ({
      ward: wardLabel(c.ward, lang),
      year: fiscalYearLabel(c.fiscal_year, lang),
      coverage: t(`coverage.${c.kind}`, lang)
    }))
  };
}

export function barTable(rows: readonly BarDatum[], lang: Lang, opts: { groupTitle?: string; labelTitle?: string } = {}): TableData {
  const grouped = rows.some((r) => r.group);
  const hasShare = rows.some((r) => r.share !== undefined && r.share !== null);
  return {
    columns: [
      ...(grouped ? [{ key: 'group', label: opts.groupTitle ?? t('field.ward', lang) }] : []),
      { key: 'label', label: opts.labelTitle ?? t('field.title', lang) },
      { key: 'count', label: t('field.count', lang) },
      ...(hasShare ? [{ key: 'share', label: t('field.share', lang) }] : [])
    ],
    rows: rows.map((r) => ({
      ...(grouped ? { group: r.group ?? '' } : {}),
      label: r.label,
      count: r.count,
      ...(hasShare ? { share: formatValue(r.share, 'share') } : {})
    }))
  };
}

export function heatTable(
  cells: readonly HeatCell[],
  lang: Lang,
  opts: { rowTitle: string; colTitle: string; measure?: Measure }
): TableData {
  return {
    columns: [
      { key: 'row', label: opts.rowTitle },
      { key: 'col', label: opts.colTitle },
      { key: 'count', label: t('field.count', lang) },
      { key: 'share', label: t('field.share', lang) }
    ],
    rows: cells.map((c) => ({ row: c.row, col: c.col, count: c.count, share: formatValue(c.share, 'share') }))
  };
}

export function statusTable(rows: readonly StatusRow[], lang: Lang): TableData {
  return {
    columns: [
      { key: 'label', label: `${t('field.ward', lang)} / ${t('field.year', lang)}` },
      { key: 'new', label: t('status.new', lang) },
      { key: 'continuing', label: t('status.continuing', lang) },
      { key: 'unknown', label: t('status.unknown', lang) },
      { key: 'basis', label: t('status.basis', lang) },
      { key: 'source', label: t('field.source', lang) }
    ],
    rows: rows.map((r) => ({
      label: r.label,
      new: r.new,
      continuing: r.continuing,
      unknown: r.unknown,
      basis: t(r.basis === 'stated' ? 'status.stated' : 'status.parsed', lang),
      source: r.source
    }))
  };
}

export function sankeyTable(nodes: readonly SankeyNodeDatum[], links: readonly SankeyLinkDatum[], lang: Lang): TableData {
  const label = new Map(nodes.map((n) => [n.id, n.label] as const));
  return {
    columns: [
      { key: 'from', label: t('field.from', lang) },
      { key: 'to', label: t('field.to', lang) },
      { key: 'value', label: t('field.count', lang) }
    ],
    rows: links.map((l) => ({ from: label.get(l.source) ?? l.source, to: label.get(l.target) ?? l.target, value: l.value }))
  };
}
