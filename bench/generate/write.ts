/**
 * Generates and writes one synthetic set (skipped when bench-meta.json says the same size, seed and
 * generator version are already there). Output is outside static/data: never shipped.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeTables } from '../../src/build/write-tables';
import type { Row } from '../../src/lib/tables/schema';
import { DEFAULT_SEED, GENERATOR_VERSION, generateTables, planOfInitiative } from './generate';

export interface SetInfo {
  dir: string;
  initiatives: number;
  plans: number;
  cities: number;
  seed: number;
  version: number;
  generatedMs: number | null;
}

export async function ensureSyntheticSet(n: number, outDir: string, opts: { seed?: number; force?: boolean; log?: (s: string) => void } = {}): Promise<SetInfo> {
  const seed = opts.seed ?? DEFAULT_SEED;
  const dir = resolve(outDir);
  const metaFile = join(dir, 'bench-meta.json');
  if (!opts.force && existsSync(metaFile) && existsSync(join(dir, 'manifest.json'))) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
    if (meta.requested === n && meta.seed === seed && meta.version === GENERATOR_VERSION) {
      opts.log?.(`synthetic ${n}: reusing ${dir}`);
      return { dir, ...meta, generatedMs: null };
    }
  }
  const t0 = Date.now();
  const set = generateTables(n, seed);
  opts.log?.(`synthetic ${n}: generated ${set.meta.initiatives} initiatives / ${set.meta.plans} plans / ${set.meta.cities} cities in ${Date.now() - t0} ms; writing…`);
  const keyOfPlan = (planId: string) => {
    const k = set.planKeys.get(planId);
    if (!k) throw new Error(`no partition for ${planId}`);
    return k;
  };
  await writeTables(set.tables, {
    outDir: dir,
    dataDate: null,
    synthetic: true,
    partitionBy: {
      initiatives: (r: Row) => keyOfPlan(r.plan_id as string),
      initiative_tags: (r: Row) => keyOfPlan(planOfInitiative(r.initiative_id as string)),
      initiative_links: (r: Row) => keyOfPlan(r.to_plan_id as string)
    }
  });
  const meta = { requested: n, ...set.meta };
  writeFileSync(metaFile, JSON.stringify(meta, null, 2) + '\n');
  const ms = Date.now() - t0;
  opts.log?.(`synthetic ${n}: wrote ${dir} in ${ms} ms`);
  return { dir, ...set.meta, generatedMs: ms };
}
