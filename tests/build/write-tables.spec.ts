/**
 * Partitioned output (the benchmark's layout, allowed by the contract): nested `key=value` folders
 * named as a static host finds them after decoding the URL, every row in exactly one file, and a
 * partitioned table with no rows still published as one empty file.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectTables } from '../../src/build/collect-tables';
import { writeTables } from '../../src/build/write-tables';
import { arrowIPCToRows } from '../../src/lib/tables/arrow';
import type { Manifest } from '../../src/lib/tables/manifest';
import type { Row } from '../../src/lib/tables/schema';

let work: string;
let manifest: Manifest;
let planCity: Map<string, { city: string; fiscal_year: number }>;
let sourceInitiatives: Row[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'wpl-partitions-'));
  const { tables } = await collectTables(join(process.cwd(), 'data'));
  sourceInitiatives = tables.initiatives;
  planCity = new Map(tables.plans.map((p) => [p.plan_id as string, { city: p.city as string, fiscal_year: p.fiscal_year as number }]));
  const keyOf = (planId: string) => planCity.get(planId)!;
  manifest = await writeTables(
    { ...tables, initiative_links: [] },
    {
      outDir: join(work, 'out'),
      dataDate: null,
      partitionBy: {
        initiatives: (r) => keyOf(r.plan_id as string),
        initiative_links: (r) => keyOf(r.to_plan_id as string)
      }
    }
  );
}, 60_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('writeTables with partitions', () => {
  it('writes nested city=…/fiscal_year=… folders with the values as written (no percent-encoding on disk)', async () => {
    const files = manifest.tables.find((t) => t.name === 'initiatives')!.files;
    const arrow = files.filter((f) => f.format === 'arrow');
    // Both shipped full documents are 横浜市 2022: one partition.
    expect(arrow.map((f) => f.path)).toEqual(['initiatives/city=横浜市/fiscal_year=2022.arrow']);
    expect(arrow[0].partition).toEqual({ city: '横浜市', fiscal_year: 2022 });
    for (const f of files) {
      expect(f.path).not.toContain('%');
      expect((await stat(join(work, 'out', f.path))).size).toBe(f.bytes);
    }
  });

  it('puts every row in exactly one file', async () => {
    const files = manifest.tables.find((t) => t.name === 'initiatives')!.files.filter((f) => f.format === 'arrow');
    const rows: Row[] = [];
    for (const f of files) rows.push(...arrowIPCToRows(new Uint8Array(await readFile(join(work, 'out', f.path)))));
    expect(rows.length).toBe(sourceInitiatives.length);
    expect(new Set(rows.map((r) => r.initiative_id))).toEqual(new Set(sourceInitiatives.map((r) => r.initiative_id)));
  });

  it('gives every written initiative its place in reading order (ward code, year, pillar, item), 0…N−1', async () => {
    const files = manifest.tables.find((t) => t.name === 'initiatives')!.files.filter((f) => f.format === 'arrow');
    const rows: Row[] = [];
    for (const f of files) rows.push(...arrowIPCToRows(new Uint8Array(await readFile(join(work, 'out', f.path)))));
    const ranks = rows.map((r) => r.reading_rank as number).sort((a, b) => a - b);
    expect(ranks).toEqual(rows.map((_, k) => k));
    const { tables } = await collectTables(join(process.cwd(), 'data'));
    const plan = new Map(tables.plans.map((p) => [p.plan_id as string, p]));
    const pillarPosition = new Map(tables.pillars.map((p) => [p.pillar_id as string, p.position as number]));
    // The two shipped documents are Yokohama wards with codes: code, year, pillar and item order them.
    const key = (r: Row) => [plan.get(r.plan_id as string)!.ward_code as string, plan.get(r.plan_id as string)!.fiscal_year as number, pillarPosition.get(r.pillar_id as string)!, r.position as number];
    const byRank = [...rows].sort((a, b) => (a.reading_rank as number) - (b.reading_rank as number)).map(key);
    for (let k = 1; k < byRank.length; k++) {
      const [a, b] = [byRank[k - 1], byRank[k]];
      const cmp = a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : (a[1] as number) - (b[1] as number) || (a[2] as number) - (b[2] as number) || (a[3] as number) - (b[3] as number);
      expect(cmp, `rank ${k - 1} → ${k}: ${JSON.stringify(a)} then ${JSON.stringify(b)}`).toBeLessThan(0);
    }
  });

  it('publishes a partitioned table without rows as one empty file', async () => {
    const links = manifest.tables.find((t) => t.name === 'initiative_links')!;
    expect(links.rows).toBe(0);
    const arrow = links.files.filter((f) => f.format === 'arrow');
    expect(arrow).toHaveLength(1);
    expect(arrow[0].partition).toBeNull();
    expect(arrowIPCToRows(new Uint8Array(await readFile(join(work, 'out', arrow[0].path))))).toEqual([]);
  });

  it('refuses two partitions that would share a folder', async () => {
    const { tables } = await collectTables(join(process.cwd(), 'data'));
    let n = 0;
    await expect(
      writeTables(tables, {
        outDir: join(work, 'clash'),
        dataDate: null,
        // 'a/b' and 'a:b' both become 'a_b' on disk.
        partitionBy: { initiatives: () => ({ city: n++ % 2 === 0 ? 'a/b' : 'a:b' }) }
      })
    ).rejects.toThrow(/share the folder city=a_b/);
  });
});
