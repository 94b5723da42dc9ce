/**
 * Writes every table as Arrow IPC (for duckdb-wasm) and Parquet (for analysts) plus manifest.json,
 * atomically: everything goes to a sibling temp folder that replaces the output only when complete,
 * so a failed build never leaves half-written tables behind.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { rowsToArrowIPC } from '../lib/tables/arrow';
import type { Manifest, ManifestFile, ManifestTable } from '../lib/tables/manifest';
import { TABLES, TABLE_NAMES, type Row, type TableName } from '../lib/tables/schema';
import { dataDictionaryMarkdown } from '../lib/tables/data-dictionary';
import { assignReadingRanks } from '../lib/tables/reading-rank';
import { openParquetWriter } from './write-parquet';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface WriteOptions {
  outDir: string;
  dataDate: string | null;
  synthetic?: boolean;
  /** Split these tables into one file per partition (keys → values of a row). */
  partitionBy?: Partial<Record<TableName, (row: Row) => Record<string, string | number>>>;
}

export async function writeTables(tables: Record<TableName, Row[]>, opts: WriteOptions): Promise<Manifest> {
  const outDir = opts.outDir.replace(/\/+$/, '');
  const tmp = join(dirname(outDir), `.${basename(outDir)}.tmp-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  // Every written set gets its ranks here, whatever made its rows (the build, the benchmark, tests).
  assignReadingRanks(tables);
  const parquet = await openParquetWriter();
  try {
    const manifestTables: ManifestTable[] = [];
    for (const name of TABLE_NAMES) {
      const def = TABLES[name];
      const rows = tables[name];
      const groups = partition(rows, opts.partitionBy?.[name]);
      const files: ManifestFile[] = [];
      const hash = createHash('sha256');
      for (const g of groups) {
        const stem = g.key ? `${name}/${g.key}` : name;
        await mkdir(dirname(join(tmp, stem)), { recursive: true });
        const arrow = rowsToArrowIPC(def, g.rows);
        await writeFile(join(tmp, `${stem}.arrow`), arrow);
        hash.update(arrow);
        files.push({ format: 'arrow', path: `${stem}.arrow`, bytes: arrow.byteLength, sha256: sha256(arrow), rows: g.rows.length, partition: g.values });
        const pq = join(tmp, `${stem}.parquet`);
        await parquet.write(def, g.rows, pq);
        const pqBytes = await readFile(pq);
        files.push({ format: 'parquet', path: `${stem}.parquet`, bytes: pqBytes.byteLength, sha256: sha256(pqBytes), rows: g.rows.length, partition: g.values });
      }
      manifestTables.push({ name, rows: rows.length, content_hash: hash.digest('hex'), files });
    }
    const manifest: Manifest = {
      version: 1,
      generated_at: new Date().toISOString(),
      data_date: opts.dataDate,
      synthetic: opts.synthetic ?? false,
      tables: manifestTables
    };
    await writeFile(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    await writeFile(join(tmp, 'README.md'), dataDictionaryMarkdown(manifest));
    await swapInto(tmp, outDir);
    return manifest;
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  } finally {
    parquet.close();
  }
}

/**
 * Hive-style `key=value/…` folders. Values are written as they are (a static host decodes the request's
 * percent-encoding back to these names); only characters no file system accepts become '_'.
 * A table without rows still gets one (empty) file, so its schema is always published.
 */
function partition(rows: Row[], keyOf?: (row: Row) => Record<string, string | number>) {
  if (!keyOf || rows.length === 0) return [{ key: null as string | null, values: null as Record<string, string | number> | null, rows }];
  const groups = new Map<string, { key: string; values: Record<string, string | number>; rows: Row[] }>();
  for (const row of rows) {
    const values = keyOf(row);
    const key = Object.entries(values)
      .map(([k, v]) => `${k}=${safeSegment(String(v))}`)
      .join('/');
    let g = groups.get(key);
    if (g && JSON.stringify(g.values) !== JSON.stringify(values)) {
      throw new Error(`partitions ${JSON.stringify(g.values)} and ${JSON.stringify(values)} share the folder ${key}`);
    }
    if (!g) groups.set(key, (g = { key, values, rows: [] }));
    g.rows.push(row);
  }
  return [...groups.values()].sort((a, b) => a.key.localeCompare(b.key));
}

const safeSegment = (value: string): string =>
  // eslint-disable-next-line no-control-regex
  value.replace(/[\u0000-\u001f/\\:*?"<>|%]/g, '_').replace(/^\.+$/, '_') || '_';

/** Replace outDir by the finished temp folder; the old output is removed only after the swap. */
async function swapInto(tmp: string, outDir: string) {
  const old = `${tmp}-old`;
  let hadOld = false;
  try {
    await rename(outDir, old);
    hadOld = true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  await mkdir(dirname(outDir), { recursive: true });
  await rename(tmp, outDir);
  if (hadOld) await rm(old, { recursive: true, force: true });
}
