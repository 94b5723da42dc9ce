/**
 * Build-time (prerender) read of the core tables, so every page's HTML already holds the plan list and
 * the coverage matrix: something useful shows before, and without, WebAssembly.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { arrowIPCToRows } from '$lib/tables/arrow';
import type { Manifest } from '$lib/tables/manifest';
import type { Row, TableName } from '$lib/tables/schema';

export type { CoreData, CorePlan } from '$lib/app/core-types';
import type { CoreData } from '$lib/app/core-types';

const DATA_DIR = join(process.cwd(), 'static', 'data');

async function readTable(manifest: Manifest, name: TableName): Promise<Row[]> {
  const table = manifest.tables.find((t) => t.name === name);
  if (!table) throw new Error(`static/data/manifest.json: table ${name} missing (run npm run data)`);
  const rows: Row[] = [];
  for (const f of table.files.filter((f) => f.format === 'arrow')) {
    rows.push(...arrowIPCToRows(new Uint8Array(await readFile(join(DATA_DIR, f.path)))));
  }
  return rows;
}

let cached: Promise<CoreData> | null = null;

export function loadCoreData(): Promise<CoreData> {
  cached ??= (async () => {
    const manifest = JSON.parse(await readFile(join(DATA_DIR, 'manifest.json'), 'utf8')) as Manifest;
    const [plans, pillars, initiatives, tags] = await Promise.all(
      (['plans', 'pillars', 'initiatives', 'tags'] as const).map((n) => readTable(manifest, n))
    );
    const count = (rows: Row[]) => {
      const m = new Map<string, number>();
      for (const r of rows) m.set(r.plan_id as string, (m.get(r.plan_id as string) ?? 0) + 1);
      return m;
    };
    const pillarCount = count(pillars);
    const initiativeCount = count(initiatives);
    return {
      plans: plans
        .map((p) => ({
          plan_id: p.plan_id as string,
          city: p.city as string,
          ward: p.ward as string,
          ward_code: p.ward_code as string | null,
          fiscal_year: p.fiscal_year as number,
          coverage: p.coverage as 'full' | 'partial',
          basic_goal: p.basic_goal as string | null,
          source_kind: p.source_kind as string,
          source_url: p.source_url as string | null,
          published: p.published as string | null,
          subject: p.subject as string | null,
          pillars: pillarCount.get(p.plan_id as string) ?? 0,
          initiatives: initiativeCount.get(p.plan_id as string) ?? 0
        }))
        .sort((a, b) => (a.ward_code ?? a.ward).localeCompare(b.ward_code ?? b.ward) || a.fiscal_year - b.fiscal_year || (a.coverage === 'full' ? -1 : 1)),
      dataDate: manifest.data_date,
      generatedAt: manifest.generated_at,
      themes: tags
        .filter((t) => t.kind === 'theme')
        .map((t) => ({ slug: String(t.tag_id).replace(/^theme:/, ''), label_ja: t.label_ja as string, label_en: (t.label_en as string) ?? '' }))
    };
  })();
  return cached;
}
