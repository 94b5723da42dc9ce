/**
 * The product's tables (guides/data-contract.md): one source of truth for the build (Arrow + Parquet
 * writers), the SQL layer and the data dictionary. Column order here is the column order in every file.
 */
import { SEARCH_BITS_COLUMNS } from '../text/search-bits';

export type ColumnType = 'string' | 'int' | 'float' | 'bool' | 'int_list';

export interface ColumnDef {
  name: string;
  type: ColumnType;
  nullable: boolean;
  /** One line for analysts (the data dictionary is generated from these). */
  doc: string;
}

export interface TableDef {
  name: TableName;
  doc: string;
  key: string[];
  columns: ColumnDef[];
}

const col = (name: string, type: ColumnType, nullable: boolean, doc: string): ColumnDef => ({
  name,
  type,
  nullable,
  doc
});

export const TABLES = {
  plans: {
    name: 'plans',
    doc: 'One row per plan: a parsed full document or a public-facts record about one ward-year.',
    key: ['plan_id'],
    columns: [
      col('plan_id', 'string', false, '{ward_code}-{fiscal_year}-{source}: source = doc (shipped document), import-{hash8} (imported), else the facts record id'),
      col('city', 'string', false, 'City, e.g. 横浜市'),
      col('ward', 'string', false, 'Ward name as published, e.g. 戸塚区'),
      col('ward_code', 'string', true, '5-digit local government code (JIS X 0402 without check digit); null where unknown'),
      col('fiscal_year', 'int', false, 'Western start year of the fiscal year (April–March): 2022 = 令和4年度'),
      col('era_label', 'string', true, 'Japanese fiscal-year label as printed, e.g. 令和4年度'),
      col('title', 'string', true, 'Document title, e.g. 令和4年度戸塚区運営方針'),
      col('basic_goal', 'string', true, '基本目標 as printed, subtitle included'),
      col('coverage', 'string', false, "'full' for a parsed document, 'partial' for a public-facts record"),
      col('subject', 'string', true, 'What the source document is (区運営方針, 自主企画事業予算 …)'),
      col('source_kind', 'string', false, 'official_document_text, official_page, news, other, imported'),
      col('source_url', 'string', true, 'Where the source was published; null where not known'),
      col('source_file', 'string', true, 'Raw file under data/raw/ the plan was parsed from (full documents)'),
      col('published', 'string', true, 'Publication date (YYYY-MM-DD) as stated by the source'),
      col('truncated', 'bool', false, 'True where the document stops early (only what is there was parsed)'),
      col('fiscal_year_uncertain', 'bool', false, 'True where the source does not state the fiscal year'),
      col('pillars_cut', 'bool', false, 'Facts records: the source visibly lists more pillars than were captured'),
      col('pillars_paraphrased', 'bool', false, 'Facts records: pillar titles are a news summary, not the plan’s wording'),
      col('origin', 'string', false, "'shipped' (built from data/) or 'imported' (added in the browser)"),
      col('notes', 'string', true, 'Notes about the source (from sources.json or the facts record)')
    ]
  },
  pillars: {
    name: 'pillars',
    doc: 'Policy pillars (施策) under Ⅱ 目標達成に向けた施策, one per printed pillar.',
    key: ['pillar_id'],
    columns: [
      col('pillar_id', 'string', false, '{plan_id}-p{position}'),
      col('plan_id', 'string', false, 'The plan'),
      col('position', 'int', false, 'Printed number, else order of first appearance'),
      col('title', 'string', false, 'Title as printed (catch phrase included; numbering removed)'),
      col('summary', 'string', true, 'The pillar’s summary paragraph, where printed'),
      col('source_lines', 'int_list', true, '[first, last] line of the pillar heading in the raw file; null for facts records')
    ]
  },
  initiatives: {
    name: 'initiatives',
    doc: 'Initiatives (主な事業・取組): one entry of a pillar’s list of concrete work.',
    key: ['initiative_id'],
    columns: [
      col('initiative_id', 'string', false, '{pillar_id}-{position}'),
      col('plan_id', 'string', false, 'The plan'),
      col('pillar_id', 'string', false, 'The pillar it is listed under'),
      col('position', 'int', false, 'Order within the pillar, from 1'),
      col('sub_theme', 'string', true, 'Sub-theme heading it is listed under, where the document has one'),
      col('title', 'string', false, 'Heading without the program name; for bullets, text to the first 。 (≤40 chars)'),
      col('program_name', 'string', true, 'Program name from 【…】, brackets removed'),
      col('description', 'string', false, 'The item as printed'),
      col('status', 'string', false, "'new', 'continuing' or 'unknown'"),
      col('status_basis', 'string', false, 'Why the status: the marker, the legend or the stated figure, with its source'),
      col('search_text', 'string', false, 'Folded text for substring search: NFKC of sub_theme, title, program name and description, spaces removed, lower-cased'),
      ...SEARCH_BITS_COLUMNS.map((name, k) =>
        col(name, 'int', false, `Search index, word ${k} of 8: 256-bit signature of search_text's character bigrams (derived; lets a substring search skip rows)`)
      ),
      col('reading_rank', 'int', false, 'Place in reading order (ward code, city, ward, fiscal year, pillar, item) among the build’s initiatives, from 0; −1 for plans imported in the browser (derived; lets the list find its first page without reading every row)'),
      col('recovered', 'bool', false, 'True where extraction lost the heading and the parser rebuilt the item from the overview list'),
      col('source_lines', 'int_list', false, '[first, last] line in the raw file')
    ]
  },
  tags: {
    name: 'tags',
    doc: "Tags: the common themes (kind 'theme', one set for every ward) and each plan’s markers (kind 'marker').",
    key: ['tag_id'],
    columns: [
      col('tag_id', 'string', false, "theme:{slug} or {plan_id}:marker:{marker}"),
      col('kind', 'string', false, "'marker' or 'theme'"),
      col('plan_id', 'string', true, 'Plan of a marker; null for themes'),
      col('marker', 'string', true, "Marker code, NFKC, brackets removed ('コ', '新', '+D'); null for themes"),
      col('label_ja', 'string', false, 'Japanese label (from the document’s legend for markers)'),
      col('label_en', 'string', true, 'English label'),
      col('description', 'string', true, 'Theme definition, or the legend’s explanation of a marker')
    ]
  },
  initiative_tags: {
    name: 'initiative_tags',
    doc: 'Which initiative carries which tag, and why.',
    key: ['initiative_id', 'tag_id'],
    columns: [
      col('initiative_id', 'string', false, 'The initiative'),
      col('tag_id', 'string', false, 'The tag'),
      col('provenance', 'string', false, "'declared' (a marker the document prints), 'rule' (a phrase rule), 'curated' (data/curation)"),
      col('evidence', 'string', false, 'The marker, the phrase matched or the curation reason')
    ]
  },
  plan_figures: {
    name: 'plan_figures',
    doc: 'Figures a source states about a plan (project counts, budgets …), with their scope.',
    key: ['plan_id', 'metric', 'scope', 'raw'],
    columns: [
      col('plan_id', 'string', false, 'The plan'),
      col('metric', 'string', false, "project_count, new_project_count, focus_project_count, pillar_count, budget_yen, other"),
      col('value', 'float', true, 'The number; null where the text states no single number'),
      col('unit', 'string', true, '事業, 円, 本 …'),
      col('scope', 'string', false, 'What was counted, as the source says (自主企画事業 …)'),
      col('raw', 'string', false, 'The figure as stated'),
      col('source_url', 'string', true, 'Where it was stated')
    ]
  },
  plan_sections: {
    name: 'plan_sections',
    doc: 'Parts of a plan that are not initiatives: stance, legend, organisation, departments, columns.',
    key: ['section_id'],
    columns: [
      col('section_id', 'string', false, '{plan_id}-{kind}{position}'),
      col('plan_id', 'string', false, 'The plan'),
      col('kind', 'string', false, "'stance', 'legend', 'organisation', 'department' or 'column'"),
      col('position', 'int', false, 'Order within its kind, from 1'),
      col('title', 'string', false, 'Heading as printed'),
      col('body', 'string', false, 'Text as printed'),
      col('source_lines', 'int_list', true, '[first, last] line in the raw file')
    ]
  },
  plan_mentions: {
    name: 'plan_mentions',
    doc: 'Names a facts record mentions (examples, never a complete list).',
    key: ['plan_id', 'name'],
    columns: [
      col('plan_id', 'string', false, 'The plan (facts record)'),
      col('name', 'string', false, 'The name as written'),
      col('marker', 'string', true, 'Marker word the record attaches to it (新規, 拡充, 重点 …)')
    ]
  },
  initiative_links: {
    name: 'initiative_links',
    doc: 'Initiative lineage: which initiative of an earlier plan continues as which of a later plan (one row per link; new and ended items are those without a row).',
    key: ['from_initiative_id', 'to_initiative_id'],
    columns: [
      col('from_initiative_id', 'string', false, 'The earlier initiative'),
      col('to_initiative_id', 'string', false, 'The later initiative'),
      col('from_plan_id', 'string', false, 'Plan of the earlier initiative'),
      col('to_plan_id', 'string', false, 'Plan of the later initiative'),
      col('method', 'string', false, "Evidence: 'program_name' (same name, or the later item prints (旧:…)), 'title_similarity', 'curated'"),
      col('score', 'float', false, 'Confidence 0–1: 1 for program_name and curated links, else the title + program-name bigram similarity'),
      col('link_kind', 'string', false, "'continuing', 'renamed' (name or title changed), 'merged' (2+ earlier → 1 later), 'split' (1 earlier → 2+ later)")
    ]
  }
} as const satisfies Record<string, Omit<TableDef, 'name'> & { name: string }>;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export type CellValue = string | number | boolean | null | number[];
export type Row = Record<string, CellValue>;
