/**
 * Which files of a partitioned table a query needs. A table is loaded partition by partition (only
 * when a query needs it) where every one of its Arrow files names partition values and each value names
 * a plans column (city, fiscal_year): a query's PlanScope then resolves to partitions by reading plans.
 * Any other table is loaded whole, as before.
 */
import type { PlanScope } from './connector';
import type { ManifestFile, ManifestTable } from '../tables/manifest';
import { TABLES } from '../tables/schema';

const PLAN_COLUMNS: ReadonlySet<string> = new Set(TABLES.plans.columns.map((c) => c.name));

/** One plan's values of the partition columns, as `plansInScopeSql` returns them. */
export type PlanKeyRow = Record<string, unknown>;

/** The files the browser loads (Parquet is for analysts). */
export function arrowFiles(table: ManifestTable): ManifestFile[] {
  return table.files.filter((f) => f.format === 'arrow');
}

export function isLoadedByPartition(table: ManifestTable): boolean {
  const files = arrowFiles(table);
  return (
    table.name !== 'plans' && // scopes are resolved by reading plans: it is always loaded whole
    files.length > 0 &&
    files.every((f) => f.partition !== null && Object.keys(f.partition).length > 0 && Object.keys(f.partition).every((k) => PLAN_COLUMNS.has(k)))
  );
}

/** The plans columns the partitions of these tables name, sorted. */
export function partitionColumns(tables: readonly ManifestTable[]): string[] {
  const columns = new Set<string>();
  for (const t of tables) for (const f of arrowFiles(t)) for (const k of Object.keys(f.partition ?? {})) columns.add(k);
  return [...columns].sort();
}

/**
 * `SELECT DISTINCT` of the partition columns over the plans in scope. Columns are checked against the
 * plans schema before they reach the SQL text (they come from manifest.json); values stay parameters.
 */
export function plansInScopeSql(scope: PlanScope, columns: readonly string[]): { sql: string; params: PlanScope['params'] } {
  const bad = columns.filter((c) => !PLAN_COLUMNS.has(c));
  if (bad.length > 0 || columns.length === 0) throw new Error(`パーティション列 ${bad.join(', ') || '(なし)'} は plans の列ではありません`);
  return { sql: `SELECT DISTINCT ${columns.map((c) => `p.${c}`).join(', ')} FROM plans p WHERE ${scope.sql}`, params: scope.params };
}

const idOf = (keys: readonly string[], values: PlanKeyRow): string => JSON.stringify(keys.map((k) => values[k] ?? null));
const keysOf = (file: ManifestFile): string[] => Object.keys(file.partition ?? {}).sort();

/** The table's Arrow files that hold rows of these plans ('all': every file). */
export function filesForPlans(table: ManifestTable, plans: readonly PlanKeyRow[] | 'all'): ManifestFile[] {
  const files = arrowFiles(table);
  if (plans === 'all') return files;
  // A table may name fewer columns than others (by city only): each file matches on its own keys.
  const keySets = new Map(files.map((f) => [keysOf(f).join('\u0000'), keysOf(f)]));
  const wanted = new Set<string>();
  for (const keys of keySets.values()) for (const plan of plans) wanted.add(idOf(keys, plan));
  return files.filter((f) => wanted.has(idOf(keysOf(f), f.partition ?? {})));
}
