/**
 * `npm run data` end to end: real documents and a fixture folder → Arrow + Parquet + manifest; bad input
 * fails with one line naming the file and leaves the previous output untouched.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrowIPCToRows } from '../../src/lib/tables/arrow';
import type { Manifest } from '../../src/lib/tables/manifest';
import { TABLE_NAMES, type Row } from '../../src/lib/tables/schema';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const buildData = (...args: string[]) => run(TSX, ['src/build/build-data.ts', ...args], { cwd: process.cwd() });

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'wpl-build-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function readManifest(dir: string): Promise<Manifest> {
  return JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}
async function tableRows(dir: string, manifest: Manifest, name: string): Promise<Row[]> {
  const t = manifest.tables.find((x) => x.name === name)!;
  const rows: Row[] = [];
  for (const f of t.files.filter((f) => f.format === 'arrow')) rows.push(...arrowIPCToRows(new Uint8Array(await readFile(join(dir, f.path)))));
  return rows;
}

describe('npm run data on the shipped data', () => {
  let out: string;
  let manifest: Manifest;
  let stdout: string;
  beforeAll(async () => {
    out = join(work, 'real');
    ({ stdout } = await buildData('--out', out));
    manifest = await readManifest(out);
  }, 120_000);

  it('writes every table of the contract as Arrow and Parquet, listed in the manifest with hashes', () => {
    expect(manifest.tables.map((t) => t.name)).toEqual(TABLE_NAMES);
    for (const t of manifest.tables) {
      expect(t.files.map((f) => f.format).sort()).toEqual(['arrow', 'parquet']);
      for (const f of t.files) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(manifest.synthetic).toBe(false);
  });

  it('prints a per-plan summary with pillars, initiatives, markers, themes and warnings', () => {
    expect(stdout).toMatch(/14116-2022-doc\s+泉区 2022: 4 pillars, 12 initiatives, 0 markers, \d+ themes, \d+ warnings/);
    expect(stdout).toMatch(/14110-2022-doc\s+戸塚区 2022: 5 pillars, 28 initiatives, 5 markers, \d+ themes, \d+ warnings/);
  });

  it('has one partial plan per facts record and one full plan per document', async () => {
    const facts = JSON.parse(await readFile('data/facts/ward-plan-facts.json', 'utf8')) as unknown[];
    const plans = await tableRows(out, manifest, 'plans');
    expect(plans.filter((p) => p.coverage === 'partial')).toHaveLength(facts.length);
    expect(plans.filter((p) => p.coverage === 'full').map((p) => p.plan_id).sort()).toEqual(['14110-2022-doc', '14116-2022-doc']);
  });

  it("files every plan under its own ward's code from the city's code book", async () => {
    const book = JSON.parse(await readFile('data/facts/yokohama-wards.json', 'utf8')) as {
      wards: { code5: string; name_ja: string }[];
    };
    const codeOf = new Map(book.wards.map((w) => [w.name_ja, w.code5]));
    const plans = await tableRows(out, manifest, 'plans');
    const yokohama = plans.filter((p) => p.city === '横浜市');
    expect(yokohama.length).toBeGreaterThan(100);
    expect(yokohama.filter((p) => p.ward_code !== codeOf.get(String(p.ward))).map((p) => p.plan_id)).toEqual([]);
    expect(plans.find((p) => p.plan_id === '14116-2022-doc')?.ward).toBe('泉区');
  });

  it('Parquet files hold the same rows as the Arrow files (read back by the native engine)', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    for (const t of manifest.tables) {
      const pq = t.files.find((f) => f.format === 'parquet')!;
      const r = await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_parquet('${join(out, pq.path).replace(/'/g, "''")}')`);
      expect(r.getRowObjects()[0].n).toBe(t.rows);
      expect((await tableRows(out, manifest, t.name)).length).toBe(t.rows);
    }
    conn.closeSync();
  });

  it('keeps the invariants: keys, references, every initiative themed, every marker defined', async () => {
    const get = (n: string) => tableRows(out, manifest, n);
    const [plans, pillars, initiatives, tags, links] = await Promise.all(['plans', 'pillars', 'initiatives', 'tags', 'initiative_tags'].map(get));
    const planIds = new Set(plans.map((p) => p.plan_id));
    expect(planIds.size).toBe(plans.length);
    const pillarIds = new Set(pillars.map((p) => p.pillar_id));
    for (const i of initiatives) {
      expect(pillarIds.has(i.pillar_id)).toBe(true);
      expect(String(i.initiative_id).startsWith(`${String(i.pillar_id)}-`)).toBe(true);
      expect(String(i.title).length).toBeGreaterThan(0);
    }
    const tagIds = new Set(tags.map((t) => t.tag_id));
    for (const l of links) expect(tagIds.has(l.tag_id)).toBe(true);
    const themed = new Set(links.filter((l) => String(l.tag_id).startsWith('theme:')).map((l) => l.initiative_id));
    expect(initiatives.filter((i) => !themed.has(i.initiative_id))).toEqual([]);
    // 戸塚区's legend defines its markers; every marker used on an item is a tag of that plan.
    const totsukaMarkers = tags.filter((t) => t.kind === 'marker' && t.plan_id === '14110-2022-doc').map((t) => t.marker).sort();
    expect(totsukaMarkers).toEqual(['コ', 'デ', '新', '減', '脱'].sort());
    expect(tags.find((t) => t.tag_id === '14110-2022-doc:marker:コ')?.label_ja).toBe('Withコロナ');
  });

  it('gives statuses with their basis: legend for 戸塚区, the stated 0-new figure for 泉区', async () => {
    const initiatives = await tableRows(out, manifest, 'initiatives');
    const totsuka = initiatives.filter((i) => i.plan_id === '14110-2022-doc');
    // Counted by hand: bullets ending in (新) at lines 83, 91, 100, 120, 125, 136, 141, 147.
    expect(totsuka.filter((i) => i.status === 'new')).toHaveLength(8);
    expect(totsuka.filter((i) => i.status === 'continuing')).toHaveLength(20);
    const izumi = initiatives.filter((i) => i.plan_id === '14116-2022-doc');
    expect(izumi.every((i) => i.status === 'continuing')).toBe(true);
    expect(String(izumi[0].status_basis)).toMatch(/33/);
  });
});

describe('npm run data --input on a fixture folder', () => {
  it('builds a fixture ward with no ward code, keyed by city and ward', async () => {
    const out = join(work, 'fixture');
    await buildData('--input', 'tests/fixtures/build-input', '--out', out);
    const manifest = await readManifest(out);
    const plans = await tableRows(out, manifest, 'plans');
    expect(plans.map((p) => p.plan_id).sort()).toEqual(['テスト市テスト区-2022-test-2022-news', 'テスト市テスト区-2023-doc']);
    const initiatives = await tableRows(out, manifest, 'initiatives');
    expect(initiatives.map((i) => i.title)).toEqual(['地域防災拠点の訓練', '通学路の交通安全', '子育て相談の充実']);
    expect(initiatives[0].status).toBe('new');
    const links = await tableRows(out, manifest, 'initiative_tags');
    const themesOf = (id: unknown) => links.filter((l) => l.initiative_id === id && String(l.tag_id).startsWith('theme:')).map((l) => l.tag_id);
    expect(themesOf(initiatives[0].initiative_id)).toContain('theme:bousai');
    expect(themesOf(initiatives[2].initiative_id)).toContain('theme:kosodate');
    const sections = await tableRows(out, manifest, 'plan_sections');
    expect(sections.filter((s) => s.kind === 'organisation').map((s) => s.title)).toEqual(['信頼される区役所']);
  }, 60_000);

  it('fails with one line naming the bad file and leaves the previous output untouched', async () => {
    const input = join(work, 'bad-input');
    await cp('tests/fixtures/build-input', input, { recursive: true });
    const out = join(work, 'kept');
    await buildData('--input', input, '--out', out);
    const before = await readFile(join(out, 'manifest.json'), 'utf8');
    await writeFile(join(input, 'raw', 'test-ward-2023.txt'), '');
    const err = await buildData('--input', input, '--out', out).then(
      () => null,
      (e: { code: number; stderr: string }) => e
    );
    expect(err?.code).toBe(1);
    expect(err?.stderr.trim().split('\n')).toHaveLength(1);
    expect(err?.stderr).toMatch(/test-ward-2023\.txt.*(empty|空)/i);
    expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(before);
  }, 60_000);

  it('links initiatives of consecutive full years of one ward into initiative_links', async () => {
    const input = join(work, 'multi-year');
    await mkdir(join(input, 'raw'), { recursive: true });
    const sources = [2023, 2024].map((year) => {
      const file = `test-ku-${year}.txt`;
      return { file, city: 'テスト市', ward: 'テスト区', fiscal_year: year, published: `${year}-05-01`, format: 'synthetic fixture (not a real plan)' };
    });
    for (const s of sources) await cp(join('tests/fixtures/lineage', s.file), join(input, 'raw', s.file));
    await writeFile(join(input, 'raw', 'sources.json'), JSON.stringify(sources));
    const out = join(work, 'multi-year-out');
    await buildData('--input', input, '--out', out);
    const manifest = await readManifest(out);
    const links = await tableRows(out, manifest, 'initiative_links');
    // The fixture was written with 11 links (continuing, renamed, merged and split: see tests/lineage).
    expect(links).toHaveLength(11);
    expect(links.every((l) => String(l.from_initiative_id).startsWith('テスト市テスト区-2023-doc-') && String(l.to_initiative_id).startsWith('テスト市テスト区-2024-doc-'))).toBe(true);
    expect(new Set(links.map((l) => l.link_kind))).toEqual(new Set(['continuing', 'renamed', 'merged', 'split']));
  }, 60_000);

  it('rejects a curation entry that matches nothing', async () => {
    const input = join(work, 'curation-input');
    await cp('tests/fixtures/build-input', input, { recursive: true });
    await mkdir(join(input, 'curation'), { recursive: true });
    await writeFile(
      join(input, 'curation', 'curation.json'),
      JSON.stringify({ entries: [{ match: { ward: 'テスト区', fiscal_year: 2023, program_name: '存在しない事業' }, reason: 'test', add_themes: ['bousai'] }] })
    );
    const err = await buildData('--input', input, '--out', join(work, 'cur-out')).then(
      () => null,
      (e: { code: number; stderr: string }) => e
    );
    expect(err?.code).toBe(1);
    expect(err?.stderr).toMatch(/curation.*matches nothing.*存在しない事業/);
  }, 60_000);
});
