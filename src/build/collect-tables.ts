/**
 * Reads an input folder (raw/ documents + sources.json, facts/, curation/) and returns every table's rows,
 * with one summary per plan. Everything that can fail names the file, the line and the problem.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readFactsRecords, factsRecordToTables, type FactsRecord } from '../lib/facts/facts-to-tables';
import { readSources, sourceWardCode, wardCodeOf, type WardCodeBook } from '../lib/pipeline/sources';
import { buildPlanTables, themeTagRows, type StatedFigureInput } from '../lib/pipeline/build-plan';
import { figuresFromFacts } from '../lib/status';
import { readCurationEntries, type CurationEntry } from '../lib/pipeline/curation-input';
import { decodePlanBytes, looksLikeHtml } from '../lib/text/decode';
import { htmlToText } from '../lib/text/html-to-text';
import type { Row, TableName } from '../lib/tables/schema';
import { TABLE_NAMES } from '../lib/tables/schema';
import { checkTableInvariants } from '../lib/tables/invariants';
import { linksForPlans } from '../lib/lineage/plan-links';

export interface PlanSummary {
  plan_id: string;
  ward: string;
  fiscal_year: number;
  pillars: number;
  initiatives: number;
  markers: number;
  themes: number;
  warnings: Array<{ line: number; message: string }>;
  file: string;
}

export interface Collected {
  tables: Record<TableName, Row[]>;
  summaries: PlanSummary[];
  dataDate: string | null;
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
  }
}

async function exists(p: string) {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

export async function collectTables(inputDir: string): Promise<Collected> {
  const tables = Object.fromEntries(TABLE_NAMES.map((n) => [n, [] as Row[]])) as Record<TableName, Row[]>;
  const summaries: PlanSummary[] = [];
  const dates: string[] = [];

  const wardsFile = join(inputDir, 'facts', 'yokohama-wards.json');
  const book = (await exists(wardsFile)) ? ((await readJson(wardsFile)) as WardCodeBook) : { city: '', wards: [] };

  const factsFile = join(inputDir, 'facts', 'ward-plan-facts.json');
  const facts: FactsRecord[] = (await exists(factsFile)) ? readFactsRecords(await readJson(factsFile), factsFile) : [];

  const curation: CurationEntry[] = [];
  const curationDir = join(inputDir, 'curation');
  if (await exists(curationDir)) {
    for (const f of (await readdir(curationDir)).filter((f) => f.endsWith('.json')).sort()) {
      curation.push(...readCurationEntries(await readJson(join(curationDir, f)), join(curationDir, f)));
    }
  }

  const sourcesFile = join(inputDir, 'raw', 'sources.json');
  const sources = (await exists(sourcesFile)) ? readSources(await readJson(sourcesFile), sourcesFile) : [];
  const usedCuration = new Set<CurationEntry>();

  for (const src of sources) {
    const file = join(inputDir, 'raw', src.file);
    const bytes = new Uint8Array(await readFile(file));
    const decoded = decodePlanBytes(bytes, src.file);
    const text = looksLikeHtml(decoded.text) ? htmlToText(decoded.text) : decoded.text;
    const ward_code = sourceWardCode(book, src, sourcesFile);
    const sameYearFacts = facts.filter((f) => f.city === src.city && f.ward === src.ward && f.fiscal_year === src.fiscal_year);
    const figures: StatedFigureInput[] = sameYearFacts.flatMap(figuresFromFacts);
    const built = buildPlanTables(text, {
      meta: {
        plan_id: `${ward_code ?? src.city + src.ward}-${src.fiscal_year}-doc`,
        city: src.city,
        ward: src.ward,
        ward_code,
        fiscal_year: src.fiscal_year,
        era_label: src.era_label ?? null,
        title: src.title ?? null,
        subject: src.subject,
        source_kind: src.source_kind,
        source_url: src.source_url ?? null,
        source_file: `data/raw/${src.file}`,
        published: src.published ?? null,
        origin: 'shipped',
        notes: src.notes ?? null
      },
      fileName: src.file,
      figures,
      curation
    });
    for (const e of built.curationApplied) usedCuration.add(e);
    if (built.tables.unthemed.length > 0) {
      const list = built.tables.unthemed.map((u) => `line ${u.lines[0]}: ${u.title}`).join('; ');
      throw new Error(`${src.file}: ${built.tables.unthemed.length} initiative(s) no theme rule reaches (add a phrase rule or a data/curation entry): ${list}`);
    }
    for (const n of TABLE_NAMES) {
      const rows = (built.tables as unknown as Record<string, Row[] | undefined>)[n];
      if (rows) tables[n].push(...rows);
    }
    if (src.published) dates.push(src.published);
    summaries.push({
      plan_id: built.tables.plans[0].plan_id as string,
      ward: src.ward,
      fiscal_year: src.fiscal_year,
      pillars: built.tables.pillars.length,
      initiatives: built.tables.initiatives.length,
      markers: built.tables.tags.length,
      themes: new Set(built.tables.initiative_tags.filter((t) => String(t.tag_id).startsWith('theme:')).map((t) => t.tag_id)).size,
      warnings: built.plan.warnings,
      file: src.file
    });
  }

  const unusedCuration = curation.filter((e) => !usedCuration.has(e));
  if (unusedCuration.length > 0) {
    throw new Error(`data/curation: ${unusedCuration.length} entr${unusedCuration.length === 1 ? 'y matches' : 'ies match'} nothing: ${unusedCuration.map((e) => JSON.stringify(e.match)).join('; ')}`);
  }

  for (const record of facts) {
    const t = factsRecordToTables(record, wardCodeOf(book, record.city, record.ward));
    tables.plans.push(...t.plans);
    tables.pillars.push(...t.pillars);
    tables.plan_figures.push(...t.plan_figures);
    tables.plan_mentions.push(...t.plan_mentions);
    if (record.published) dates.push(record.published);
  }
  tables.initiative_links.push(...(linksForPlans(tables.plans, tables.pillars, tables.initiatives) as unknown as Row[]));
  tables.tags.unshift(...themeTagRows());
  checkTableInvariants(tables);
  dates.sort();
  return { tables, summaries, dataDate: dates.at(-1) ?? null };
}
