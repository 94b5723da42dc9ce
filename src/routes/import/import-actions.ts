/**
 * Adding and removing plans in the running dashboard: IndexedDB keeps them across reloads, DuckDB gets
 * the same rows at once, and every query re-runs. Nothing leaves the browser.
 */
import { base } from '$app/paths';
import { engine } from '$lib/app/engine.svelte';
import type { BuiltPlan } from '$lib/pipeline/build-plan';
import { deletePlanStatements } from '$lib/queries/imported';
import { deleteImportedPlan, saveImportedPlan } from '$lib/import/imported-store';
import { TABLE_NAMES, type Row, type TableName } from '$lib/tables/schema';

/** The shipped tables must be in before rows are added or removed (a click can come before they load). */
async function engineReady() {
  await engine.start(`${base}/data/manifest.json`).catch(() => undefined);
  return import('$lib/db/duckdb-browser');
}

export async function addImportedPlan(built: BuiltPlan): Promise<string> {
  const db = await engineReady();
  const planId = built.tables.plans[0].plan_id as string;
  const tables: Partial<Record<TableName, Row[]>> = {};
  for (const name of TABLE_NAMES) {
    const rows = (built.tables as unknown as Record<string, Row[] | undefined>)[name];
    if (rows && rows.length > 0) tables[name] = rows;
  }
  // Re-adding the same text replaces the earlier copy rather than duplicating its rows.
  await removeFromEngine(planId);
  await saveImportedPlan({ plan_id: planId, added_at: new Date().toISOString(), tables });
  for (const [name, rows] of Object.entries(tables) as Array<[TableName, Row[]]>) await db.registerRows(name, rows);
  engine.tablesChanged();
  return planId;
}

async function removeFromEngine(planId: string) {
  const db = await engineReady();
  for (const stmt of deletePlanStatements(planId)) await db.browserConnector.query(stmt.sql, stmt.params);
}

export async function removeImportedPlan(planId: string): Promise<void> {
  await deleteImportedPlan(planId);
  await removeFromEngine(planId);
  engine.tablesChanged();
}
